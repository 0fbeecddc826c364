package vn.lmhtx.site.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium through its matching chromedriver. Where no browser is installed the browser tests
 * are skipped with a loud message, except under {@code CI=true}, where they must run.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    /** A new headless browser with a phone-sized (or any) window; the caller quits it. */
    public static ChromeDriver open(int width, int height) {
        return open(width, height, PageLoadStrategy.NORMAL);
    }

    /**
     * The same, with commands that wait for pages as {@code strategy} says ({@code NONE}: a page whose requests are held
     * can be scripted before its load event); the caller quits it.
     */
    public static ChromeDriver open(int width, int height, PageLoadStrategy strategy) {
        ToolCheck.require(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "BROWSER TESTS",
            "Debian's chromium with chromium-driver");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.setPageLoadStrategy(strategy);
        // The machine has no network but the package registries; these flags stop Chromium's own calls home.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--lang=vi-VN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
