package vn.lmhtx.site.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.render.ShareCard;
import vn.lmhtx.site.testing.Sites;

/**
 * The real site, built under a sub-path: every reader's page names a share image that the build published (a
 * 1200×630 PNG at the absolute URL of the page's host and base path) with its size and alt text, the large-image
 * Twitter card, and the same image in its JSON-LD; articles carry their publication time; a scheduled article's card
 * is not published before it.
 */
class ShareImagesBuildTest {

    private static final String ROOT = "https://lmhtx-kiengiang.example/lmhtx-site";
    private static final String SCHEDULED = "Tin sắp đăng về hợp tác xã ZQCARD";

    @TempDir
    static Path temp;
    private static Path output;
    private static Map<String, String> firstBuild;

    @BeforeAll
    static void buildTheRealSiteUnderASubPath() throws Exception {
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        Sites.copyOf(Paths.get("content").toAbsolutePath(), site.resolve("content"));
        Path settings = site.resolve("jbake.properties");
        Files.writeString(settings, Files.readString(settings, StandardCharsets.UTF_8)
            .replace("site.basePath=/\n", "site.basePath=/lmhtx-site/\n"), StandardCharsets.UTF_8);
        Sites.write(site, "content/tin-tuc/tin-sap-dang.md", "---\ntitle: " + SCHEDULED
            + "\ntype: news\ndate: 2031-01-01\nsummary: Tin hẹn giờ.\n---\n\nNội dung.\n");
        output = temp.resolve("public");
        new SiteBuilder(Sites.NOW).build(site, output);
        firstBuild = Sites.fingerprint(output);
        // Rebuilt into the same output, the cards come from the previous build: the same files, byte for byte.
        new SiteBuilder(Sites.NOW).build(site, output);
    }

    @Test
    void everyReadersPageNamesAPublished1200By630CardWithItsSizeAndAlt() throws Exception {
        List<Path> pages = htmlPages();
        assertThat(pages).hasSizeGreaterThan(25);
        for (Path file : pages) {
            Document page = parse(file);
            String image = meta(page, "og:image");
            assertThat(image).as("og:image of %s", file).startsWith(ROOT + "/assets/og/").endsWith(".png");
            BufferedImage card = ImageIO.read(output.resolve(image.substring(ROOT.length() + 1)).toFile());
            assertThat(List.of(card.getWidth(), card.getHeight())).as("card of %s", file).containsExactly(1200, 630);
            assertThat(meta(page, "og:image:width")).isEqualTo("1200");
            assertThat(meta(page, "og:image:height")).isEqualTo("630");
            // The card shows the page's title and the site's name, as the title the page is shared with.
            assertThat(meta(page, "og:image:alt")).as("alt of %s", file).isEqualTo(meta(page, "og:title"));
            assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        }
    }

    @Test
    void theJsonLdOfEveryPageThatHasItNamesTheSameImageAndThePublisherItsLogo() throws Exception {
        int blocks = 0;
        for (Path file : htmlPages()) {
            Document page = parse(file);
            for (Element script : page.select("script[type=application/ld+json]")) {
                blocks++;
                String json = script.data();
                assertThat(json).as("JSON-LD of %s", file).contains("\"image\":{\"@type\":\"ImageObject\",\"url\":\""
                    + meta(page, "og:image") + "\",\"width\":1200,\"height\":630}");
                if (json.contains("\"publisher\"") || json.contains("\"organizer\"")) {
                    assertThat(json).contains("\"logo\":{\"@type\":\"ImageObject\",\"url\":\"" + ROOT + "/assets/images/icon.svg\"}");
                }
            }
        }
        assertThat(blocks).as("home, article, five congresses, three documents").isGreaterThanOrEqualTo(10);
    }

    @Test
    void anArticleCarriesItsPublicationTimeAndItsTitleOnItsCard() throws Exception {
        Document article = parse(output.resolve("tin-tuc/qua-trinh-hinh-thanh-va-phat-trien-lien-minh-htx-tinh-kien-giang/index.html"));

        assertThat(meta(article, "article:published_time")).isEqualTo("2018-02-21T14:45+07:00");
        assertThat(article.select("script[type=application/ld+json]").first().data()).contains("\"datePublished\":\"2018-02-21T14:45+07:00\"");
        assertThat(meta(article, "og:image")).isEqualTo(ROOT + new ShareCard("Quá trình hình thành và phát triển Liên minh HTX tỉnh Kiên Giang",
            "Liên minh Hợp tác xã tỉnh Kiên Giang").url());
        assertThat(meta(article, "og:image:alt"))
            .isEqualTo("Quá trình hình thành và phát triển Liên minh HTX tỉnh Kiên Giang – Liên minh Hợp tác xã tỉnh Kiên Giang");
        assertThat(parse(output.resolve("gioi-thieu/lich-su/index.html")).select("meta[property=article:published_time]")).isEmpty();
    }

    @Test
    void aScheduledArticlesCardIsNotPublishedAndARebuildGivesTheSameFiles() throws Exception {
        String scheduledCard = new ShareCard(SCHEDULED, "Liên minh Hợp tác xã tỉnh Kiên Giang").url();

        assertThat(output.resolve(scheduledCard.substring(1))).doesNotExist();
        assertThat(Sites.fingerprint(output)).isEqualTo(firstBuild);
    }

    private static List<Path> htmlPages() throws Exception {
        return Sites.files(output).stream().filter(p -> p.toString().endsWith(".html"))
            .map(output::resolve)
            // Redirect pages at old addresses send the reader on; they are no page to share.
            .filter(p -> !read(p).contains("http-equiv=\"refresh\""))
            .toList();
    }

    private static Document parse(Path file) {
        return Jsoup.parse(read(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String meta(Document page, String property) {
        return page.select("meta[property=" + property + "]").attr("content");
    }
}
