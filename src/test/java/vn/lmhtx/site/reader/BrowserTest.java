package vn.lmhtx.site.reader;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.lmhtx.site.testing.Browser;
import vn.lmhtx.site.testing.SiteServer;

/** The baked site served on 127.0.0.1 for the whole class, and a fresh phone-sized browser for each test. */
abstract class BrowserTest {

    static SiteServer server;
    ChromeDriver browser;

    @BeforeAll
    static void serve() throws IOException {
        server = new SiteServer(BakedSite.PUBLIC);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void open() {
        browser = Browser.open(360, 800);
    }

    @AfterEach
    void quit() {
        browser.quit();
    }
}
