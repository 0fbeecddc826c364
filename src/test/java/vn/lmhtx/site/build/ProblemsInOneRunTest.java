package vn.lmhtx.site.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.ContentErrorsException;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.testing.Sites;

/**
 * Every problem of every stage that can run, in one run: content errors do not hide link problems, scheduled news is
 * link-checked before it comes out, and a template fault is one line however many pages it breaks.
 */
class ProblemsInOneRunTest {

    @TempDir
    Path temp;

    private Path site;
    private Path output;
    private Map<String, String> before;

    @BeforeEach
    void buildAGoodSite() throws Exception {
        site = Sites.withProjectTheme(temp.resolve("site"));
        Sites.write(site, "content/tin-tuc/mot.md", news("Tin một", "2020-01-01", "Đọc [tin hai](/tin-tuc/hai/)."));
        Sites.write(site, "content/tin-tuc/hai.md", news("Tin hai", "2020-02-01", "Thân bài."));
        output = site.resolve("target/public");
        new SiteBuilder(Sites.NOW).build(site, output);
        before = Sites.fingerprint(output);
    }

    @Test
    void aContentErrorAndABrokenLinkInAnotherFileAreReportedTogether() throws Exception {
        Sites.write(site, "content/tin-tuc/ba.md", news("Tin ba", "2020-02-30", "Thân bài."));
        Sites.write(site, "content/tin-tuc/bon.md", news("Tin bốn", "2020-03-01", "Xem [trang cũ](/khong-co/)."));

        assertThat(errorsOf(build())).containsExactly(
            "content/tin-tuc/ba.md:4: date: \"2020-02-30\" is not a date (write 2020-02-29)",
            "content/tin-tuc/bon.md:9: link: \"/khong-co/\" on /tin-tuc/bon/ leads to no page or file (/khong-co/)");
        assertThat(Sites.fingerprint(output)).isEqualTo(before);
    }

    @Test
    void aUrlClashAndABrokenLinkInAnotherFileAreReportedTogether() throws Exception {
        Sites.write(site, "content/tin-tuc/hai.md", news("Tin hai", "2020-02-01", "Thân bài.").replace("tags: [Tin mới]\n",
            "tags: [Tin mới]\naliases: [/index.html]\n"));
        Sites.write(site, "content/tin-tuc/bon.md", news("Tin bốn", "2020-03-01", "Xem [trang cũ](/khong-co/)."));

        List<String> errors = errorsOf(build());

        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).startsWith("content/tin-tuc/bon.md:9: link: \"/khong-co/\"");
        assertThat(errors.get(1)).startsWith("content/tin-tuc/hai.md:7: aliases: ");
        assertThat(Sites.fingerprint(output)).isEqualTo(before);
    }

    @Test
    void linksToAFileWithErrorsAreNotReportedOnTopOfItsOwnErrors() throws Exception {
        Sites.write(site, "content/tin-tuc/hai.md", news("Tin hai", "2020-02-31", "Thân bài."));

        assertThat(errorsOf(build())).containsExactly("content/tin-tuc/hai.md:4: date: \"2020-02-31\" is not a date (write 2020-02-29)");
    }

    @Test
    void scheduledNewsWithABrokenLinkFailsTheBuildItIsNotPartOf() throws Exception {
        Sites.write(site, "content/tin-tuc/sau.md", news("Tin sau", "2099-01-01", "Xem [trang cũ](/khong-co/)."));

        assertThat(errorsOf(build())).containsExactly(
            "content/tin-tuc/sau.md:9: link: \"/khong-co/\" on /tin-tuc/sau/ leads to no page or file (/khong-co/)");
        assertThat(Sites.fingerprint(output)).isEqualTo(before);
    }

    @Test
    void scheduledNewsMayLinkToPagesPublishedNoLaterThanItself() throws Exception {
        Sites.write(site, "content/tin-tuc/sau.md", news("Tin sau", "2099-01-01", "Xem [tin trước](/tin-tuc/truoc/) và [tin một](/tin-tuc/mot/)."));
        Sites.write(site, "content/tin-tuc/truoc.md", news("Tin trước", "2098-01-01", "Thân bài."));

        new SiteBuilder(Sites.NOW).build(site, output);

        assertThat(output.resolve("tin-tuc/mot/index.html")).exists();
        assertThat(output.resolve("tin-tuc/sau")).doesNotExist();
        assertThat(output.resolve("tin-tuc/truoc")).doesNotExist();
        assertThat(output.resolve("tin-tuc/nam-2099")).doesNotExist();
        assertThat(Sites.allText(output)).doesNotContain("Tin sau", "Tin trước");
    }

    @Test
    void aLinkToNewsThatComesOutLaterIsAnErrorOnBothSides() throws Exception {
        Sites.write(site, "content/tin-tuc/mot.md", news("Tin một", "2020-01-01", "Đọc [tin sau](/tin-tuc/sau/)."));
        Sites.write(site, "content/tin-tuc/truoc.md", news("Tin trước", "2098-01-01", "Xem [tin sau](/tin-tuc/sau/)."));
        Sites.write(site, "content/tin-tuc/sau.md", news("Tin sau", "2099-01-01", "Thân bài."));

        assertThat(errorsOf(build())).containsExactly(
            "content/tin-tuc/mot.md:9: link: \"/tin-tuc/sau/\" on /tin-tuc/mot/ leads to /tin-tuc/sau/, which is not published "
                + "until 00:00 | 01/01/2099; link to it from then on",
            "content/tin-tuc/truoc.md:9: link: \"/tin-tuc/sau/\" on /tin-tuc/truoc/ leads to /tin-tuc/sau/, which is not published "
                + "until 00:00 | 01/01/2099; link to it from then on");
    }

    @Test
    void aTemplateTypoIsOneProblemWithItsLineReportedWithTheContentErrors() throws Exception {
        Path layout = site.resolve("templates/layout.ftl");
        Files.writeString(layout, Files.readString(layout, StandardCharsets.UTF_8).replace("<title>${fullTitle}</title>",
            "<title>${fullTitel}</title>"), StandardCharsets.UTF_8);
        Sites.write(site, "content/tin-tuc/ba.md", news("Tin ba", "2020-02-30", "Thân bài."));

        List<String> errors = errorsOf(build());

        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).isEqualTo("content/tin-tuc/ba.md:4: date: \"2020-02-30\" is not a date (write 2020-02-29)");
        assertThat(errors.get(1)).startsWith("templates/layout.ftl:10: template: column 10: \"fullTitel\" is missing or null; check its spelling")
            .contains(" pages not rendered, first /").doesNotContain("staging", "\n", "Tip");
        assertThat(Sites.fingerprint(output)).isEqualTo(before);
    }

    @Test
    void aTemplateSyntaxErrorIsOneProblemWithItsLine() throws Exception {
        Sites.write(site, "templates/news.ftl", "<#import \"layout.ftl\" as l>\n<@l.shell>\n<#if page.title>\n</@l.shell>\n");

        assertThat(errorsOf(build())).singleElement().asString()
            .startsWith("templates/news.ftl:").contains(": template: column ", ": syntax error: ", "(2 pages not rendered, first /tin-tuc/hai/)");
    }

    private ContentErrorsException build() {
        return catchThrowableOfType(ContentErrorsException.class, () -> new SiteBuilder(Sites.NOW).build(site, output));
    }

    private static List<String> errorsOf(ContentErrorsException e) {
        assertThat(e).as("the build must fail with content errors").isNotNull();
        return e.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
    }

    private static String news(String title, String date, String body) {
        return "---\ntitle: " + title + "\ntype: news\ndate: " + date + "\nsummary: Tóm tắt.\ntags: [Tin mới]\n---\n\n" + body + "\n";
    }
}
