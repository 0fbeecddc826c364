package vn.lmhtx.site.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A printed page: its address right under its title, the masthead in black, no forms or buttons. */
class PrintIT extends BrowserTest {

    private static final String HOST = "https://lmhtx-kiengiang.example";

    @Test
    void everyPageCarriesItsAddressRightAfterItsTitleAndSearchNeverIndexesIt() throws Exception {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(BakedSite.PUBLIC.toRealPath())) {
            pages = files.filter(file -> file.toString().endsWith(".html")).toList();
        }
        int checked = 0;
        for (Path file : pages) {
            Document page = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
            Element title = page.selectFirst("main h1");
            if (title == null) {
                continue; // a redirect page has no title of its own
            }
            String relative = BakedSite.PUBLIC.toRealPath().relativize(file).toString().replace('\\', '/');
            String url = "/" + (relative.endsWith("index.html") ? relative.substring(0, relative.length() - "index.html".length()) : relative);
            Element address = title.nextElementSibling();
            assertThat(address).as(relative).isNotNull();
            assertThat(address.className()).as(relative).isEqualTo("print-url");
            assertThat(address.attr("data-search")).isEqualTo("skip");
            assertThat(address.text()).as(relative).isEqualTo(HOST + url);
            assertThat(page.select(".print-url")).as(relative).hasSize(1);
            checked++;
        }
        assertThat(checked).isGreaterThan(25);
    }

    @ParameterizedTest
    @ValueSource(strings = {BakedSite.ARTICLE, BakedSite.CONGRESS_III, BakedSite.NEWS, "/tim-kiem/"})
    void inPrintTheAddressShowsUnderTheTitleAndTheMastheadIsBlackWithoutForms(String url) {
        browser.get(server.url(url));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

        WebElement title = browser.findElement(By.cssSelector("main h1"));
        WebElement address = browser.findElement(By.cssSelector(".print-url"));
        assertThat(address.isDisplayed()).isTrue();
        assertThat(address.getRect().getY()).isGreaterThanOrEqualTo(title.getRect().getY() + title.getRect().getHeight());
        assertThat(address.getText()).isEqualTo(HOST + url);
        assertThat(browser.findElements(By.cssSelector("form, button")).stream().filter(WebElement::isDisplayed)).isEmpty();
        assertThat(browser.findElement(By.cssSelector(".brand")).getCssValue("color")).isIn("rgba(0, 0, 0, 1)", "rgb(0, 0, 0)");
    }
}
