package vn.lmhtx.site.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.Congress;
import vn.lmhtx.site.content.ContentDate;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.ContentType;
import vn.lmhtx.site.content.Decision;
import vn.lmhtx.site.content.Label;
import vn.lmhtx.site.content.PartialDate;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.content.Status;
import vn.lmhtx.site.content.TermYears;
import vn.lmhtx.site.markdown.MarkdownRenderer;
import vn.lmhtx.site.messages.Language;

/**
 * One test per kind of content error: a tiny site is written, loaded, and the problems are compared as the
 * editor reads them ({@code path:line: field: message}), in full.
 */
class ContentErrorsTest {

    /** Appended to every "not valid YAML" message. */
    private static final String YAML_HINT = " (write one \"field: value\" per line; put values containing \": \" or \"#\" in quotes)";

    @TempDir
    Path site;

    private final ContentLoader loader = new ContentLoader(new MarkdownRenderer());

    // ---- kinds of error, one file each ------------------------------------------------------------------------

    @Test
    void unknownTypeListsTheTypesAndSuggestsTheNearest() {
        assertThat(problemsOf("tin-tuc/x.md", """
            ---
            title: Tin mới
            type: nws
            date: 2018-02-21
            summary: Tóm tắt
            ---

            Văn bản.
            """)).containsExactly(
            "content/tin-tuc/x.md:3: type: \"nws\" is not a type; use one of news, congress, achievement, history, page, document (did you mean `news`?)");
    }

    @Test
    void missingTitleIsReportedWithAnExample() {
        assertThat(problemsOf("tin-tuc/x.md", """
            ---
            type: news
            date: 2018-02-21
            summary: Tóm tắt
            ---

            Văn bản.
            """)).containsExactly(
            "content/tin-tuc/x.md:1: title: missing; every item needs it (for example title: Quá trình hình thành và phát triển Liên minh HTX tỉnh Kiên Giang)");
    }

    @Test
    void newsWithoutDateAndSummaryIsReportedForBoth() {
        assertThat(problemsOf("tin-tuc/x.md", """
            ---
            title: Tin mới
            type: news
            ---

            Văn bản.
            """)).containsExactly(
            "content/tin-tuc/x.md:1: date: missing; news items need it (for example date: 2018-02-21T14:45:00+07:00)",
            "content/tin-tuc/x.md:1: summary: missing; news items need it (for example summary: Tóm tắt quá trình hình thành và phát triển.)");
    }

    @Test
    void misspelledFieldSuggestsTheFieldMeant() {
        assertThat(problemsOf("tin-tuc/x.md", """
            ---
            tittle: Tin mới
            type: news
            date: 2018-02-21
            summary: Tóm tắt
            ---

            Văn bản.
            """)).containsExactly(
            "content/tin-tuc/x.md:1: title: missing; every item needs it (for example title: Quá trình hình thành và phát triển Liên minh HTX tỉnh Kiên Giang)",
            "content/tin-tuc/x.md:2: tittle: unknown field (did you mean `title`?)");
    }

    @Test
    void singleValueWhereAListBelongs() {
        assertThat(problemsOf("tin-tuc/x.md", news("tags: Hợp tác xã\n", "Văn bản."))).containsExactly(
            "content/tin-tuc/x.md:6: tags: expected a list, got a single value; write tags: [first, second] or one \"- value\" line per entry");
    }

    @Test
    void listWhereASingleValueBelongs() {
        assertThat(problemsOf("tin-tuc/x.md", """
            ---
            title: [Tin mới, Tin cũ]
            type: news
            date: 2018-02-21
            summary: Tóm tắt
            ---

            Văn bản.
            """)).containsExactly(
            "content/tin-tuc/x.md:2: title: expected a single text value, got a list");
    }

    @Test
    void dayThatDoesNotExistWrittenDayFirstSuggestsTheMonthsLastDay() {
        assertThat(problemsOf("tin-tuc/x.md", newsDated("31/02/2018"))).containsExactly(
            "content/tin-tuc/x.md:4: date: \"31/02/2018\" is not a date (write 2018-02-28)");
    }

    @Test
    void dayThatDoesNotExistWrittenIsoSuggestsTheMonthsLastDay() {
        assertThat(problemsOf("tin-tuc/x.md", newsDated("2018-02-30"))).containsExactly(
            "content/tin-tuc/x.md:4: date: \"2018-02-30\" is not a date (write 2018-02-28)");
    }

    @Test
    void dayFirstDateWithTimeSuggestsTheIsoMomentKeepingTheTime() {
        assertThat(problemsOf("tin-tuc/x.md", newsDated("21/02/2018 14:45"))).containsExactly(
            "content/tin-tuc/x.md:4: date: \"21/02/2018 14:45\" is not a date (write 2018-02-21T14:45:00+07:00)");
    }

    @Test
    void dateSuggestionUsesAsciiDigitsWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            assertThat(problemsOf("tin-tuc/x.md", newsDated("21/02/2018 14:45"))).containsExactly(
                "content/tin-tuc/x.md:4: date: \"21/02/2018 14:45\" is not a date (write 2018-02-21T14:45:00+07:00)");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void colonInsideAnUnquotedValueIsMalformedYamlOnItsLine() {
        assertThat(problemsOf("tin-tuc/x.md", """
            ---
            title: Tin mới
            type: news
            summary: Tóm tắt: điểm chính
            date: 2018-02-21
            ---

            Văn bản.
            """)).containsExactly(
            "content/tin-tuc/x.md:4: front matter: not valid YAML, mapping values are not allowed here" + YAML_HINT);
    }

    @Test
    void unclosedQuoteIsMalformedYamlOnTheLineItOpens() {
        assertThat(problemsOf("tin-tuc/x.md", """
            ---
            title: Tin mới
            type: news
            summary: "Tóm tắt
            date: 2018-02-21
            ---

            Văn bản.
            """)).containsExactly(
            "content/tin-tuc/x.md:4: front matter: not valid YAML, while scanning a quoted scalar: found unexpected end of stream" + YAML_HINT);
    }

    @Test
    void partlyQuotedValueIsMalformedYamlOnItsOwnLine() {
        assertThat(problemsOf("tin-tuc/x.md", news("author: \"Nguyễn\" Quí\n", "Văn bản.")))
            .singleElement(STRING)
            .startsWith("content/tin-tuc/x.md:6: front matter: not valid YAML");
    }

    @Test
    void controlCharacterInFrontMatterIsReportedOnItsLineAndColumn() {
        assertThat(problemsOf("tin-tuc/x.md", news("author: Nguyễn\u0001Quí\n", "Văn bản."))).containsExactly(
            "content/tin-tuc/x.md:6: front matter: invisible control character U+0001 at column 15; delete it "
                + "(it often comes with text pasted from other programs)");
    }

    @Test
    void nulAndEscapeInTheBodyAreReportedOnTheirLinesAndColumns() {
        assertThat(problemsOf("tin-tuc/x.md", news("", "Đoạn một.\n\nChữ\u0000 và \u001B[31mđỏ\u001B[0m."))).containsExactly(
            "content/tin-tuc/x.md:10: body: invisible control character U+0000 at column 4; delete it "
                + "(it often comes with text pasted from other programs)");
    }

    @Test
    void controlCharactersDoNotHideTheFilesOtherProblems() {
        assertThat(problemsOf("tin-tuc/x.md", news("author: A\u0007\n", "Xem [x](javascript:alert(1)).\u0007"))).containsExactly(
            "content/tin-tuc/x.md:6: front matter: invisible control character U+0007 at column 10; delete it "
                + "(it often comes with text pasted from other programs)",
            "content/tin-tuc/x.md:9: body: invisible control character U+0007 at column 30; delete it "
                + "(it often comes with text pasted from other programs)",
            "content/tin-tuc/x.md:9: body: javascript: links are not allowed (\"javascript:alert(1)\"); link to a page instead");
    }

    @Test
    void aFileFullOfControlCharactersReportsTenLinesThenACount() {
        String junk = "x\u0001\n".repeat(25);
        assertThat(problemsOf("tin-tuc/x.md", news("", junk))).hasSize(11).last(STRING).isEqualTo(
            "content/tin-tuc/x.md:32: body: 15 more lines up to this one have invisible control characters; the file may "
                + "not be text, or was pasted from another program: retype those lines");
    }

    @Test
    void zeroWidthCharactersAndTabsAreText() {
        assertThat(problemsOf("tin-tuc/x.md", news("author: Nguyễn\u200BQuí\n", "Hợp\u200Ctác\u200Dxã\u2060\uFEFF\tđây."))).isEmpty();
    }


    @Test
    void deleteC1ControlsAndAByteOrderMarkInFrontMatterAreFoundPastCharactersOutsideThePlane() {
        // A character outside the basic plane (two chars) before each: the quick scan and the column count agree.
        assertThat(problemsOf("tin-tuc/x.md", news("author: \uD83C\uDF3E\u007F\n", "\uD83C\uDF3EA\u0085 \uFEFF."))).containsExactly(
            "content/tin-tuc/x.md:6: front matter: invisible control character U+007F at column 10; delete it "
                + "(it often comes with text pasted from other programs)",
            "content/tin-tuc/x.md:9: body: invisible control character U+0085 at column 3; delete it "
                + "(it often comes with text pasted from other programs)");
    }
    @Test
    void undefinedAliasIsMalformedYamlWithAReadableMessage() {
        assertThat(problemsOf("tin-tuc/x.md", news("author: *a\n", "Văn bản."))).containsExactly(
            "content/tin-tuc/x.md:6: front matter: not valid YAML, found undefined alias a" + YAML_HINT);
    }

    @Test
    void fieldWrittenTwiceNamesTheFirstLine() {
        assertThat(problemsOf("tin-tuc/x.md", news("title: Tin khác\n", "Văn bản."))).containsExactly(
            "content/tin-tuc/x.md:6: title: written twice (first on line 2); keep one");
    }

    @Test
    void emptyFieldNameIsReportedAsFrontMatter() {
        assertThat(problemsOf("tin-tuc/x.md", news("\"\": x\n", "Văn bản."))).containsExactly(
            "content/tin-tuc/x.md:6: front matter: a field name must be a plain word");
    }

    @Test
    void twoFilesWithOneUrlNameEachOther() {
        write("tin-tuc/a.md", news("slug: chung\n", "Văn bản."));
        write("tin-tuc/b.md", news("slug: chung\n", "Văn bản."));

        assertThat(problems()).containsExactly(
            "content/tin-tuc/b.md:6: slug: URL /tin-tuc/chung/ is also the URL of content/tin-tuc/a.md; give one of them another slug");
    }

    @Test
    void aliasThatIsAnotherPagesUrlNamesThatPage() {
        write("tin-tuc/a.md", news("aliases: [/tin-tuc/b/]\n", "Văn bản."));
        write("tin-tuc/b.md", news("", "Văn bản."));

        assertThat(problems()).containsExactly(
            "content/tin-tuc/a.md:6: aliases: /tin-tuc/b/ is already the URL of content/tin-tuc/b.md; remove it from aliases");
    }

    @Test
    void aliasOutsideTheSiteIsRefused() {
        assertThat(problemsOf("tin-tuc/x.md", news("aliases: [tin-cu/x.html, /tin-cu/../x.html]\n", "Văn bản."))).containsExactly(
            "content/tin-tuc/x.md:6: aliases: \"/tin-cu/../x.html\" is not a site path a static host can serve; write it from the site root with ASCII letters, digits, '-', '_' and '.', such as /tin-cu/bai-viet.html",
            "content/tin-tuc/x.md:6: aliases: \"tin-cu/x.html\" is not a site path a static host can serve; write it from the site root with ASCII letters, digits, '-', '_' and '.', such as /tin-cu/bai-viet.html");
    }

    @Test
    void aliasEndingInADotSegmentIsRefused() {
        assertThat(problemsOf("tin-tuc/x.md", news("aliases: [/., /tin-tuc/.]\n", "Văn bản."))).satisfiesExactly(
            home -> assertThat(home).startsWith("content/tin-tuc/x.md:6: aliases: \"/.\" "),
            newsIndex -> assertThat(newsIndex).startsWith("content/tin-tuc/x.md:6: aliases: \"/tin-tuc/.\" "));
    }

    @Test
    void byteThatIsNotUtf8IsReportedOnItsLine() {
        // "Café" on line 10 saved as Latin-1: é is the single byte 0xE9.
        write("tin-tuc/x.md", utf8WithRawByte(news("", "Dòng một.\n\nCaf¤ ở đây."), '¤', (byte) 0xE9));

        assertThat(problems()).containsExactly(
            "content/tin-tuc/x.md:10: file: byte 0xE9 is not UTF-8; save the file as UTF-8 (Unicode)");
    }

    @Test
    void emptyBodyIsReportedAtTheClosingLine() {
        assertThat(problemsOf("tin-tuc/x.md", news("", "   "))).containsExactly(
            "content/tin-tuc/x.md:6: body: the file has no text below the front matter; write the article below the closing \"---\"");
    }

    @Test
    void scriptInTheBodyIsAnError() {
        assertThat(problemsOf("tin-tuc/x.md", news("", "Đoạn một.\n\n<script>alert(1)</script>"))).containsExactly(
            "content/tin-tuc/x.md:10: body: <script> is not allowed in articles; remove it (the site adds its own scripts)");
    }

    @Test
    void eventHandlerAttributeIsAnError() {
        assertThat(problemsOf("tin-tuc/x.md", news("", "Đoạn một.\n\nBấm <a href=\"/x/\" onclick=\"steal()\">đây</a>.")))
            .containsExactly("content/tin-tuc/x.md:10: body: the onclick= attribute on <a> runs code; remove it");
    }

    @Test
    void javascriptLinkInMarkdownIsAnError() {
        assertThat(problemsOf("tin-tuc/x.md", news("", "Đoạn một.\n\nXem [x](javascript:alert(1)).")))
            .containsExactly("content/tin-tuc/x.md:10: body: javascript: links are not allowed (\"javascript:alert(1)\"); link to a page instead");
    }

    @Test
    void entityEncodedJavascriptLinkIsAnError() {
        assertThat(problemsOf("tin-tuc/x.md", news("", "Đoạn một.\n\nXem [x](jav&#97;script:alert(1)).")))
            .singleElement(STRING)
            .startsWith("content/tin-tuc/x.md:10: body: javascript: links are not allowed");
    }

    @Test
    void dataUrlImageInMarkdownIsAnErrorSayingWhereTheFileGoes() {
        assertThat(problemsOf("tin-tuc/x.md", news("", "Đoạn một.\n\n![ảnh](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB)")))
            .containsExactly("content/tin-tuc/x.md:10: body: data: URLs are not allowed (\"data:image/png;base64,iVBORw0KGgoAAAANSU…\"); "
                + "save the photo as a file beside the article and show it with ![mô tả ảnh](ten-anh.jpg)");
    }

    @Test
    void dataUrlLinkInRawHtmlIsAnError() {
        assertThat(problemsOf("tin-tuc/x.md", news("", "Đoạn một.\n\n<a href=\"data:text/html,<b>x</b>\">tệp</a>")))
            .containsExactly("content/tin-tuc/x.md:10: body: data: URLs are not allowed (\"data:text/html,<b>x</b>\"); "
                + "save the file in assets/ and link to it, e.g. [tên tệp](/assets/files/ten-tep.pdf)");
    }

    @Test
    void fileOnTheEditorsComputerIsAnError() {
        assertThat(problemsOf("tin-tuc/x.md", news("", "![ảnh](file:///C:/Users/bien-tap/anh.jpg)\n\n<img src=\"C:\\anh.jpg\" alt=\"x\">")))
            .containsExactly(
                "content/tin-tuc/x.md:8: body: \"file:///C:/Users/bien-tap/anh.jpg\" is a file on your computer, which readers "
                    + "cannot open; save the file in assets/ and link to it",
                "content/tin-tuc/x.md:10: body: \"C:\\anh.jpg\" is a file on your computer, which readers cannot open; save the "
                    + "file in assets/ and link to it");
    }

    @Test
    void linkWithASchemeTheSiteDropsIsAnError() {
        assertThat(problemsOf("tin-tuc/x.md", news("", "Tải [tệp](ftp://example.org/a.pdf) hoặc [web](HTTPS://example.org/) "
            + "hoặc [thư](mailto:a@example.org) hoặc [máy](tel:+842973862000) hoặc [khác](//example.org/a)."))).containsExactly(
            "content/tin-tuc/x.md:8: body: \"ftp://example.org/a.pdf\" uses ftp:, which links on the site cannot use and would be "
                + "left out of the page; use http:, https:, mailto:, tel: or a link within the site");
    }

    @Test
    void listNestedThousandsOfLevelsIsAnErrorNamingTheLimitAndComesQuickly() {
        StringBuilder list = new StringBuilder();
        for (int level = 0; level < 3_000; level++) {
            list.append("  ".repeat(level)).append("- mục\n");
        }
        // 74 s before the limit; well under a second with it (the time is not asserted: it would flake when busy).
        List<String> problems = problemsOf("tin-tuc/x.md", news("", list.toString()));
        // Level 100 (line 108) is the first indented past 200 columns: "  " * 100 + "- ".
        assertThat(problems).containsExactly("content/tin-tuc/x.md:108: body: lists or quotes are indented 202 columns deep "
            + "here; the limit is 200 (about 50 levels inside each other): write the innermost levels as plain paragraphs");
    }

    @Test
    void quoteNestedThousandsOfLevelsIsAnErrorNamingTheLimit() {
        assertThat(problemsOf("tin-tuc/x.md", news("", "Đoạn.\n\n" + "> ".repeat(3_000) + "trích"))).containsExactly(
            "content/tin-tuc/x.md:10: body: lists or quotes are indented 6000 columns deep here; the limit is 200 (about 50 "
                + "levels inside each other): write the innermost levels as plain paragraphs");
    }

    @Test
    void quotesNestedPastTheLimitWithoutSpacesAreAnErrorNamingTheLimit() {
        assertThat(problemsOf("tin-tuc/x.md", news("", "Đoạn.\n\n" + ">".repeat(MarkdownRenderer.MAX_NESTING + 1) + " trích"))).containsExactly(
            "content/tin-tuc/x.md:10: body: lists, quotes or emphasis nest more than " + MarkdownRenderer.MAX_NESTING
                + " levels deep here, which is the limit; write the innermost levels as plain paragraphs");
    }

    @Test
    void ruleOfThousandsOfDashesIsAnErrorNamingTheLimit() {
        // It used to overflow the parser's stack, reported as "nests too deeply" on line 1.
        assertThat(problemsOf("tin-tuc/x.md", news("", "Đoạn.\n\n" + "-".repeat(5_000) + "\n\nĐoạn."))).containsExactly(
            "content/tin-tuc/x.md:10: body: a line of 5000 rule characters (-, * or _); the limit is 1000, and three make a "
                + "rule: write ---");
    }

    @Test
    void ruleAtTheLimitIsFine() {
        assertThat(problemsOf("tin-tuc/x.md", news("", "Đoạn.\n\n" + "- ".repeat(500) + "\n\nĐoạn.\n\n" + "_".repeat(1_000)))).isEmpty();
    }

    @Test
    void listNestedToTheLimitIsFine() {
        StringBuilder list = new StringBuilder();
        for (int level = 0; level < MarkdownRenderer.MAX_NESTING; level++) {
            list.append("  ".repeat(level)).append("- mục\n");
        }
        assertThat(problemsOf("tin-tuc/x.md", news("", list.toString()))).isEmpty();
    }

    @Test
    void fileOverTheSizeLimitIsAnErrorNamingTheLimitAndIsNotRead() throws IOException {
        write("tin-tuc/x.md", news("", "Văn bản."));
        // Sparse: 21 MB of zero bytes (which would be control characters) cost no disk and show the file is not read.
        try (RandomAccessFile file = new RandomAccessFile(site.resolve("content/tin-tuc/x.md").toFile(), "rw")) {
            file.setLength(21L * 1024 * 1024);
        }
        assertThat(problems()).containsExactly("content/tin-tuc/x.md:1: file: is 21.0 MB; the limit is 20 MB for one content "
            + "file: split the article; put photos as files beside the article, a document's PDF beside the document");
    }

    @Test
    void titleOverTheLimitIsAnErrorNamingTheLimit() {
        String title = "Hội nghị tổng kết ".repeat(120).strip();
        assertThat(problemsOf("tin-tuc/x.md", news("", "Văn bản.").replace("title: Tin mới", "title: " + title))).containsExactly(
            "content/tin-tuc/x.md:2: title: \"Hội nghị tổng kết Hội nghị tổng kết Hội …\" is " + title.length()
                + " characters long; write at most 200");
    }

    @Test
    void tagAndNestedFieldsOverTheirLimitsAreErrorsNamingTheLimit() {
        String tag = "Hợp tác xã ".repeat(12).strip();
        assertThat(problemsOf("tin-tuc/x.md", news("tags: [Đại hội, " + tag + "]\nauthor: " + "Nguyễn Quí ".repeat(10).strip() + "\n", "Văn bản.")))
            .containsExactly(
                "content/tin-tuc/x.md:6: tags[2]: \"Hợp tác xã Hợp tác xã Hợp tác xã Hợp tác…\" is 131 characters long; write at most 100",
                "content/tin-tuc/x.md:7: author: \"Nguyễn Quí Nguyễn Quí Nguyễn Quí Nguyễn …\" is 109 characters long; write at most 100");
    }

    @Test
    void titleAtTheLimitIsFine() {
        String title = "Đ".repeat(200);
        assertThat(problemsOf("tin-tuc/x.md", news("", "Văn bản.").replace("title: Tin mới", "title: " + title))).isEmpty();
    }

    @Test
    void disallowedHtmlIsAWarning() {
        assertThat(problemsOf("tin-tuc/x.md", news("", "<iframe src=\"https://example.com/\"></iframe>"))).containsExactly(
            "content/tin-tuc/x.md:8: body: warning: <iframe> is not in the allowed HTML and was left out of the page (see README, \"HTML in articles\")");
    }

    @Test
    void vietnameseFileNameSuggestsAnAsciiName() {
        assertThat(problemsOf("tin-tuc/Đại hội.md", news("", "Văn bản."))).containsExactly(
            "content/tin-tuc/Đại hội.md:1: slug: the file name \"Đại hội.md\" cannot be a URL; rename the file to dai-hoi.md or add slug: dai-hoi (lowercase a-z, 0-9 and hyphens)");
    }

    @Test
    void typeInAnotherTypesFolderNamesTheRightFolder() {
        assertThat(problemsOf("dai-hoi/x.md", news("", "Văn bản."))).containsExactly(
            "content/dai-hoi/x.md:3: type: news items belong in content/tin-tuc/, not in content/dai-hoi/");
    }

    @Test
    void folderThatHoldsNoTypeListsTheContentFolders() {
        assertThat(problemsOf("tin/x.md", news("", "Văn bản."))).containsExactly(
            "content/tin/x.md:1: file: content/tin/ is not a content folder; use content/tin-tuc/, content/dai-hoi/, content/thanh-tuu/, content/gioi-thieu/, content/van-ban/ or the top level of content/");
    }

    @Test
    void congressDecisionWithUnknownApprovalListsTheChoicesAndSuggestsTheNearest() {
        assertThat(problemsOf("dai-hoi/x.md", congress(3, "2006-07-20/2006-07-21", "charter-recogniton"))).containsExactly(
            "content/dai-hoi/x.md:12: decision.approves: \"charter-recogniton\" is not one of recognition, regulation, charter-recognition, charter, amended-charter (did you mean `charter-recognition`?)");
    }

    @Test
    void metricWithDigitGroupingSuggestsThePlainNumber() {
        assertThat(problemsOf("thanh-tuu/x.md", """
            ---
            title: Tín dụng
            type: achievement
            theme: Tín dụng và bảo hiểm
            metrics:
              - label: thành viên HTX được hỗ trợ vay vốn
                value: 1.943
                unit: thành viên
            ---

            Văn bản.
            """)).containsExactly(
            "content/thanh-tuu/x.md:7: metrics[1].value: \"1.943\" has digit grouping; write 1943 (the site adds the dots itself)");
    }

    @Test
    void tagSpeltTwoWaysInTwoFilesIsAWarningNamingTheFirstFile() {
        write("tin-tuc/a.md", news("tags: [Hợp tác xã]\n", "Văn bản."));
        write("tin-tuc/b.md", news("tags: [Kinh tế, Hợp Tác Xã]\n", "Văn bản."));

        assertThat(problems()).containsExactly(
            "content/tin-tuc/b.md:6: tags: warning: \"Hợp Tác Xã\" is written \"Hợp tác xã\" in content/tin-tuc/a.md; both lead to one page, write them the same way");
    }

    @Test
    void categoryWithoutLetterOrDigitIsAnError() {
        assertThat(problemsOf("tin-tuc/x.md", news("category: \"???\"\n", "Văn bản."))).containsExactly(
            "content/tin-tuc/x.md:6: category: \"???\" has no letter or digit");
    }

    @Test
    void twoCongressFilesWithOneNumberNameEachOther() {
        write("dai-hoi/a.md", congress(3, "2006-07-20/2006-07-21", "charter-recognition"));
        write("dai-hoi/b.md", congress(3, "2006-07-20/2006-07-21", "charter-recognition"));

        assertThat(problems()).containsExactly(
            "content/dai-hoi/b.md:4: number: congress 3 is also described by content/dai-hoi/a.md; each congress has one file");
    }

    // ---- documents (Văn bản) -------------------------------------------------------------------------------------

    @Test
    void documentWithAMalformedNumberSaysHowToWriteIt() {
        assertThat(problemsOf("van-ban/x.md", document("number: Quyết định 1385", "issuer: Ủy ban nhân dân tỉnh Kiên Giang"))).containsExactly(
            "content/van-ban/x.md:4: number: \"Quyết định 1385\" is not a document number; write it as on the document, "
                + "such as 1385/QĐ-UBND or 15/2023/NĐ-CP");
    }

    @Test
    void documentWithoutIssuerOrDateIsRefusedWithExamples() {
        assertThat(problemsOf("van-ban/x.md", """
            ---
            title: Quyết định số 1385/QĐ-UBND
            type: document
            number: 1385/QĐ-UBND
            ---

            Văn bản.
            """)).containsExactly(
            "content/van-ban/x.md:1: date: missing; document items need it (for example date: 2018-02-21T14:45:00+07:00)",
            "content/van-ban/x.md:1: issuer: missing; document items need it (for example issuer: Ủy ban nhân dân tỉnh Kiên Giang)");
    }

    @Test
    void documentIssuerWithoutALetterAndAnUnknownApprovalAreErrorsOnTheirLines() {
        assertThat(problemsOf("van-ban/x.md", document("number: 1385/QĐ-UBND", "issuer: \"—\"\napproves: charter-recognitoin")))
            .containsExactly(
                "content/van-ban/x.md:5: issuer: \"—\" has no letter or digit; write the issuer's name, such as Ủy ban nhân dân tỉnh Kiên Giang",
                "content/van-ban/x.md:6: approves: \"charter-recognitoin\" is not one of recognition, regulation, charter-recognition, "
                    + "charter, amended-charter (did you mean `charter-recognition`?)");
    }

    @Test
    void congressFieldsAreNotDocumentFieldsAndTheReverse() {
        assertThat(problemsOf("van-ban/x.md", document("number: 1385/QĐ-UBND", "issuer: Ủy ban nhân dân tỉnh Kiên Giang\nheld: 2006-07-20")))
            .containsExactly("content/van-ban/x.md:6: held: is not a field of document items (only of [congress])");
        write("van-ban/x.md", document("number: 1385/QĐ-UBND", "issuer: Ủy ban nhân dân tỉnh Kiên Giang"));
        write("dai-hoi/y.md", congress(3, "2006-07-20", "charter").replace("tags: [Đại hội]", "issuer: Ủy ban nhân dân tỉnh Kiên Giang"));
        assertThat(problems()).containsExactly(
            "content/dai-hoi/y.md:13: issuer: is not a field of congress items (only of [document])");
    }

    @Test
    void twoFilesForOneDocumentNumberAreRefusedWhateverTheLetterCase() {
        write("van-ban/a.md", document("number: 1385/QĐ-UBND", "issuer: Ủy ban nhân dân tỉnh Kiên Giang"));
        write("van-ban/b.md", document("number: 1385/qđ-ubnd", "issuer: Ủy ban nhân dân tỉnh Kiên Giang"));
        assertThat(problems()).containsExactly(
            "content/van-ban/b.md:4: number: document 1385/qđ-ubnd is also described by content/van-ban/a.md; each document has one file");
    }

    @Test
    void documentAttachmentThatDoesNotExistOrIsNoPdfNameIsAnErrorOnItsLine() {
        assertThat(problemsOf("van-ban/x.md", document("number: 1385/QĐ-UBND", "issuer: Ủy ban nhân dân tỉnh Kiên Giang\nattachment: qd-1385.pdf")))
            .containsExactly("content/van-ban/x.md:6: attachment: qd-1385.pdf does not exist in content/van-ban/; put the file beside this one, or remove the line");
        write("van-ban/Quyết định.PDF", "%PDF");
        assertThat(problemsOf("van-ban/x.md", document("number: 1385/QĐ-UBND", "issuer: Ủy ban nhân dân tỉnh Kiên Giang\nattachment: Quyết định.PDF")))
            .containsExactly("content/van-ban/Quyết định.PDF:1: file: warning: only .md files are content; this file is ignored (a photo goes beside its article, a document's PDF beside the document, other files in assets/)",
                "content/van-ban/x.md:6: attachment: \"Quyết định.PDF\" is not a PDF file name this site can publish; name the file in "
                    + "lowercase a-z, 0-9 and hyphens, ending in .pdf, such as qd-1385-ubnd.pdf");
    }

    @Test
    void documentOutsideItsFolderIsPointedToVanBan() {
        assertThat(problemsOf("tin-tuc/x.md", document("number: 1385/QĐ-UBND", "issuer: Ủy ban nhân dân tỉnh Kiên Giang")))
            .containsExactly("content/tin-tuc/x.md:3: type: document items belong in content/van-ban/, not in content/tin-tuc/");
    }

    @Test
    void documentSlugCannotTakeTheIssuersFolder() {
        assertThat(problemsOf("van-ban/co-quan.md", document("number: 1385/QĐ-UBND", "issuer: Ủy ban nhân dân tỉnh Kiên Giang")))
            .singleElement(STRING).startsWith("content/van-ban/co-quan.md:1: slug: ").contains("co-quan");
    }

    // ---- all problems, in order ----------------------------------------------------------------------------------

    @Test
    void everyProblemOfEveryFileIsReportedInOneRun() {
        write("tin-tuc/a.md", """
            ---
            tittle: Tin mới
            type: news
            date: 31/02/2018
            summary: Tóm tắt
            ---

            <script>alert(1)</script>
            """);
        write("dai-hoi/b.md", congress(30, "20/7/2006", "charter"));
        write("tin-tuc/c.md", news("", "Văn bản."));

        assertThat(problems()).containsExactly(
            "content/dai-hoi/b.md:4: number: 30 is out of range; write a number from 1 to 20",
            "content/dai-hoi/b.md:5: held: \"20/7/2006\" is not a date; write a day (2006-07-20), two days (2006-07-20/2006-07-21), a month (2010-12) or a year (1992)",
            "content/tin-tuc/a.md:1: title: missing; every item needs it (for example title: Quá trình hình thành và phát triển Liên minh HTX tỉnh Kiên Giang)",
            "content/tin-tuc/a.md:2: tittle: unknown field (did you mean `title`?)",
            "content/tin-tuc/a.md:4: date: \"31/02/2018\" is not a date (write 2018-02-28)",
            "content/tin-tuc/a.md:8: body: <script> is not allowed in articles; remove it (the site adds its own scripts)");
    }

    @Test
    void problemsComeSortedByPathThenLine() {
        // The alias clash on a.md:6 is found by the checks across files, after the files' own problems.
        write("tin-tuc/a.md", news("aliases: [/tin-tuc/b/]\n", "Văn bản.\n\n<iframe></iframe>"));
        write("tin-tuc/b.md", news("", "Văn bản.\n\n<iframe></iframe>"));
        write("tin-tuc/c.md", news("tags: Kinh tế\n", "Văn bản."));

        LoadResult result = loader.load(site);

        assertThat(result.problems()).isSortedAccordingTo(Problem.ORDER);
        assertThat(result.problems()).map(Problem::toString).containsExactly(
            "content/tin-tuc/a.md:6: aliases: /tin-tuc/b/ is already the URL of content/tin-tuc/b.md; remove it from aliases",
            "content/tin-tuc/a.md:11: body: warning: <iframe> is not in the allowed HTML and was left out of the page (see README, \"HTML in articles\")",
            "content/tin-tuc/b.md:10: body: warning: <iframe> is not in the allowed HTML and was left out of the page (see README, \"HTML in articles\")",
            "content/tin-tuc/c.md:6: tags: expected a list, got a single value; write tags: [first, second] or one \"- value\" line per entry");
    }

    // ---- what a valid file becomes -------------------------------------------------------------------------------

    @Test
    void validNewsLoadsAsTypedFieldsWithoutProblems() {
        write("tin-tuc/qua-trinh-hinh-thanh.md", """
            ---
            title: Quá trình hình thành và phát triển
            type: news
            date: 2018-02-21T14:45:00+07:00
            author: Nguyễn Quí
            category: Hoạt động Hợp tác xã
            summary: Tóm tắt quá trình hình thành.
            tags: [Liên minh HTX, Đại hội, Kinh tế tập thể]
            aliases: [/tin-cu/qua-trinh.html]
            ---

            ## Tóm tắt

            Văn bản.
            """);

        LoadResult result = loader.load(site);

        assertThat(result.problems()).isEmpty();
        ContentItem item = result.items().get(0);
        assertThat(item.source()).isEqualTo("content/tin-tuc/qua-trinh-hinh-thanh.md");
        assertThat(item.type()).isEqualTo(ContentType.NEWS);
        assertThat(item.title()).isEqualTo("Quá trình hình thành và phát triển");
        assertThat(item.slug()).isEqualTo("qua-trinh-hinh-thanh");
        assertThat(item.url()).isEqualTo("/tin-tuc/qua-trinh-hinh-thanh/");
        ContentDate date = item.date().orElseThrow();
        assertThat(date.value().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2018-02-21T14:45+07:00"));
        assertThat(date.value().getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(date.timeGiven()).isTrue();
        assertThat(date.display()).isEqualTo("14:45 | 21/02/2018");
        assertThat(item.summary()).contains("Tóm tắt quá trình hình thành.");
        assertThat(item.author()).contains("Nguyễn Quí");
        assertThat(item.category()).contains(Label.category("Hoạt động Hợp tác xã", "hoat-dong-hop-tac-xa"));
        assertThat(item.tags()).containsExactly(
            Label.tag("Liên minh HTX", "lien-minh-htx"),
            Label.tag("Đại hội", "dai-hoi"),
            Label.tag("Kinh tế tập thể", "kinh-te-tap-the"));
        assertThat(item.status()).isEqualTo(Status.PUBLISHED);
        assertThat(item.aliases()).containsExactly("/tin-cu/qua-trinh.html");
        assertThat(item.bodyHtml()).isEqualTo("<h2>Tóm tắt</h2>\n<p>Văn bản.</p>");
        assertThat(item.congress()).isEmpty();
    }

    @Test
    void dateWithoutTimeIsMidnightInVietnamAndShowsNoTime() {
        write("tin-tuc/x.md", news("", "Văn bản."));

        ContentDate date = loader.load(site).items().get(0).date().orElseThrow();

        assertThat(date.value().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2018-02-21T00:00+07:00"));
        assertThat(date.timeGiven()).isFalse();
        assertThat(date.display()).isEqualTo("21/02/2018");
    }

    @Test
    void decomposedTitleAndTagsLoadComposed() {
        String title = "Đại hội lần thứ VI của Liên minh Hợp tác xã";
        String tags = "[Hợp tác xã, Kinh tế tập thể]";
        write("tin-tuc/x.md", news("", "Văn bản.")
            .replace("title: Tin mới", "title: " + nfd(title))
            .replace("summary: Tóm tắt\n", "summary: Tóm tắt\ntags: " + nfd(tags) + "\n"));
        assertThat(nfd(title)).isNotEqualTo(title);

        LoadResult result = loader.load(site);

        assertThat(result.problems()).isEmpty();
        ContentItem item = result.items().get(0);
        assertThat(item.title()).isEqualTo(title);
        assertThat(item.tags()).containsExactly(Label.tag("Hợp tác xã", "hop-tac-xa"), Label.tag("Kinh tế tập thể", "kinh-te-tap-the"));
    }

    @Test
    void congressWithEveryFieldMapsToTypedRecords() {
        write("dai-hoi/dai-hoi-lan-thu-iii.md", congress(3, "2006-07-20/2006-07-21", "charter-recognition"));

        LoadResult result = loader.load(site);

        assertThat(result.problems()).isEmpty();
        ContentItem item = result.items().get(0);
        assertThat(item.type()).isEqualTo(ContentType.CONGRESS);
        assertThat(item.url()).isEqualTo("/dai-hoi/dai-hoi-lan-thu-iii/");
        Congress congress = item.congress().orElseThrow();
        assertThat(congress).isEqualTo(new Congress(3,
            PartialDate.days(LocalDate.of(2006, 7, 20), LocalDate.of(2006, 7, 21)),
            Optional.of(new TermYears(2006, 2010)),
            Optional.of("Liên minh HTX tỉnh Kiên Giang"),
            new Decision("1385/QĐ-UBND", LocalDate.of(2006, 8, 29), "Ủy ban nhân dân tỉnh Kiên Giang",
                Decision.Approval.CHARTER_RECOGNITION)));
        assertThat(congress.roman()).isEqualTo("III");
        assertThat(congress.held().display()).isEqualTo("20-21/07/2006");
        assertThat(congress.term().orElseThrow().display()).isEqualTo("2006 – 2010");
        assertThat(congress.decision().sentence())
            .isEqualTo("Ủy ban nhân dân tỉnh Kiên Giang công nhận Điều lệ tại Quyết định số 1385/QĐ-UBND ngày 29/08/2006");
    }

    @Test
    void congressHeldInAMonthShowsTheMonth() {
        write("dai-hoi/dai-hoi-lan-thu-iv.md", congress(4, "2010-12", "charter"));

        LoadResult result = loader.load(site);

        assertThat(result.problems()).isEmpty();
        PartialDate held = result.items().get(0).congress().orElseThrow().held();
        assertThat(held).isEqualTo(PartialDate.month(YearMonth.of(2010, 12)));
        assertThat(held.display()).isEqualTo("tháng 12/2010");
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    // ---- the same checks as editors read them by default: in Vietnamese --------------------------------------------

    /**
     * One message of each class that writes them, in Vietnamese (the unit tests otherwise run with
     * {@code LMHTX_LANG=en}, as set in the pom): the house style is kept, field names and values stay as written.
     */
    @Nested
    class InVietnamese {

        private Language.Choice choice;

        @BeforeEach
        void chooseVietnamese() {
            choice = Language.choose(Language.VI);
        }

        @AfterEach
        void undo() {
            choice.close();
        }

        @Test
        void itemReaderUnknownTypeWithTheNearest() {
            assertThat(problemsOf("tin-tuc/x.md", news("", "Văn bản.").replace("type: news", "type: nws"))).containsExactly(
                "content/tin-tuc/x.md:3: type: \"nws\" không phải loại nội dung; hãy dùng một trong các loại news, congress, "
                    + "achievement, history, page, document (có phải là `news`?)");
        }

        @Test
        void crossChecksAnAliasOntoAPageTheSiteGeneratesNamesItInVietnamese() {
            assertThat(problemsOf("tin-tuc/x.md", news("aliases: [/index.html, /tin-tuc]\n", "Văn bản."))).containsExactly(
                "content/tin-tuc/x.md:6: aliases: /index.html là cùng một tệp với /, trang chủ, do trang web tự tạo; "
                    + "hãy xóa địa chỉ này khỏi aliases",
                "content/tin-tuc/x.md:6: aliases: /tin-tuc/ đã là danh sách tin tức, do trang web tự tạo; "
                    + "hãy xóa địa chỉ này khỏi aliases");
        }

        @Test
        void itemReaderDateThatDoesNotExist() {
            assertThat(problemsOf("tin-tuc/x.md", newsDated("2018-02-30"))).containsExactly(
                "content/tin-tuc/x.md:4: date: \"2018-02-30\" không phải là ngày hợp lệ (hãy viết 2018-02-28)");
        }

        @Test
        void valuesEmptyField() {
            assertThat(problemsOf("tin-tuc/x.md", news("author:\n", "Văn bản."))).containsExactly(
                "content/tin-tuc/x.md:6: author: đang để trống; hãy viết giá trị hoặc xóa dòng này");
        }

        @Test
        void valuesDigitGroupingInANestedField() {
            assertThat(problemsOf("thanh-tuu/x.md", """
                ---
                title: Tín dụng
                type: achievement
                theme: Tín dụng và bảo hiểm
                metrics:
                  - label: thành viên HTX được hỗ trợ vay vốn
                    value: 1.943
                    unit: thành viên
                ---

                Văn bản.
                """)).containsExactly(
                "content/thanh-tuu/x.md:7: metrics[1].value: \"1.943\" có dấu phân cách hàng nghìn; hãy viết 1943 (trang tự thêm dấu chấm)");
        }

        @Test
        void yamlFieldWrittenTwice() {
            assertThat(problemsOf("tin-tuc/x.md", news("title: Lần hai\n", "Văn bản."))).containsExactly(
                "content/tin-tuc/x.md:6: title: bị viết hai lần (lần đầu ở dòng 2); hãy giữ lại một");
        }

        @Test
        void frontMatterMissing() {
            assertThat(problemsOf("tin-tuc/x.md", "Chỉ có nội dung.\n")).containsExactly(
                "content/tin-tuc/x.md:1: front matter: tệp phải bắt đầu bằng một dòng \"---\", tiếp theo là các trường "
                    + "(title: ..., type: ...), rồi thêm một dòng \"---\" trước nội dung bài");
        }

        @Test
        void controlCharacterWithItsColumn() {
            assertThat(problemsOf("tin-tuc/x.md", news("author: Nguyễn\u0001Quí\n", "Văn bản."))).containsExactly(
                "content/tin-tuc/x.md:6: front matter: có ký tự điều khiển ẩn U+0001 ở cột 15; hãy xóa ký tự đó "
                    + "(thường lẫn vào khi dán chữ từ chương trình khác)");
        }

        @Test
        void sourceTextNotUtf8() {
            write("tin-tuc/x.md", utf8WithRawByte(news("", "Dòng một.\n\nCaf¤ ở đây."), '¤', (byte) 0xE9));

            assertThat(problems()).containsExactly(
                "content/tin-tuc/x.md:10: file: byte 0xE9 không phải UTF-8; hãy lưu tệp theo bảng mã UTF-8 (Unicode)");
        }

        @Test
        void contentLoaderIgnoresAFileThatIsNotMarkdownWithAWarning() {
            write("tin-tuc/a.md", news("", "Văn bản."));
            write("tin-tuc/ghi-chu.docx", "không phải Markdown");

            assertThat(problems()).containsExactly("content/tin-tuc/ghi-chu.docx:1: file: cảnh báo: chỉ tệp .md là nội dung; "
                + "tệp này bị bỏ qua (ảnh đặt cạnh bài viết, tệp PDF của văn bản đặt cạnh văn bản, các tệp khác để trong assets/)");
        }

        @Test
        void contentLoaderPhotoNoArticleShows() {
            write("tin-tuc/a.md", news("", "Văn bản."));
            write("tin-tuc/anh.jpg", "không phải ảnh");

            assertThat(problems()).containsExactly("content/tin-tuc/anh.jpg:1: file: cảnh báo: không bài nào hiện ảnh này nên "
                + "ảnh không được đăng; hãy viết ![mô tả](anh.jpg) trong bài cùng thư mục, hoặc xóa tệp");
        }

        @Test
        void itemPhotosMissingPhotoAndDescription() {
            assertThat(problemsOf("tin-tuc/x.md", news("image: khong-co.jpg\n", "Văn bản."))).containsExactly(
                "content/tin-tuc/x.md:6: image: không có ảnh \"khong-co.jpg\" trong content/tin-tuc/; hãy đặt ảnh cạnh bài viết, "
                    + "hoặc sửa lại tên (phân biệt chữ hoa, chữ thường)",
                "content/tin-tuc/x.md:6: image_alt: còn thiếu; hãy mô tả ảnh đại diện cho người không xem được ảnh "
                    + "(ví dụ image_alt: Quang cảnh hội nghị)");
        }

        @Test
        void photosNotAnImage() {
            write("tin-tuc/anh.jpg", "không phải ảnh");

            assertThat(problemsOf("tin-tuc/x.md", news("", "![Quang cảnh](anh.jpg)"))).containsExactly(
                "content/tin-tuc/x.md:8: image: anh.jpg không phải ảnh JPEG, PNG hay WebP; hãy lưu ảnh chụp dạng JPEG (.jpg), "
                    + "hình vẽ dạng PNG");
        }

        @Test
        void itemReaderFolderNameThatCannotBeAUrl() {
            assertThat(problemsOf("tin-tuc/Hội nghị/index.md", news("", "Văn bản."))).containsExactly(
                "content/tin-tuc/Hội nghị/index.md:1: slug: tên thư mục \"Hội nghị\" không dùng làm địa chỉ trang được; hãy đổi "
                    + "tên thư mục thành hoi-nghi hoặc thêm slug: hoi-nghi (chữ thường a-z, số 0-9 và dấu gạch ngang)");
        }

        @Test
        void pdfTextUnreadableAttachment() {
            write("van-ban/qd-1385.pdf", "không phải PDF");

            assertThat(problemsOf("van-ban/x.md", document("number: 1385/QĐ-UBND",
                "issuer: Ủy ban nhân dân tỉnh Kiên Giang\nattachment: qd-1385.pdf"))).singleElement().asString()
                .startsWith("content/van-ban/x.md:6: attachment: cảnh báo: qd-1385.pdf không phải tệp PDF đọc được (")
                .endsWith("; người đọc có thể cũng không mở được); tệp vẫn được đăng và có liên kết, nhưng ô tìm kiếm không "
                    + "tìm thấy nội dung trong tệp — hãy mở tệp bằng phần mềm đọc PDF, lưu lại dạng PDF rồi thay tệp cũ");
        }

        @Test
        void crossChecksSpellingAndCongressNumber() {
            write("tin-tuc/a.md", news("tags: [Hợp tác xã]\n", "Văn bản."));
            write("tin-tuc/b.md", news("tags: [Kinh tế, Hợp Tác Xã]\n", "Văn bản."));
            write("dai-hoi/a.md", congress(3, "2006-07-20/2006-07-21", "charter-recognition"));
            write("dai-hoi/b.md", congress(3, "2006-07-20/2006-07-21", "charter-recognition"));

            assertThat(problems()).containsExactly(
                "content/dai-hoi/b.md:4: number: Đại hội lần 3 đã được mô tả trong content/dai-hoi/a.md; mỗi Đại hội chỉ có một tệp",
                "content/tin-tuc/b.md:6: tags: cảnh báo: \"Hợp Tác Xã\" được viết là \"Hợp tác xã\" trong content/tin-tuc/a.md; "
                    + "cả hai dẫn về một trang, hãy viết giống nhau");
        }

        @Test
        void aliasesHomePage() {
            assertThat(problemsOf("tin-tuc/x.md", news("aliases: [/]\n", "Văn bản."))).containsExactly(
                "content/tin-tuc/x.md:6: aliases: \"/\" là trang chủ, không dùng làm địa chỉ cũ được");
        }

        @Test
        void congressReaderPartialDateAndApproval() {
            assertThat(problemsOf("dai-hoi/x.md", congress(3, "2006-13", "charter-recognitio"))).containsExactly(
                "content/dai-hoi/x.md:5: held: \"2006-13\" không phải là ngày hợp lệ; hãy viết một ngày (2018-02-21), hai ngày "
                    + "(2006-07-20/2006-07-21), một tháng (2010-12) hoặc một năm (1992)",
                "content/dai-hoi/x.md:12: decision.approves: \"charter-recognitio\" không phải một trong các giá trị recognition, "
                    + "regulation, charter-recognition, charter, amended-charter (có phải là `charter-recognition`?)");
        }

        @Test
        void documentReaderNumber() {
            assertThat(problemsOf("van-ban/x.md", document("number: Quyết định 1385", "issuer: Ủy ban nhân dân tỉnh Kiên Giang")))
                .containsExactly("content/van-ban/x.md:4: number: \"Quyết định 1385\" không phải số văn bản; hãy viết như trên "
                    + "văn bản, ví dụ 1385/QĐ-UBND hoặc 15/2023/NĐ-CP");
        }

        @Test
        void rawHtmlCheckScript() {
            assertThat(problemsOf("tin-tuc/x.md", news("", "Đoạn một.\n\n<script>alert(1)</script>"))).containsExactly(
                "content/tin-tuc/x.md:10: body: không được dùng <script> trong bài; hãy xóa đi (trang tự thêm các tập lệnh cần thiết)");
        }

        @Test
        void markdownRendererRuleTooLong() {
            assertThat(problemsOf("tin-tuc/x.md", news("", "Đoạn.\n\n" + "-".repeat(5_000) + "\n\nĐoạn."))).containsExactly(
                "content/tin-tuc/x.md:10: body: một dòng gồm 5000 ký tự kẻ ngang (-, * hoặc _); giới hạn là 1000, và chỉ cần "
                    + "ba ký tự là thành đường kẻ: hãy viết ---");
        }
    }

    /**
     * A valid news file. Its lines: 1 "---", 2 title, 3 type, 4 date, 5 summary, then {@code extraFields} from
     * line 6, the closing "---", a blank line and {@code body}.
     */
    private static String news(String extraFields, String body) {
        return "---\ntitle: Tin mới\ntype: news\ndate: 2018-02-21\nsummary: Tóm tắt\n" + extraFields + "---\n\n" + body + "\n";
    }

    /** A valid news file whose date (line 4) is written as {@code date}. */
    private static String newsDated(String date) {
        return news("", "Văn bản.").replace("date: 2018-02-21", "date: " + date);
    }

    /** A congress file with every field; number on line 4, held on line 5, decision.approves on line 12. */
    private static String congress(int number, String held, String approves) {
        return """
            ---
            title: Đại hội Liên minh HTX tỉnh lần thứ %s
            type: congress
            number: %s
            held: %s
            term: 2006-2010
            adopted_name: Liên minh HTX tỉnh Kiên Giang
            decision:
              number: 1385/QĐ-UBND
              date: 2006-08-29
              issuer: Ủy ban nhân dân tỉnh Kiên Giang
              approves: %s
            tags: [Đại hội]
            ---

            Văn bản.
            """.formatted(String.valueOf(number), String.valueOf(number), held, approves);
    }

    /** A document file whose lines 4 and 5 on are {@code numberLine} and {@code more}. */
    private static String document(String numberLine, String more) {
        return "---\ntitle: Quyết định\ntype: document\n" + numberLine + "\n" + more + "\ndate: 2006-08-29\n---\n\nVăn bản.\n";
    }

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    /** {@code text} as UTF-8, except that {@code marker} becomes the raw byte {@code raw}. */
    private static byte[] utf8WithRawByte(String text, char marker, byte raw) {
        int at = text.indexOf(marker);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(UTF_8));
        out.write(raw);
        out.writeBytes(text.substring(at + 1).getBytes(UTF_8));
        return out.toByteArray();
    }

    /** Writes {@code content/<path>} as UTF-8. */
    private void write(String path, String text) {
        write(path, text.getBytes(UTF_8));
    }

    private void write(String path, byte[] bytes) {
        try {
            Path file = site.resolve("content").resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem of the site so far, as editors read them. */
    private List<String> problems() {
        return loader.load(site).problems().stream().map(Problem::toString).toList();
    }

    /** The problems of a site made of this one file. */
    private List<String> problemsOf(String path, String text) {
        write(path, text);
        return problems();
    }
}
