package vn.lmhtx.site.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.ContentErrorsException;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.testing.Sites;

/** The build's promises: deterministic, all-or-nothing, drafts and scheduled news nowhere, ASCII paths. */
class BuildBehaviourTest {

    @TempDir
    Path temp;

    private Path site;
    private Path output;

    @BeforeEach
    void copyFixture() throws IOException {
        site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));
        output = site.resolve("target/public");
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() throws Exception {
        new SiteBuilder(Sites.NOW).build(site, output);
        Map<String, String> first = Sites.fingerprint(output);
        Path second = temp.resolve("second");
        new SiteBuilder(Sites.NOW).build(site, second);

        assertThat(Sites.fingerprint(second)).isEqualTo(first);
    }

    @Test
    void aContentErrorLeavesThePreviousOutputByteForByte() throws Exception {
        new SiteBuilder(Sites.NOW).build(site, output);
        Map<String, String> before = Sites.fingerprint(output);
        Sites.write(site, "content/tin-tuc/hong.md", "---\ntype: news\ndate: 31/02/2018\ntittle: Hỏng\nsummary: x\n---\n\nThân bài.\n");

        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).build(site, output))
            .isInstanceOf(ContentErrorsException.class)
            .satisfies(e -> assertThat(((ContentErrorsException) e).problems()).filteredOn(Problem::isError)
                .map(Problem::toString).containsExactly(
                "content/tin-tuc/hong.md:1: title: missing; every item needs it (for example title: Quá trình hình thành và phát triển Liên minh HTX tỉnh Kiên Giang)",
                "content/tin-tuc/hong.md:3: date: \"31/02/2018\" is not a date (write 2018-02-28)",
                "content/tin-tuc/hong.md:4: tittle: unknown field (did you mean `title`?)"));
        assertThat(Sites.fingerprint(output)).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aTemplateFailureLeavesThePreviousOutputByteForByte() throws Exception {
        new SiteBuilder(Sites.NOW).build(site, output);
        Map<String, String> before = Sites.fingerprint(output);
        Sites.write(site, "templates/item.ftl", "<p>${page.model.noSuchField}</p>");

        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).build(site, output)).isInstanceOf(ContentErrorsException.class)
            .satisfies(e -> assertThat(((ContentErrorsException) e).problems()).filteredOn(Problem::isError)
                .map(Problem::toString).containsExactly("templates/item.ftl:1: template: column 6: \"page.model.noSuchField\" is "
                    + "missing or null; check its spelling, or mark what may be absent with ?? or ! (7 pages not rendered, first /dai-hoi/dai-hoi-lan-thu-i/)"));
        assertThat(Sites.fingerprint(output)).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void draftsAndScheduledNewsAppearNowhere() throws Exception {
        new SiteBuilder(Sites.NOW).build(site, output);
        String everything = Sites.allText(output);

        assertThat(everything).doesNotContain("XYLODRAFT", "xylodraft", "ZQFUTURE", "zqfuture", "ban-nhap", "tin-tuong-lai", "nhap-cu");
    }

    @Test
    void scheduledNewsAppearsOnceItsTimeHasCome() throws Exception {
        Clock later = Clock.fixed(Instant.parse("2031-01-01T00:00:00Z"), ZoneOffset.UTC);
        new SiteBuilder(later).build(site, output);

        assertThat(output.resolve("tin-tuc/tin-tuong-lai/index.html")).exists();
        assertThat(output.resolve("tu-khoa/zqfuturetag/index.html")).exists();
        assertThat(Files.readString(output.resolve("feed.xml"), StandardCharsets.UTF_8)).contains("ZQFUTUREWORD");
        assertThat(Sites.allText(output)).doesNotContain("XYLODRAFT");
    }

    @Test
    void everyOutputPathIsAscii() throws Exception {
        new SiteBuilder(Sites.NOW).build(site, output);

        assertThat(Sites.files(output)).allSatisfy(path ->
            assertThat(path.toString()).matches("[a-z0-9./_-]+"));
    }

    @Test
    void tagsSpeltInNfdAndNfcShareOnePage() throws Exception {
        new SiteBuilder(Sites.NOW).build(site, output);

        String tagPage = Files.readString(output.resolve("tu-khoa/hop-tac-xa/index.html"), StandardCharsets.UTF_8);
        assertThat(tagPage).contains("Tin một về hợp tác xã", "Tin hai", "Tin ba");
        assertThat(Sites.files(output)).filteredOn(p -> p.startsWith("tu-khoa")).hasSize(3);
    }

    @Test
    void aBrokenInternalLinkFailsTheBuildWithFileAndLine() throws Exception {
        new SiteBuilder(Sites.NOW).build(site, output);
        Map<String, String> before = Sites.fingerprint(output);
        Sites.write(site, "content/tin-tuc/lien-ket-hong.md",
            "---\ntitle: Liên kết hỏng\ntype: news\ndate: 2020-01-01\nsummary: x\n---\n\nĐoạn một.\n\nXem [Đại hội VI](/dai-hoi/dai-hoi-lan-thu-vi/) và [mục](#khong-co).\n");

        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).build(site, output))
            .isInstanceOf(ContentErrorsException.class)
            .satisfies(e -> assertThat(((ContentErrorsException) e).problems()).map(Problem::toString).containsExactly(
                "content/tin-tuc/lien-ket-hong.md:10: link: \"#khong-co\" on /tin-tuc/lien-ket-hong/ points to #khong-co, which that page does not have",
                "content/tin-tuc/lien-ket-hong.md:10: link: \"/dai-hoi/dai-hoi-lan-thu-vi/\" on /tin-tuc/lien-ket-hong/ leads to no page or file (/dai-hoi/dai-hoi-lan-thu-vi/)",
                "content/tin-tuc/tin-hai.md:9: body: warning: <iframe> is not in the allowed HTML and was left out of the page (see README, \"HTML in articles\")",
                "content/tin-tuc/tin-mot.md:6: tags: warning: \"Hợp tác xã\" is written \"hợp tác xã\" in content/tin-tuc/tin-ba.md; both lead to one page, write them the same way"));
        assertThat(Sites.fingerprint(output)).isEqualTo(before);
    }

    @Test
    void aliasesRedirectFromTheirOldUrls() throws Exception {
        new SiteBuilder(Sites.NOW).build(site, output);

        assertThat(Files.readString(output.resolve("tin-cu/tin-mot.html"), StandardCharsets.UTF_8))
            .contains("url=/tin-tuc/tin-mot/");
        assertThat(Files.readString(output.resolve("tin-cu/thu-muc/index.html"), StandardCharsets.UTF_8))
            .contains("url=/tin-tuc/tin-mot/");
    }

    @Test
    void underASubPathEveryLinkCarriesItAndResolves() throws Exception {
        Path settings = site.resolve("jbake.properties");
        Files.writeString(settings, Files.readString(settings).replace("site.basePath=/", "site.basePath=/lmhtx-site/"));

        new SiteBuilder(Sites.NOW).build(site, output);

        for (Path page : Sites.files(output)) {
            if (page.toString().endsWith(".html")) {
                org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(output.resolve(page).toFile(), "UTF-8");
                assertThat(html.select("[href^=/], [src^=/]")).as("root-relative links in %s", page).allSatisfy(element ->
                    assertThat(element.hasAttr("href") ? element.attr("href") : element.attr("src")).startsWith("/lmhtx-site/"));
            }
        }
        assertThat(Files.readString(output.resolve("tin-tuc/tin-mot/index.html"), StandardCharsets.UTF_8))
            .contains("href=\"/lmhtx-site/dai-hoi/dai-hoi-lan-thu-i/\"");
        assertThat(Files.readString(output.resolve("feed.xml"), StandardCharsets.UTF_8))
            .contains("<link>https://test.example/lmhtx-site/tin-tuc/tin-ba/</link>");
        assertThat(Files.readString(output.resolve("sitemap.xml"), StandardCharsets.UTF_8))
            .contains("<loc>https://test.example/lmhtx-site/</loc>");
        assertThat(Files.readString(output.resolve("tin-cu/tin-mot.html"), StandardCharsets.UTF_8))
            .contains("url=/lmhtx-site/tin-tuc/tin-mot/");
    }

    @Test
    void stylesheetsCarryAContentHashAndKeepTheirPlainName() throws Exception {
        new SiteBuilder(Sites.NOW).build(site, output);
        String page = Files.readString(output.resolve("tin-tuc/tin-mot/index.html"), StandardCharsets.UTF_8);
        String hashed = page.replaceAll("(?s).*href=\"(/assets/css/a\\.[0-9a-f]{10}\\.css)\".*", "$1");

        assertThat(hashed).startsWith("/assets/css/a.");
        assertThat(output.resolve(hashed.substring(1))).hasContent("body { margin: 0; }");
        assertThat(output.resolve("assets/css/a.css")).exists();

        Sites.write(site, "assets/css/a.css", "body { margin: 1px; }\n");
        new SiteBuilder(Sites.NOW).build(site, output);
        assertThat(Files.readString(output.resolve("tin-tuc/tin-mot/index.html"), StandardCharsets.UTF_8)).doesNotContain(hashed);
    }

    @Test
    void checkValidatesButWritesNothing() throws Exception {
        BuildResult result = new SiteBuilder(Sites.NOW).check(site);

        assertThat(result.items()).isEqualTo(6);
        assertThat(result.hidden()).isEqualTo(2);
        assertThat(site.resolve("target")).doesNotExist();
    }

    @Test
    void checkRefusesATemplateThatMarksNoSearchTextAsTheBuildDoes() throws Exception {
        Path template = site.resolve("templates/item.ftl");
        Files.writeString(template, Files.readString(template, StandardCharsets.UTF_8).replace("<main data-search=\"text\">", "<main>"),
            StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).build(site, output)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("has no element marked data-search=\"text\"");
        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).check(site)).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("has no element marked data-search=\"text\"");
    }

    @Test
    void theBuildItselfRefusesAnOutputItMayNotReplaceNotOnlyTheCommandLine() throws Exception {
        Path precious = temp.resolve("precious");
        Sites.write(precious, "notes.txt", "keep me");

        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).build(site, precious)).isInstanceOf(OutputRefusedException.class)
            .hasMessage(precious.toAbsolutePath().normalize() + " exists and is not an earlier build of the site (no sitemap.xml); "
                + "a build replaces its output folder entirely, so choose an empty or new folder");
        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).build(site, site)).isInstanceOf(OutputRefusedException.class)
            .hasMessageContaining("holds the site folder");
        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).build(site, site.resolve("assets/out")))
            .isInstanceOf(OutputRefusedException.class).hasMessageContaining("is inside assets/");
        assertThat(precious.resolve("notes.txt")).hasContent("keep me");
        assertThat(site.resolve("target")).doesNotExist();
    }

    @Test
    void anInternalFailureReachesCallersAsOneTypeThatSaysWhatFailed() throws Exception {
        Sites.write(temp, "a-file", "not a folder");
        Path underAFile = temp.resolve("a-file/public");

        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).build(site, underAFile)).isInstanceOf(BuildFailedException.class)
            .hasMessageStartingWith("java.nio.file.FileAlreadyExistsException: ").hasMessageContaining("a-file")
            .hasCauseInstanceOf(IOException.class);
    }

    /** What lies beside the output besides the output (a link) and the tree it points to. */
    private java.util.List<Path> leftovers() throws IOException {
        Path tree = output.toRealPath();
        try (var files = Files.list(output.getParent())) {
            return files.filter(p -> !p.equals(output) && !p.equals(tree)).toList();
        }
    }
}
