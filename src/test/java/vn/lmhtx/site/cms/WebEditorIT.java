package vn.lmhtx.site.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.lmhtx.site.build.SiteBuilder;
import vn.lmhtx.site.testing.Browser;
import vn.lmhtx.site.testing.SiteServer;
import vn.lmhtx.site.testing.Sites;
import vn.lmhtx.site.testing.ToolCheck;

/**
 * An editor without a terminal: the web editor of a copy of the real site, against Decap's local git proxy
 * ({@code decap-server} from src/test/node), creates a news article through the form in Chromium. The commit it makes
 * holds a file that {@code check} accepts and that the next build publishes; an empty required field is refused in
 * Vietnamese.
 */
class WebEditorIT {

    private static final Path DECAP_SERVER = Paths.get("src/test/node/node_modules/decap-server/dist/index.js").toAbsolutePath();
    private static final String TITLE = "Đại hội thi đua hợp tác xã năm 2025";
    private static final String SLUG = "dai-hoi-thi-dua-hop-tac-xa-nam-2025";

    @TempDir
    Path temp;

    private Path site;
    private int port;
    private Process proxy;
    private ChromeDriver browser;

    @BeforeEach
    void startTheEditor() throws Exception {
        ToolCheck.require(Files.isRegularFile(DECAP_SERVER), "WEB EDITOR TESTS", "decap-server (npm ci in src/test/node)");
        site = Sites.withProjectTheme(temp.resolve("site"));
        Sites.copyOf(Paths.get("content"), site.resolve("content"));
        Files.writeString(site.resolve("jbake.properties"), "\ncms.enabled=true\ncms.repo=lmhtx/lmhtx-site\n",
            StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        git("init", "-q", "-b", "main");
        // The proxy commits as the repository's user; a fresh CI machine has no global one.
        git("config", "user.name", "Biên tập viên");
        git("config", "user.email", "bientap@example.org");
        git("add", "-A");
        git("commit", "-q", "-m", "Trang gốc");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = temp.resolve("decap-server.log");
        ProcessBuilder command = new ProcessBuilder("node", DECAP_SERVER.toString()).redirectErrorStream(true)
            .redirectOutput(log.toFile()).directory(site.toFile());
        // MODE=git: the proxy commits each save to the checked-out branch, as the GitHub backend does in production.
        command.environment().putAll(Map.of("MODE", "git", "PORT", Integer.toString(port), "GIT_REPO_DIRECTORY", site.toString()));
        proxy = command.start();
        waitFor(() -> Files.readString(log, StandardCharsets.UTF_8).contains("listening on port " + port));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (proxy != null) {
            proxy.destroy();
        }
    }

    @Test
    void anEditorPublishesANewsArticleThroughTheFormAndItIsCommittedCheckedAndBuilt() throws Exception {
        Path output = temp.resolve("public");
        new SiteBuilder(Sites.NOW).build(site, output);
        pointTheEditorAtTheProxy(output);
        try (SiteServer server = new SiteServer(output)) {
            browser = Browser.open(1280, 900);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(server.url("/quan-tri/"));
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[contains(., 'Đăng nhập')]"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[contains(text(), 'Tin tức')]")));
            browser.get(server.url("/quan-tri/#/collections/news/new"));
            WebElement title = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[id^='title-field']")));

            publish(wait);
            // The notice "Bạn còn thiếu vài thông tin bắt buộc" fades after a few seconds; the field's message stays.
            assertThat(browser.findElement(By.tagName("body")).getText())
                .containsIgnoringCase("Tiêu đề bắt buộc nhập"); // the field label is upper-cased by CSS

            title.sendKeys(TITLE);
            browser.findElement(By.cssSelector("textarea[id^='summary-field']")).sendKeys("Tóm tắt kết quả thi đua của các hợp tác xã.");
            WebElement body = browser.findElement(By.cssSelector("[data-slate-editor='true']"));
            body.click();
            body.sendKeys("Các hợp tác xã trong tỉnh đã tổng kết phong trào thi đua.");
            publish(wait);
            wait.until(ExpectedConditions.urlContains("/entries/" + SLUG));
        }

        Path article = site.resolve("content/tin-tuc/" + SLUG + ".md");
        waitFor(() -> Files.isRegularFile(article) && git("status", "--porcelain").isBlank());
        assertThat(git("log", "-1", "--format=%s")).contains(SLUG);
        assertThat(git("show", "--name-only", "--format=", "HEAD").strip()).isEqualTo("content/tin-tuc/" + SLUG + ".md");
        String markdown = Files.readString(article, StandardCharsets.UTF_8);
        assertThat(markdown).startsWith("---\ntitle: " + TITLE + "\ntype: news\ndate: ")
            .contains("phong trào thi đua");

        new SiteBuilder(Sites.NOW).check(site);
        Path rebuilt = temp.resolve("rebuilt");
        new SiteBuilder(Clock.systemUTC()).build(site, rebuilt);
        assertThat(Files.readString(rebuilt.resolve("tin-tuc/" + SLUG + "/index.html"), StandardCharsets.UTF_8)).contains(TITLE);
    }

    /** Clicks "Công bố" then "Công bố ngay" (Decap's Vietnamese for publish, publish now). */
    private void publish(WebDriverWait wait) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[text()='Công bố']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[text()='Công bố ngay']"))).click();
    }

    /**
     * The generated configuration says {@code local_backend: true}, which means Decap's default proxy port 8081; the
     * test runs its proxy on a free port instead, so it never meets an editor's own proxy.
     */
    private void pointTheEditorAtTheProxy(Path output) throws IOException {
        Path config = output.resolve("quan-tri/config.yml");
        String yaml = Files.readString(config, StandardCharsets.UTF_8);
        assertThat(yaml).contains("\nlocal_backend: true\n");
        Files.writeString(config, yaml.replace("\nlocal_backend: true\n",
            "\nlocal_backend:\n  url: http://localhost:" + port + "/api/v1\n  allowed_hosts: [127.0.0.1]\n"), StandardCharsets.UTF_8);
    }

    private String git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).directory(site.toFile()).redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor()).as("git " + String.join(" ", arguments) + ": " + out).isZero();
        return out;
    }

    /** Waits up to a minute for {@code condition}: the proxy starts and writes asynchronously. */
    private static void waitFor(Condition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!condition.holds()) {
            assertThat(System.nanoTime()).as("waited a minute").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }
}
