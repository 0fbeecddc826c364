package vn.lmhtx.site.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader typing letter by letter sees results for every prefix, and each result's passage around the query words. */
class SearchTypingIT extends BrowserTest {

    private static final Pattern COUNT = Pattern.compile("(\\d+) kết quả");

    @BeforeEach
    void openSearch() {
        browser.get(server.url("/tim-kiem/"));
    }

    @Test
    void typingLetterByLetterNeverShowsAnEmptyList() {
        for (String query : List.of("khen thưởng", "hop tac xa", "Đại hội", "kinh te tap the")) {
            WebElement input = browser.findElement(By.id("q"));
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            List<Integer> counts = new ArrayList<>();
            for (int end = 1; end <= query.length(); end++) {
                input.sendKeys(query.substring(end - 1, end));
                if (query.charAt(end - 1) != ' ') {
                    counts.add(count(query.substring(0, end)));
                }
            }
            System.out.println("search while typing \"" + query + "\", results after each letter: " + counts);
            assertThat(counts).as("results while typing %s", query).doesNotContain(0);
        }
    }

    @Test
    void theFirstLetterAlreadyFindsWordsThatStartWithIt() {
        assertThat(type("k")).isPositive();
        assertThat(browser.findElements(By.cssSelector("#ket-qua mark")).stream().map(WebElement::getText).toList())
            .allSatisfy(word -> assertThat(word.toLowerCase(java.util.Locale.ROOT)).startsWith("k"));
    }

    @Test
    void aResultShowsThePassageAroundTheQueryWordsWithThemHighlighted() {
        type("97 tỷ");
        WebElement article = resultFor(BakedSite.ARTICLE);
        browser.executeScript("arguments[0].scrollIntoView()", article);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> article.findElement(By.className("excerpt")).getText().startsWith("…"));

        WebElement excerpt = article.findElement(By.className("excerpt"));
        assertThat(excerpt.getText()).contains("97 tỷ");
        assertThat(excerpt.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList()).contains("97", "tỷ");
    }

    @Test
    void highlightsIgnoreMarksSoAnUnaccentedQueryHighlightsTheAccentedWords() {
        type("hop tac xa");
        WebElement first = browser.findElements(By.cssSelector("#ket-qua .search-result")).get(0);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !first.findElements(By.cssSelector(".excerpt mark")).isEmpty());

        assertThat(first.findElements(By.cssSelector(".excerpt mark")).stream().map(mark -> mark.getText().toLowerCase(java.util.Locale.ROOT)).toList())
            .containsAnyOf("hợp", "tác", "xã");
        long results = browser.findElements(By.cssSelector("#ket-qua .search-result")).size();
        Object pagesRead = browser.executeScript("return performance.getEntriesByType('resource')"
            + ".filter(r => r.initiatorType === 'fetch' && !r.name.includes('/search/')).length");
        assertThat(((Number) pagesRead).longValue()).as("pages read for %d results, of which a few are on screen", results)
            .isPositive().isLessThan(results);
    }

    private int type(String query) {
        browser.findElement(By.id("q")).sendKeys(query);
        return count(query);
    }

    /** The number of results the status line gives once it speaks of {@code query} (0 when it finds none). */
    private int count(String query) {
        String wanted = "«" + query.strip() + "»";
        String status = new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            String text = d.findElement(By.id("trang-thai-tim")).getText();
            return text.contains(wanted) ? text : null;
        });
        if (status.startsWith("Không tìm thấy")) {
            return 0;
        }
        Matcher count = COUNT.matcher(status);
        return count.find() ? Integer.parseInt(count.group(1)) : browser.findElements(By.cssSelector("#ket-qua .search-result")).size();
    }

    private WebElement resultFor(String url) {
        return browser.findElements(By.cssSelector("#ket-qua .search-result")).stream()
            .filter(item -> item.findElement(By.cssSelector("h2 a")).getAttribute("href").equals(server.url(url)))
            .findFirst().orElseThrow(() -> new AssertionError("no result for " + url));
    }
}
