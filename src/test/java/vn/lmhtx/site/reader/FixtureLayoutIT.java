package vn.lmhtx.site.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.lmhtx.site.build.SiteBuilder;
import vn.lmhtx.site.content.SiteUrls;
import vn.lmhtx.site.files.Folders;
import vn.lmhtx.site.testing.Browser;
import vn.lmhtx.site.testing.LayoutFixture;
import vn.lmhtx.site.testing.SiteServer;
import vn.lmhtx.site.testing.Sites;

/**
 * Layouts judged on a realistic site ({@link LayoutFixture}: 64 news items, long titles, tags, categories, tables)
 * rather than the real site's one article: lists with pagination, tag and category pages and an article with related
 * news, at 360 and 1280 px, with LayoutIT's measures (masthead height, no sideways scrolling, no placeholder, the width
 * used beside an article); screenshots in {@code target/screenshots/fixture-<page>-<width>.png}.
 */
class FixtureLayoutIT {

    private static final Path ROOT = Paths.get("target/layout-fixture");
    private static final Path SCREENSHOTS = Paths.get("target/screenshots");
    private static final Map<String, String> PAGES = new LinkedHashMap<>();

    static {
        PAGES.put("news-list", SiteUrls.NEWS);
        PAGES.put("news-list-2", SiteUrls.newsPage(2));
        PAGES.put("news-year", SiteUrls.newsYear(2017));
        PAGES.put("tag", SiteUrls.tag("hop-tac-xa"));
        PAGES.put("category", SiteUrls.category("tin-trong-tinh"));
        PAGES.put("article", "/tin-tuc/bai-thu-8/");
    }

    private static SiteServer server;

    @BeforeAll
    static void bake() throws Exception {
        if (Files.exists(ROOT)) {
            Folders.delete(ROOT);
        }
        Path site = LayoutFixture.write(ROOT.resolve("site"));
        Path output = ROOT.resolve("public");
        new SiteBuilder(Sites.NOW).build(site, output);
        server = new SiteServer(output);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void listsTagsAndArticlesOfABusySiteFitPhonesAndDesktops() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        for (int width : new int[] {360, 1280}) {
            ChromeDriver browser = Browser.open(width, 800);
            try {
                browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
                for (Map.Entry<String, String> page : PAGES.entrySet()) {
                    LayoutIT.load(server, browser, page.getValue(), 0);
                    Files.write(SCREENSHOTS.resolve("fixture-" + page.getKey() + "-" + width + ".png"),
                        browser.getScreenshotAs(OutputType.BYTES));
                    String url = page.getValue();
                    soft.assertThat(LayoutIT.number(browser, LayoutIT.SIDEWAYS)).as("sideways scroll of %s at %d", url, width)
                        .isLessThanOrEqualTo(0);
                    soft.assertThat(browser.findElement(By.tagName("body")).getText()).as("text of %s", url)
                        .doesNotContain(LayoutIT.PLACEHOLDERS);
                    if (width == 360) {
                        soft.assertThat(LayoutIT.number(browser, LayoutIT.HEADER_HEIGHT)).as("masthead of %s", url)
                            .isLessThanOrEqualTo(96);
                    }
                }
                LayoutIT.load(server, browser, PAGES.get("article"), 0);
                soft.assertThat(browser.findElements(By.cssSelector("#bai-lien-quan ~ ul a"))).as("related news").isNotEmpty();
                if (width == 1280) {
                    soft.assertThat(LayoutIT.number(browser, LayoutIT.EMPTY_BESIDE_THE_TEXT)).as("empty beside the article")
                        .isLessThanOrEqualTo(1280 / 3.0);
                }
            } finally {
                browser.quit();
            }
        }
        soft.assertAll();
        assertThat(ROOT.resolve("public" + SiteUrls.newsPage(2) + "index.html")).as("a second list page").isNotEmptyFile();
    }

    @Test
    void thePagerLinksTheFirstAndLastPagesAndTheNeighboursOfTheCurrentOneWithAGapForTheRest() {
        int pages = (LayoutFixture.NEWS + 9) / 10;
        ChromeDriver browser = Browser.open(360, 800);
        try {
            LayoutIT.load(server, browser, SiteUrls.newsPage(2), 0);
            List<WebElement> entries = browser.findElements(By.cssSelector(".pager li"));
            assertThat(entries.stream().map(WebElement::getText).toList())
                .containsExactly("Trang trước", "1", "2", "3", "4", "…", Integer.toString(pages), "Trang sau");
            for (WebElement link : browser.findElements(By.cssSelector(".pager a"))) {
                assertThat(link.getRect().getHeight()).as("height of %s", link.getText()).isGreaterThanOrEqualTo(44);
            }
            assertThat(LayoutIT.number(browser, LayoutIT.SIDEWAYS)).isLessThanOrEqualTo(0);
            browser.findElement(By.linkText(Integer.toString(pages))).click();
            assertThat(browser.getCurrentUrl()).endsWith(SiteUrls.newsPage(pages));
            assertThat(browser.findElements(By.cssSelector(".pager li")).stream().map(WebElement::getText).toList())
                .containsExactly("Trang trước", "1", "…", Integer.toString(pages - 2), Integer.toString(pages - 1),
                    Integer.toString(pages));
            assertThat(browser.findElement(By.cssSelector(".pager [aria-current=page]")).getText())
                .isEqualTo(Integer.toString(pages));
        } finally {
            browser.quit();
        }
    }
}
