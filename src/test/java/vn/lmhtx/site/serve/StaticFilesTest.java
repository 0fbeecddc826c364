package vn.lmhtx.site.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.testing.SiteServer;

/** The static file server never serves a file whose real path, links resolved, lies outside the folder it serves. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "creating symbolic links needs privileges on Windows")
class StaticFilesTest {

    private static final String SECRET = "SECRET-4d21aa";

    @TempDir
    Path temp;

    private Path root;
    private Path outside;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void folders() throws IOException {
        root = Files.createDirectories(temp.resolve("built"));
        Files.writeString(root.resolve("index.html"), "<h1>Trang chủ</h1>");
        Files.writeString(root.resolve("404.html"), "<h1>Không tìm thấy trang</h1>");
        Files.createDirectories(root.resolve("tin-tuc"));
        Files.writeString(root.resolve("tin-tuc/index.html"), "<h1>Tin tức</h1>");
        outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("environ"), SECRET);
        Files.writeString(outside.resolve("index.html"), SECRET);
    }

    @Test
    void linksOutOfTheRootAreNotFollowed() throws Exception {
        Files.createSymbolicLink(root.resolve("env.txt"), outside.resolve("environ"));
        Files.createSymbolicLink(root.resolve("ngoai"), outside);
        Files.createSymbolicLink(root.resolve("tin-tuc/cu.html"), Path.of("../../outside/environ"));

        try (SiteServer server = new SiteServer(root)) {
            for (String path : new String[] {"/env.txt", "/ngoai/", "/ngoai/environ", "/ngoai/index.html", "/tin-tuc/cu.html"}) {
                HttpResponse<String> response = get(server, path);
                assertThat(response.statusCode()).as(path).isEqualTo(404);
                assertThat(response.body()).as(path).contains("Không tìm thấy trang").doesNotContain(SECRET);
            }
            assertThat(get(server, "/tin-tuc/").body()).isEqualTo("<h1>Tin tức</h1>");
        }
    }

    @Test
    void aRootReachedThroughALinkIsServed() throws Exception {
        // Publishing may flip a link to the newest build; the folder it points to is the root, and its files are served.
        Path linked = Files.createSymbolicLink(temp.resolve("current"), root);

        try (SiteServer server = new SiteServer(linked)) {
            assertThat(get(server, "/").body()).isEqualTo("<h1>Trang chủ</h1>");
            assertThat(get(server, "/tin-tuc/").statusCode()).isEqualTo(200);
            assertThat(get(server, "/khong-co/").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void eachFileIsReadOnlyOnceTheGateLetsItThrough() throws Exception {
        // The preview's gate holds a page still being written after the reload: here it writes the page, then lets go.
        List<String> asked = new CopyOnWriteArrayList<>();
        StaticFiles.Gate gate = file -> {
            asked.add(file);
            if (file.equals("tin-tuc/trang-2/index.html")) {
                Files.createDirectories(root.resolve("tin-tuc/trang-2"));
                Files.writeString(root.resolve(file), "<h1>Trang 2, mới</h1>");
            }
        };

        try (SiteServer server = new SiteServer(root, gate)) {
            assertThat(get(server, "/tin-tuc/trang-2/").body()).isEqualTo("<h1>Trang 2, mới</h1>");
            assertThat(get(server, "/").statusCode()).isEqualTo(200);
            assertThat(get(server, "/tin-tuc/index.html").statusCode()).isEqualTo(200);
        }
        assertThat(asked).containsExactly("tin-tuc/trang-2/index.html", "index.html", "tin-tuc/index.html");
    }

    private HttpResponse<String> get(SiteServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }
}
