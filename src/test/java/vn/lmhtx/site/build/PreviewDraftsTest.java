package vn.lmhtx.site.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.ContentErrorsException;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.testing.Sites;

/**
 * The preview with drafts ({@link SiteBuilder#preview}): a build's files byte for byte, plus the pages of drafts and
 * scheduled news (and the pages that come with them), each marked {@code noindex} with a banner.
 */
class PreviewDraftsTest {

    private static final String NOINDEX = "<meta name=\"robots\" content=\"noindex\">";

    @TempDir
    Path temp;

    private Path site;

    @BeforeEach
    void copyFixture() throws IOException {
        site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));
    }

    @Test
    void draftsAndScheduledNewsHaveTheirPageWithABannerAndNoindex() throws Exception {
        Path preview = temp.resolve("preview");
        new SiteBuilder(Sites.NOW).preview(site, preview);

        assertThat(read(preview, "tin-tuc/ban-nhap/index.html")).contains(NOINDEX, "Bản nháp XYLODRAFTWORD",
            "<p class=\"preview-banner\" role=\"note\"><strong>Bản nháp</strong> – Bạn đọc chưa thấy bài này");
        // date: 2031-01-01T00:00:00+07:00, shown in the site's zone.
        assertThat(read(preview, "tin-tuc/tin-tuong-lai/index.html")).contains(NOINDEX,
            "<p class=\"preview-banner\" role=\"note\"><strong>Hẹn giờ đăng: 01/01/2031 00:00</strong>");
        assertThat(read(preview, "tu-khoa/xylodrafttag/index.html")).contains(NOINDEX, "<strong>Chưa đăng</strong>");
        // The draft's old address leads to it, without a banner.
        assertThat(read(preview, "nhap-cu/index.html")).contains("/tin-tuc/ban-nhap/").doesNotContain("preview-banner");
    }

    @Test
    void everyOtherFileIsTheBuildsByteForByte() throws Exception {
        Path built = temp.resolve("built");
        Path preview = temp.resolve("preview");
        new SiteBuilder(Sites.NOW).build(site, built);
        new SiteBuilder(Sites.NOW).preview(site, preview);

        Map<String, String> extra = new TreeMap<>(Sites.fingerprint(preview));
        Sites.fingerprint(built).forEach((file, hash) -> assertThat(extra.remove(file)).as(file).isEqualTo(hash));

        // Lists, feed, sitemap and search are the published site's: drafts and scheduled news only on their own pages
        // and on pages that only they make (their new tag, category and year, a third page of the news list).
        assertThat(extra.keySet()).containsExactlyInAnyOrder("tin-tuc/ban-nhap/index.html", "tin-tuc/tin-tuong-lai/index.html",
            "nhap-cu/index.html", "tu-khoa/xylodrafttag/index.html", "tu-khoa/zqfuturetag/index.html",
            "chuyen-muc/zqfuturecategory/index.html", "tin-tuc/nam-2031/index.html", "tin-tuc/trang-3/index.html");
        for (String file : extra.keySet()) {
            assertThat(read(preview, file)).as(file).contains(NOINDEX);
        }
    }

    @Test
    void aLinkToADraftIsStillAnErrorAndNamesTheDraft() throws Exception {
        Path article = site.resolve("content/tin-tuc/tin-mot.md");
        Files.writeString(article, Files.readString(article) + "\nXem [bản nháp](/tin-tuc/ban-nhap/).\n");

        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).build(site, temp.resolve("built")))
            .isInstanceOf(ContentErrorsException.class)
            .satisfies(e -> assertThat(((ContentErrorsException) e).problems()).filteredOn(Problem::isError)
                .map(Problem::toString).singleElement().asString().contains("leads to no page or file"));
        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).preview(site, temp.resolve("preview")))
            .isInstanceOf(ContentErrorsException.class)
            .satisfies(e -> assertThat(((ContentErrorsException) e).problems()).filteredOn(Problem::isError)
                .map(Problem::toString).singleElement().asString().endsWith("\"/tin-tuc/ban-nhap/\" on /tin-tuc/tin-mot/ leads to "
                    + "/tin-tuc/ban-nhap/, a draft (status: draft) that only the preview shows; link to it once it is published"));
    }

    @Test
    void aDraftMayLinkToAnotherDraftAndItsBrokenLinksAreReportedInThePreview() throws Exception {
        Sites.write(site, "content/tin-tuc/nhap-hai.md", "---\ntitle: Nháp hai\ntype: news\ndate: 2020-03-03\nsummary: x\n"
            + "status: draft\n---\n\nXem [nháp một](/tin-tuc/ban-nhap/) và [trang hỏng](/khong-co/).\n");

        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).preview(site, temp.resolve("preview")))
            .isInstanceOf(ContentErrorsException.class)
            .satisfies(e -> assertThat(((ContentErrorsException) e).problems()).filteredOn(Problem::isError)
                .map(Problem::toString).containsExactly("content/tin-tuc/nhap-hai.md:9: link: \"/khong-co/\" on "
                    + "/tin-tuc/nhap-hai/ leads to no page or file (/khong-co/)"));
        // The build does not bake drafts, so their links are not its concern.
        new SiteBuilder(Sites.NOW).build(site, temp.resolve("built"));
    }

    private static String read(Path root, String file) throws IOException {
        return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
    }
}
