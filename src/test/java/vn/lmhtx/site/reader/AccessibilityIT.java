package vn.lmhtx.site.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.lmhtx.site.testing.Browser;
import vn.lmhtx.site.testing.SiteServer;

/** axe-core finds no WCAG 2.2 A/AA (or best-practice) violation on the pages readers use most, on a phone and a desktop. */
class AccessibilityIT {

    static final String AXE_RUN = """
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})
          .then(result => done(result.violations.map(v => v.id + ' (' + v.impact + '): '
            + v.nodes.map(n => n.target.join(' ')).join(', ')).join('\\n')))
          .catch(error => done('axe failed: ' + error));
        """;

    private static SiteServer server;
    private static String axe;

    @BeforeAll
    static void serve() throws IOException {
        server = new SiteServer(BakedSite.PUBLIC);
        axe = Files.readString(BakedSite.TOOLS.resolve("axe-core/axe.min.js"), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0} at {1}px")
    @CsvSource({
        BakedSite.HOME + ",360", BakedSite.HISTORY + ",360", BakedSite.CONGRESS_III + ",360", BakedSite.ACHIEVEMENTS + ",360",
        BakedSite.CREDIT + ",360", BakedSite.NEWS + ",360", BakedSite.ARTICLE + ",360", BakedSite.MISSING + ",360",
        BakedSite.HOME + ",1280", BakedSite.ARTICLE + ",1280", BakedSite.HISTORY + ",1280",
        BakedSite.DOCUMENTS + ",360", BakedSite.DOCUMENT_1385 + ",360", BakedSite.DOCUMENTS_OF_THE_PROVINCE + ",360",
        BakedSite.DOCUMENTS + ",1280", BakedSite.DOCUMENT_1385 + ",1280",
        "/tim-kiem/?q=hop+tac+xa,360", "/tim-kiem/?q=xyzzy+qwfp,360"})
    void hasNoViolations(String path, int width) {
        ChromeDriver browser = Browser.open(width, 900);
        try {
            browser.get(server.url(path));
            if (path.startsWith("/tim-kiem/")) {
                new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10)).until(d ->
                    !d.findElement(org.openqa.selenium.By.id("trang-thai-tim")).getText().isEmpty()
                        && !d.findElement(org.openqa.selenium.By.id("trang-thai-tim")).getText().startsWith("Đang"));
            }
            browser.executeScript(axe);
            Object violations = browser.executeAsyncScript(AXE_RUN);
            assertThat(violations).as("axe violations on %s", path).isEqualTo("");
        } finally {
            browser.quit();
        }
    }
}
