package vn.lmhtx.site.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.lmhtx.site.build.SiteBuilder;
import vn.lmhtx.site.files.Folders;
import vn.lmhtx.site.testing.Browser;
import vn.lmhtx.site.testing.Pdfs;
import vn.lmhtx.site.testing.SiteServer;
import vn.lmhtx.site.testing.Sites;

/**
 * A reader on a phone searching for words that only a document's attached PDF holds, through the browser client on a
 * fixture site (the real site has no PDF): the document's page is found, and its excerpt is the page's own text.
 */
class PdfSearchIT {

    private static Path temp;
    private static SiteServer server;
    private ChromeDriver browser;

    @BeforeAll
    static void bakeAndServe() throws Exception {
        temp = Files.createTempDirectory("lmhtx-pdf-it");
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        Pdfs.put(site, "content/van-ban/qd-1385.pdf", Pdfs.text(List.of(
            List.of("ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG", "QUYẾT ĐỊNH"),
            List.of("Về việc hỗ trợ nạo vét kênh thủy lợi nội đồng", "cho các hợp tác xã huyện Giồng Riềng."))));
        Sites.write(site, "content/van-ban/quyet-dinh-1385.md", """
            ---
            title: Quyết định số 1385/QĐ-UBND
            type: document
            number: 1385/QĐ-UBND
            date: 2006-08-29
            issuer: Ủy ban nhân dân tỉnh Kiên Giang
            attachment: qd-1385.pdf
            ---

            Quyết định của Ủy ban nhân dân tỉnh.
            """);
        new SiteBuilder(Sites.NOW).build(site, temp.resolve("public"));
        server = new SiteServer(temp.resolve("public").toRealPath());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        Folders.deleteQuietly(temp);
    }

    @BeforeEach
    void open() {
        browser = Browser.open(360, 800);
    }

    @AfterEach
    void quit() {
        browser.quit();
    }

    @Test
    void aPhraseInsideTheAttachedPdfTypedWithoutMarksFindsTheDocumentPage() {
        browser.get(server.url("/tim-kiem/?q=nao+vet+kenh+thuy+loi"));

        List<WebElement> results = results();
        assertThat(results.get(0).findElement(By.cssSelector("h2 a")).getAttribute("href"))
            .isEqualTo(server.url("/van-ban/quyet-dinh-1385/"));
        assertThat(results.get(0).getText()).contains("Quyết định của Ủy ban nhân dân tỉnh.").doesNotContain("QUYẾT ĐỊNH");
    }

    @Test
    void aQuotedPhraseWithMarksFromTheSecondPageFindsOnlyTheDocument() {
        browser.get(server.url("/tim-kiem/?q=%22huy%E1%BB%87n+Gi%E1%BB%93ng+Ri%E1%BB%81ng%22"));

        assertThat(results()).extracting(r -> r.findElement(By.cssSelector("h2 a")).getAttribute("href"))
            .containsExactly(server.url("/van-ban/quyet-dinh-1385/"));
    }

    private List<WebElement> results() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#ket-qua h2 a")).isEmpty());
        return browser.findElements(By.cssSelector("#ket-qua > li")).stream()
            .filter(r -> !r.findElements(By.cssSelector("h2 a")).isEmpty()).toList();
    }
}
