package vn.lmhtx.site.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader searching on a phone: with or without diacritics, abbreviations, the URL and the back button. */
class SearchPageIT extends BrowserTest {

    @BeforeEach
    void openSearch() {
        browser.get(server.url("/tim-kiem/"));
    }

    @Test
    void typingWithoutDiacriticsFindsTheArticleAndAchievements() {
        type("hop tac xa");

        List<String> urls = resultUrls();
        assertThat(urls).contains(server.url(BakedSite.ARTICLE), server.url(BakedSite.CREDIT));
        assertThat(browser.findElements(By.cssSelector("#ket-qua mark"))).isNotEmpty();
        assertThat(browser.getCurrentUrl()).contains("q=hop+tac+xa");
    }

    @Test
    void aCongressIsFoundByItsRomanNumeral() {
        type("Đại hội lần thứ III");

        assertThat(resultUrls().get(0)).isEqualTo(server.url(BakedSite.CONGRESS_III));
    }

    @Test
    void theAbbreviationFindsWhatIsWrittenInFull() {
        type("HTX");

        assertThat(resultUrls()).contains(server.url(BakedSite.ARTICLE), server.url("/dai-hoi/dai-hoi-lan-thu-i/"));
        assertThat(browser.findElement(By.id("trang-thai-tim")).getText()).contains("kết quả cho «HTX»");
    }

    @Test
    void aSharedLinkSearchesAndTheBackButtonRestoresTheEarlierQuery() {
        browser.get(server.url("/tim-kiem/?q=thi+%C4%91ua"));
        assertThat(resultUrls()).contains(server.url("/thanh-tuu/thi-dua-khen-thuong/"));

        WebElement input = browser.findElement(By.id("q"));
        input.clear();
        input.sendKeys("tín dụng", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("q=t%C3%ADn+d%E1%BB%A5ng"));
        browser.navigate().back();

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "thi đua".equals(d.findElement(By.id("q")).getAttribute("value")));
        assertThat(resultUrls()).contains(server.url("/thanh-tuu/thi-dua-khen-thuong/"));
    }

    @Test
    void aQueryWithNoMatchSaysSoAndOffersAWayOn() {
        type("xyzzy qwfp");

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("trang-thai-tim")).getText().startsWith("Không tìm thấy"));
        assertThat(browser.findElement(By.cssSelector("#ket-qua .search-empty a")).getAttribute("href")).endsWith("/tin-tuc/");
    }

    @Test
    void theHeaderBoxOnEveryPageLeadsToTheSearchPage() {
        browser.get(server.url(BakedSite.HISTORY));
        browser.findElement(By.cssSelector(".search-drop summary")).click(); // on a phone the box is behind its button
        browser.findElement(By.id("tim-nhanh")).sendKeys("dai hoi", Keys.ENTER);

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("/tim-kiem/?q=dai+hoi"));
        assertThat(resultUrls()).contains(server.url(BakedSite.CONGRESS_III));
    }

    @Test
    void theQueryIsInThePageTitleWhenTypedAndWhenOpenedFromALink() {
        assertThat(browser.getTitle()).isEqualTo("Tìm kiếm – Liên minh Hợp tác xã tỉnh Kiên Giang");
        type("hop tac xa");
        assertThat(browser.getTitle()).isEqualTo("hop tac xa – Tìm kiếm – Liên minh Hợp tác xã tỉnh Kiên Giang");

        browser.get(server.url("/tim-kiem/?q=%C4%90%E1%BA%A1i+h%E1%BB%99i"));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getTitle().startsWith("Đại hội – Tìm kiếm"));
    }

    @Test
    void theEmptyPageOffersTheSitesTagsAsSearchesAndItsNewestNewsWhichGiveWayToResults() {
        WebElement start = browser.findElement(By.className("search-start"));
        assertThat(start.isDisplayed()).isTrue();
        assertThat(start.findElements(By.cssSelector(".suggestions a")).stream().map(WebElement::getText).toList())
            .containsExactlyInAnyOrder("Đại hội", "Kinh tế tập thể", "Liên minh HTX");
        assertThat(start.findElement(By.cssSelector("#tin-moi-tim + ul a")).getAttribute("href")).isEqualTo(server.url(BakedSite.ARTICLE));

        type("hop tac xa");
        assertThat(start.isDisplayed()).as("hidden once there is a query").isFalse();
        browser.findElement(By.id("q")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> start.isDisplayed());

        browser.findElement(By.linkText("Đại hội")).click();
        assertThat(resultUrls()).contains(server.url(BakedSite.CONGRESS_III));
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("Đại hội");
        assertThat(browser.findElement(By.className("search-start")).isDisplayed()).isFalse();
    }

    @Test
    void aLongQueryWithoutSpacesWrapsInsteadOfWideningThePage() {
        String query = "hoptacxa".repeat(38);
        browser.get(server.url("/tim-kiem/?q=" + query));
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("trang-thai-tim")).getText().contains(query));

        Object width = browser.executeScript("return document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).isLessThanOrEqualTo(360);
    }

    private void type(String query) {
        browser.findElement(By.id("q")).sendKeys(query);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("trang-thai-tim")).getText().contains("«" + query + "»"));
    }

    private List<String> resultUrls() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#ket-qua h2 a")).isEmpty());
        return browser.findElements(By.cssSelector("#ket-qua h2 a")).stream().map(a -> a.getAttribute("href")).toList();
    }
}
