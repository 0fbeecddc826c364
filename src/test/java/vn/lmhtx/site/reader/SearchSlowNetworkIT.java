package vn.lmhtx.site.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page on an emulated slow 4G phone connection (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, through
 * Chromium's DevTools protocol), cold cache: prints the time from the page's first byte to the results of a shared
 * {@code ?q=} link (target 1.5 s) and, once loaded, each keystroke's time to its results (target 100 ms), from the
 * page's own Performance marks. Figures are printed, not asserted (the machine is shared); results must appear.
 * The test server does not compress, so text files cost more here than behind a host that does.
 */
class SearchSlowNetworkIT extends BrowserTest {

    private static final String RESULTS = "performance.getEntriesByName('search-results')";

    @Test
    void aSharedLinkAndEachKeystrokeOnSlow4g() {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 150,
            "downloadThroughput", 1_600_000 / 8, "uploadThroughput", 750_000 / 8));

        browser.get(server.url("/tim-kiem/?q=hop+tac+xa"));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> count() > 0);
        double sharedLink = number("return " + RESULTS + "[0].startTime - performance.getEntriesByType('navigation')[0].responseStart");
        assertThat(browser.findElements(By.cssSelector("#ket-qua h2 a"))).isNotEmpty();

        WebElement input = browser.findElement(By.id("q"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("#ket-qua h2 a")).isEmpty());
        List<Long> keystrokes = new ArrayList<>();
        String query = "khen thưởng";
        for (int i = 0; i < query.length(); i++) {
            long before = count();
            input.sendKeys(query.substring(i, i + 1));
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> count() > before);
            keystrokes.add(Math.round(number("const input = performance.getEntriesByName('search-input').at(-1);"
                + "return " + RESULTS + ".at(-1).startTime - input.startTime")));
        }
        assertThat(browser.findElements(By.cssSelector("#ket-qua h2 a"))).isNotEmpty();
        keystrokes.sort(null);
        System.out.printf(Locale.ROOT, "search on slow 4G (150 ms RTT, 1.6 Mbit/s, cold cache): shared ?q= link, first byte to "
            + "results %.0f ms (target 1500); typing \"%s\", keystroke to results: median %d ms, max %d ms (target 100), all %s%n",
            sharedLink, query, keystrokes.get(keystrokes.size() / 2), keystrokes.get(keystrokes.size() - 1), keystrokes);
    }

    private long count() {
        return ((Number) browser.executeScript("return " + RESULTS + ".length")).longValue();
    }

    private double number(String script) {
        return ((Number) browser.executeScript(script)).doubleValue();
    }
}
