package vn.lmhtx.site.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.lmhtx.site.build.SiteBuilder;
import vn.lmhtx.site.files.Folders;
import vn.lmhtx.site.testing.Browser;
import vn.lmhtx.site.testing.SiteServer;
import vn.lmhtx.site.testing.Sites;
import vn.lmhtx.site.testing.TestPhotos;

/**
 * Photos take their place before they arrive (issue #14: CLS ≤ 0.05): while every JPEG request is held, the lead image
 * and the body's photos already have the height their width and ratio give, and once they load nothing on the page moves.
 * At 360 and 1280 px; a portrait stored sideways (EXIF orientation 6) keeps its shape under the 80vh cap. The article
 * passes the Nu Html Checker and axe-core, as the real site's pages do.
 */
class PhotoLayoutIT {

    private static final Path ROOT = Paths.get("target/photo-layout");
    private static final String ARTICLE = "/tin-tuc/hoi-nghi/";
    private static final String BOXES = """
        return [...document.querySelectorAll('.lead-image img, .body figure img, .site-footer')].map(e => {
          const r = e.getBoundingClientRect();
          return [e.tagName === 'IMG' ? e.getAttribute('alt') : 'footer', r.width, r.height, r.top + window.scrollY,
            +e.getAttribute('width') || 0, +e.getAttribute('height') || 0, e.complete && e.naturalWidth > 0, window.innerHeight];
        });""";

    private static SiteServer server;

    @BeforeAll
    static void bake() throws Exception {
        if (Files.exists(ROOT)) {
            Folders.delete(ROOT);
        }
        Path site = Sites.withProjectTheme(ROOT.resolve("site"));
        Path folder = Files.createDirectories(site.resolve("content/tin-tuc/hoi-nghi"));
        Files.write(folder.resolve("dai-dien.jpg"), TestPhotos.jpeg(1600, 1200));
        Files.write(folder.resolve("doc.jpg"), TestPhotos.jpegWithExif(1200, 900, 6));
        Files.write(folder.resolve("nho.jpg"), TestPhotos.jpeg(300, 200));
        Sites.write(site, "content/tin-tuc/hoi-nghi/index.md", """
            ---
            title: Hội nghị
            type: news
            date: 2024-05-01
            summary: Tin có ảnh.
            image: dai-dien.jpg
            image_alt: Quang cảnh hội nghị
            ---
            Đoạn mở đầu.

            ![Ảnh dọc](doc.jpg "Ảnh chụp dọc")

            ![Ảnh nhỏ](nho.jpg "Ảnh nhỏ hơn cột chữ")

            Đoạn cuối.
            """);
        new SiteBuilder(Sites.NOW).build(site, ROOT.resolve("public"));
        server = new SiteServer(ROOT.resolve("public"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void photosReserveTheirBoxBeforeTheyLoadAndNothingMovesWhenTheyArrive() {
        SoftAssertions soft = new SoftAssertions();
        for (int width : new int[] {360, 1280}) {
            ChromeDriver browser = Browser.open(width, 800, PageLoadStrategy.NONE);
            try {
                // Every photo request held (never answered): the page as a slow phone first lays it out.
                browser.executeCdpCommand("Fetch.enable", Map.of("patterns", List.of(Map.of("urlPattern", "*.jpg"))));
                open(browser, "interactive");
                List<List<Object>> before = boxes(browser);
                browser.executeCdpCommand("Fetch.disable", Map.of());
                browser.get("about:blank");
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "about:blank".equals(browser.executeScript("return location.href")));
                open(browser, "complete");
                browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    Promise.all([...document.images].map(i => { i.loading = 'eager'; return i.decode().catch(() => {}); })).then(() => done());""");
                List<List<Object>> after = boxes(browser);

                assertThat(before).hasSize(4);
                for (int i = 0; i < before.size(); i++) {
                    List<Object> box = before.get(i);
                    String what = width + " px, " + box.get(0);
                    if (i < 3) {
                        double w = number(box.get(1));
                        double h = number(box.get(2));
                        soft.assertThat(box.get(6)).as(what + ": still loading").isEqualTo(false);
                        soft.assertThat(h).as(what + ": height before the photo loads").isGreaterThan(50);
                        // Its own ratio, unless the 80vh cap letterboxes a tall portrait inside the box.
                        if (h < 0.8 * number(box.get(7)) - 1) {
                            soft.assertThat(h / w).as(what + ": ratio").isCloseTo(number(box.get(5)) / number(box.get(4)), within(0.02));
                        }
                        soft.assertThat(w).as(what + ": never wider than the photo").isLessThanOrEqualTo(number(box.get(4)));
                        soft.assertThat(after.get(i).get(6)).as(what + ": loaded").isEqualTo(true);
                    }
                    for (int field : new int[] {1, 2, 3}) {
                        soft.assertThat(number(after.get(i).get(field))).as(what + ": the same box once loaded (field " + field + ")")
                            .isCloseTo(number(box.get(field)), within(0.5));
                    }
                }
            } finally {
                browser.quit();
            }
        }
        soft.assertAll();
    }

    /** Opens the article (commands do not wait for pages here) and waits until it is in {@code state} or later. */
    @Test
    void thePhotoArticlePassesTheNuHtmlCheckerAndAxe() throws Exception {
        String vnu = BakedSite.TOOLS.resolve("vnu-jar/build/dist/vnu.jar").toString();
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Path page = ROOT.resolve("public").toRealPath().resolve(ARTICLE.substring(1) + "index.html");
        Process process = new ProcessBuilder(java, "-jar", vnu, "--errors-only", "--format", "gnu", page.toString())
            .redirectErrorStream(true).start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(report).as("Nu Html Checker errors").isEmpty();

        String axe = Files.readString(BakedSite.TOOLS.resolve("axe-core/axe.min.js"), StandardCharsets.UTF_8);
        for (int width : new int[] {360, 1280}) {
            ChromeDriver browser = Browser.open(width, 800);
            try {
                open(browser, "complete");
                browser.executeScript(axe);
                assertThat(browser.executeAsyncScript(AccessibilityIT.AXE_RUN)).as("axe violations at %d px", width).isEqualTo("");
            } finally {
                browser.quit();
            }
        }
    }

    private static void open(ChromeDriver browser, String state) {
        browser.get(server.url(ARTICLE));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(browser.executeScript(
            "return location.pathname === arguments[0] && (document.readyState === 'complete' || document.readyState === arguments[1])",
            ARTICLE, state)));
    }

    @SuppressWarnings("unchecked")
    private static List<List<Object>> boxes(ChromeDriver browser) {
        return (List<List<Object>>) browser.executeScript(BOXES);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
