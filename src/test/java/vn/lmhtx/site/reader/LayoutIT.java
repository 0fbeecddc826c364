package vn.lmhtx.site.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.lmhtx.site.content.PageKind;
import vn.lmhtx.site.content.SiteUrls;
import vn.lmhtx.site.testing.Browser;
import vn.lmhtx.site.testing.SiteServer;

/**
 * Measures every kind of page as a reader sees it, at phone and desktop widths and at the default and largest font
 * step: the masthead's height and rows, horizontal scrolling, placeholder text, tap targets and the focus ring.
 * Saves a screenshot of every kind of page at 360x800 and 1280x800 in {@code target/screenshots/}.
 */
class LayoutIT {

    /** One page of each kind the real site has, named by its kind (the file name of its screenshots). */
    private static final Map<String, String> PAGES = pages();
    private static final Path SCREENSHOTS = Paths.get("target/screenshots");
    private static final int LARGEST_STEP = 3;
    private static final String STEP_KEY = "lmhtx-co-chu";
    /** The masthead's height in CSS pixels. */
    static final String HEADER_HEIGHT = "return document.querySelector('.site-header').getBoundingClientRect().height";
    /** How far the page scrolls sideways: more than 0 is a fault. */
    static final String SIDEWAYS = "return document.documentElement.scrollWidth - window.innerWidth";
    /** Text that only a placeholder would show. */
    static final String[] PLACEHOLDERS = {"Chưa cập nhật", "PLACEHOLDER", "[", "]"};

    private static SiteServer server;

    @BeforeAll
    static void serve() throws IOException {
        server = new SiteServer(BakedSite.PUBLIC);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put(PageKind.MASTERINDEX.key(), SiteUrls.HOME);
        pages.put(PageKind.ABOUT.key(), SiteUrls.ABOUT);
        pages.put(PageKind.HISTORY.key(), BakedSite.HISTORY);
        pages.put(PageKind.CONGRESSLIST.key(), SiteUrls.CONGRESSES);
        pages.put(PageKind.CONGRESS.key(), BakedSite.CONGRESS_III);
        pages.put(PageKind.ACHIEVEMENTLIST.key(), SiteUrls.ACHIEVEMENTS);
        pages.put(PageKind.ACHIEVEMENT.key(), BakedSite.CREDIT);
        pages.put(PageKind.NEWSLIST.key(), SiteUrls.NEWS);
        pages.put(PageKind.NEWSYEAR.key(), SiteUrls.newsYear(2018));
        pages.put(PageKind.NEWS.key(), BakedSite.ARTICLE);
        pages.put(PageKind.TAGS.key(), SiteUrls.TAGS);
        pages.put(PageKind.TAG.key(), SiteUrls.tag("dai-hoi"));
        pages.put(PageKind.CATEGORIES.key(), SiteUrls.CATEGORIES);
        pages.put(PageKind.CATEGORY.key(), SiteUrls.category("hoat-dong-hop-tac-xa"));
        pages.put(PageKind.DOCUMENTLIST.key(), BakedSite.DOCUMENTS);
        pages.put(PageKind.DOCUMENT.key(), BakedSite.DOCUMENT_1385);
        pages.put(PageKind.DOCUMENTISSUER.key(), BakedSite.DOCUMENTS_OF_THE_PROVINCE);
        pages.put(PageKind.SEARCH.key(), SiteUrls.SEARCH + "?q=hop+tac+xa");
        pages.put(PageKind.ERROR404.key(), BakedSite.MISSING);
        return pages;
    }

    @Test
    void everyKindOfPageAtBothWidthsIsScreenshotted() throws IOException {
        for (int width : new int[] {360, 1280}) {
            ChromeDriver browser = Browser.open(width, 800);
            try {
                // The window includes the browser's frame; the screenshot shows exactly width x 800 of the page.
                browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
                for (Map.Entry<String, String> page : PAGES.entrySet()) {
                    load(browser, page.getValue(), 0);
                    Files.write(SCREENSHOTS.resolve(page.getKey() + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
                }
                if (width == 360) {
                    load(browser, BakedSite.ARTICLE, 0);
                    browser.findElement(By.cssSelector(".menu-drop summary")).click();
                    Files.write(SCREENSHOTS.resolve("menu-open-360.png"), browser.getScreenshotAs(OutputType.BYTES));
                }
            } finally {
                browser.quit();
            }
        }
        assertThat(SCREENSHOTS.resolve(PageKind.NEWS.key() + "-360.png")).isNotEmptyFile();
    }

    @Test
    void onPhonesTheMastheadIsOneCompactBarAtEveryFontStep() {
        measure(360, (browser, soft, page, step) -> {
            double height = number(browser, HEADER_HEIGHT);
            soft.assertThat(height).as("masthead height of %s at font step %d", page, step).isLessThanOrEqualTo(step == 0 ? 96 : 160);
            soft.assertThat(visible(browser, ".main-nav")).as("menu closed on %s", page).isFalse();
        });
    }

    @Test
    void onDesktopsTheMastheadAndMenuTakeTwoRowsWithoutAnOrphan() {
        measure(1280, (browser, soft, page, step) -> {
            List<?> navTops = (List<?>) browser.executeScript("return [...document.querySelectorAll('.main-nav li')]"
                + ".map(li => Math.round(li.getBoundingClientRect().top))");
            soft.assertThat(navTops.stream().distinct().count()).as("menu rows on %s at font step %d", page, step).isEqualTo(1);
            double brand = number(browser, "return document.querySelector('.brand').getBoundingClientRect().bottom");
            double nav = number(browser, "return document.querySelector('.main-nav').getBoundingClientRect().top");
            soft.assertThat(nav).as("menu below the wordmark row on %s", page).isGreaterThanOrEqualTo(brand - 1);
            soft.assertThat(visible(browser, "#tim-nhanh")).as("search box shown on %s", page).isTrue();
            soft.assertThat(visible(browser, ".main-nav")).as("menu shown on %s", page).isTrue();
        });
    }

    @Test
    void noPageScrollsSidewaysFrom320To1440PixelsAtAnyFontStep() {
        for (int width : new int[] {320, 768, 1024, 1440}) {
            measure(width, (browser, soft, page, step) -> soft.assertThat(number(browser, SIDEWAYS))
                .as("sideways scroll of %s at %d px, font step %d", page, width, step).isLessThanOrEqualTo(0));
        }
        measure(360, (browser, soft, page, step) -> soft.assertThat(number(browser, SIDEWAYS))
            .as("sideways scroll of %s at 360 px, font step %d", page, step).isLessThanOrEqualTo(0));
    }

    /**
     * On a desktop an article's aside (reading paths, related news) stands beside the text, so at most a third of a
     * 1280 px window is empty beside the content; on a phone the aside follows the text.
     */
    @Test
    void onDesktopsTheArticleUsesTheWidthAndOnPhonesItsAsideFollowsTheText() {
        List<String> pages = List.of(BakedSite.ARTICLE, BakedSite.HISTORY, BakedSite.CONGRESS_III, BakedSite.CREDIT);
        SoftAssertions soft = new SoftAssertions();
        for (int width : new int[] {360, 1280}) {
            ChromeDriver browser = Browser.open(width, 800);
            try {
                browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
                for (String page : pages) {
                    load(browser, page, 0);
                    if (width == 1280) {
                        soft.assertThat(number(browser, EMPTY_BESIDE_THE_TEXT)).as("empty width beside the text of %s", page)
                            .isLessThanOrEqualTo(1280 / 3.0);
                    } else {
                        soft.assertThat(number(browser, "return document.querySelector('.page-aside').getBoundingClientRect().top"
                            + " - document.querySelector('main .article').getBoundingClientRect().bottom"))
                            .as("aside of %s under its text", page).isGreaterThanOrEqualTo(0);
                    }
                }
            } finally {
                browser.quit();
            }
        }
        soft.assertAll();
    }

    /**
     * The window's width minus what the article and its aside cover on the line 100 px below the article's top: the
     * empty width beside the text (an aside under the text covers nothing there).
     */
    static final String EMPTY_BESIDE_THE_TEXT = """
        const article = document.querySelector('main .article').getBoundingClientRect();
        const y = article.top + 100;
        const covered = [...document.querySelectorAll('main .article, main .page-aside')].map(e => e.getBoundingClientRect())
          .filter(r => r.top <= y && r.bottom >= y).reduce((sum, r) => sum + r.width, 0);
        return window.innerWidth - covered;
        """;

    @Test
    void noPageShowsPlaceholderText() {
        measure(360, (browser, soft, page, step) -> soft.assertThat(browser.findElement(By.tagName("body")).getText())
            .as("text of %s", page).doesNotContain(PLACEHOLDERS));
    }

    @Test
    void theMenuOpensByKeyboardAsAPanelAndItsLinksAreTallEnoughToTap() {
        ChromeDriver browser = Browser.open(360, 800);
        try {
            load(browser, BakedSite.ARTICLE, 0);
            WebElement menu = browser.findElement(By.cssSelector(".menu-drop summary"));
            menu.sendKeys(Keys.ENTER);
            WebElement news = browser.findElement(By.linkText("Tin tức"));
            assertThat(news.isDisplayed()).isTrue();
            assertThat(browser.findElement(By.cssSelector(".menu-drop")).getTagName()).as("works without JavaScript").isEqualTo("details");
            SoftAssertions soft = new SoftAssertions();
            for (String selector : List.of(".main-nav a", ".breadcrumbs a", ".tags a", ".drop summary", ".font-size button")) {
                for (WebElement target : browser.findElements(By.cssSelector(selector))) {
                    soft.assertThat(target.getSize().getHeight()).as("height of %s \"%s\"", selector, target.getText()).isGreaterThanOrEqualTo(44);
                }
            }
            soft.assertAll();
        } finally {
            browser.quit();
        }
    }

    @Test
    void theFocusRingContrastsAtLeastThreeToOneWithWhatSurroundsIt() {
        ChromeDriver browser = Browser.open(1280, 800);
        try {
            load(browser, BakedSite.ARTICLE, 0);
            new Actions(browser).sendKeys(Keys.TAB).perform(); // the skip link, on white
            assertThat(ringContrast(browser, "body")).isGreaterThanOrEqualTo(3);
            new Actions(browser).sendKeys(Keys.TAB).perform(); // the wordmark, in the blue masthead
            assertThat(ringContrast(browser, ".site-header")).isGreaterThanOrEqualTo(3);
            for (int i = 0; i < 30 && browser.executeScript("return document.activeElement.closest('main')") == null; i++) {
                new Actions(browser).sendKeys(Keys.TAB).perform();
            }
            assertThat(browser.switchTo().activeElement().getTagName()).as("a link in the text").isEqualTo("a");
            assertThat(ringContrast(browser, "body")).isGreaterThanOrEqualTo(3);
        } finally {
            browser.quit();
        }
    }

    /** What one measurement checks on one page at one font step. */
    private interface Check {
        void on(ChromeDriver browser, SoftAssertions soft, String page, int step);
    }

    /** Runs a check on every kind of page at {@code width}, at the default and the largest font step. */
    private static void measure(int width, Check check) {
        ChromeDriver browser = Browser.open(width, 800);
        SoftAssertions soft = new SoftAssertions();
        try {
            browser.manage().window().setSize(new Dimension(width, 800));
            for (int step : new int[] {0, LARGEST_STEP}) {
                for (String url : PAGES.values()) {
                    load(browser, url, step);
                    check.on(browser, soft, url, step);
                }
            }
        } finally {
            browser.quit();
        }
        soft.assertAll();
    }

    /** Opens a page of the real site at a font step and waits until it has loaded. */
    private static void load(ChromeDriver browser, String url, int step) {
        load(server, browser, url, step);
    }

    /** Opens a page of {@code site} at a font step (as the font-size buttons store it) and waits until it has loaded. */
    static void load(SiteServer site, ChromeDriver browser, String url, int step) {
        browser.get(site.url(url));
        if (!String.valueOf(step).equals(browser.executeScript("return localStorage.getItem(arguments[0]) || '0'", STEP_KEY))) {
            // The step is read before the page paints, so it takes effect from the next load on.
            browser.executeScript("localStorage.setItem(arguments[0], arguments[1])", STEP_KEY, String.valueOf(step));
            browser.navigate().refresh();
        }
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "complete".equals(browser.executeScript("return document.readyState")));
        if (url.startsWith(SiteUrls.SEARCH)) {
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
                String status = d.findElement(By.id("trang-thai-tim")).getText();
                return !status.isEmpty() && !status.startsWith("Đang");
            });
        }
    }

    /** Whether the element is rendered (Selenium's isDisplayed treats anything in a closed details as hidden). */
    private static boolean visible(ChromeDriver browser, String selector) {
        return (Boolean) browser.executeScript("return document.querySelector(arguments[0]).checkVisibility()", selector);
    }

    static double number(ChromeDriver browser, String script, Object... arguments) {
        return ((Number) browser.executeScript(script, arguments)).doubleValue();
    }

    /** The contrast ratio of the focused element's outline against the background of {@code around}. */
    private static double ringContrast(ChromeDriver browser, String around) {
        return number(browser, """
            const rgb = c => c.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number);
            const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
              .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
            const ring = lum(rgb(getComputedStyle(document.activeElement).outlineColor));
            let bg = getComputedStyle(document.querySelector(arguments[0])).backgroundColor;
            if (bg === 'rgba(0, 0, 0, 0)') bg = 'rgb(255, 255, 255)';
            const back = lum(rgb(bg));
            return (Math.max(ring, back) + 0.05) / (Math.min(ring, back) + 0.05);
            """, around);
    }
}
