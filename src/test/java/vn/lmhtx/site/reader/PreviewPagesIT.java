package vn.lmhtx.site.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.lmhtx.site.build.SiteBuilder;
import vn.lmhtx.site.content.ContentType;
import vn.lmhtx.site.scaffold.Scaffolder;
import vn.lmhtx.site.testing.Browser;
import vn.lmhtx.site.testing.SiteServer;
import vn.lmhtx.site.testing.Sites;

/**
 * The preview's own pages, on the real site with the project's templates: a draft made by {@code new} and a scheduled
 * article, each with its banner, pass axe-core (phone and desktop) and the Nu Html Checker; screenshots of both go to
 * {@code target/screenshots/preview-*.png}.
 */
class PreviewPagesIT {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-30T03:00:00Z"), ZoneOffset.UTC);
    private static final String DRAFT = "/tin-tuc/hoi-nghi-tong-ket-nam-2026/";
    private static final String SCHEDULED = "/tin-tuc/tin-hen-gio/";

    @TempDir
    static Path temp;

    private static Path preview;
    private static SiteServer server;

    @BeforeAll
    static void bakePreview() throws Exception {
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        Sites.copyOf(Paths.get("content").toAbsolutePath(), site.resolve("content"));
        new Scaffolder(NOW).create(site, ContentType.NEWS, "Hội nghị tổng kết năm 2026");
        Sites.write(site, "content/tin-tuc/tin-hen-gio.md", "---\ntitle: Tin hẹn giờ\ntype: news\n"
            + "date: 2099-01-01T08:00:00+07:00\nsummary: Một tin hẹn giờ để xem trước.\n---\n\nNội dung tin hẹn giờ.\n");
        preview = temp.resolve("preview");
        new SiteBuilder(NOW).preview(site, preview);
        server = new SiteServer(preview);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @CsvSource({DRAFT + ",360", DRAFT + ",1280", SCHEDULED + ",360", SCHEDULED + ",1280"})
    void bannersHaveNoAccessibilityViolations(String path, int width) throws IOException {
        String axe = Files.readString(BakedSite.TOOLS.resolve("axe-core/axe.min.js"), StandardCharsets.UTF_8);
        ChromeDriver browser = Browser.open(width, 800);
        try {
            browser.get(server.url(path));
            assertThat(browser.findElement(org.openqa.selenium.By.className("preview-banner")).getText())
                .startsWith(path.equals(DRAFT) ? "Bản nháp" : "Hẹn giờ đăng: 01/01/2099 08:00");
            Path shot = Paths.get("target/screenshots/preview-" + (path.equals(DRAFT) ? "draft" : "scheduled") + "-" + width + ".png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
            browser.executeScript(axe);
            assertThat(browser.executeAsyncScript(AccessibilityIT.AXE_RUN)).as("axe violations on %s", path).isEqualTo("");
        } finally {
            browser.quit();
        }
    }

    @Test
    void bannersAreValidHtml() throws Exception {
        String vnu = BakedSite.TOOLS.resolve("vnu-jar/build/dist/vnu.jar").toString();
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Path tree = preview.toRealPath();
        Process process = new ProcessBuilder(java, "-jar", vnu, "--errors-only", "--format", "gnu",
            tree.resolve(DRAFT.substring(1) + "index.html").toString(), tree.resolve(SCHEDULED.substring(1) + "index.html").toString())
            .redirectErrorStream(true).start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(report).as("Nu Html Checker errors").isEmpty();
        assertThat(process.exitValue()).isZero();
    }
}
