package vn.lmhtx.site.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a reader does with the page on a 360 px phone: change the font size, use the menu by keyboard. */
class ReaderToolsIT extends BrowserTest {


    @Test
    void theFontSizeSwitcherEnlargesTextAndTheChoiceSurvivesNavigation() {
        browser.get(server.url(BakedSite.ARTICLE));
        double before = paragraphFontSize();

        openMenu();
        browser.findElement(By.cssSelector("button.font-larger")).click();
        browser.findElement(By.cssSelector("button.font-larger")).click();
        double larger = paragraphFontSize();
        assertThat(larger).isGreaterThan(before * 1.2);

        browser.findElement(By.linkText("Lịch sử")).click();
        waitForPage(BakedSite.HISTORY);
        assertThat(paragraphFontSize()).isEqualTo(larger);

        openMenu();
        browser.findElement(By.cssSelector("button.font-smaller")).click();
        browser.findElement(By.cssSelector("button.font-smaller")).click();
        assertThat(paragraphFontSize()).isEqualTo(before);
    }

    @Test
    void theMenuWorksByKeyboardAndShowsWhereFocusIs() {
        browser.get(server.url(BakedSite.HOME));
        Actions keys = new Actions(browser);

        keys.sendKeys(Keys.TAB).perform();
        assertThat(focused().getText()).isEqualTo("Bỏ qua, đến nội dung chính");
        tabUntil("Menu", 4); // on a phone the menu is a closed panel behind its button
        keys.sendKeys(Keys.ENTER).perform();
        WebElement news = tabUntil("Tin tức", 12);
        assertThat(news.getCssValue("outline-style")).isNotEqualTo("none");
        assertThat(news.getSize().getHeight()).isGreaterThanOrEqualTo(24);

        keys.sendKeys(Keys.ENTER).perform();
        waitForPage(BakedSite.NEWS);
        assertThat(browser.findElement(By.cssSelector("nav a[aria-current=page]")).getAttribute("textContent")).isEqualTo("Tin tức");
    }

    @Test
    void theSkipLinkMovesFocusToTheMainContent() {
        browser.get(server.url(BakedSite.ARTICLE));
        new Actions(browser).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).perform();

        assertThat(browser.getCurrentUrl()).endsWith("#noi-dung");
    }

    /** Opens the menu panel, which holds the font-size buttons on a phone. */
    private void openMenu() {
        browser.findElement(By.cssSelector(".menu-drop summary")).click();
    }

    /** Waits until the page at {@code path} has loaded and its scripts have run. */
    private void waitForPage(String path) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith(path)
            && "complete".equals(browser.executeScript("return document.readyState")));
    }

    private WebElement tabUntil(String text, int maxTabs) {
        for (int i = 0; i < maxTabs; i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
            if (focused().getText().equals(text)) {
                return focused();
            }
        }
        throw new AssertionError("\"" + text + "\" was not reached within " + maxTabs + " tabs");
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private double paragraphFontSize() {
        String size = (String) browser.executeScript(
            "return getComputedStyle(document.querySelector('main .body p')).fontSize;");
        return Double.parseDouble(size.replace("px", ""));
    }
}
