package vn.lmhtx.site.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.build.SiteBuilder;
import vn.lmhtx.site.testing.Sites;

/**
 * The preview over real HTTP: static-host URLs, live reload after a save, an error page that recovers, one folder per
 * preview, and nothing answered to another host name or an undecodable path.
 */
class PreviewServerTest {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private Path site;
    private PreviewServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final StringWriter log = new StringWriter();

    @BeforeEach
    void start() throws IOException {
        site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));
        server = new PreviewServer(site, site.resolve("target"), 0, new SiteBuilder(Sites.NOW), new PrintWriter(log, true));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void servesPagesAsAStaticHostWould() throws Exception {
        HttpResponse<String> page = get("tin-tuc/tin-mot/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<h1 data-search=\"skip\">Tin một về hợp tác xã</h1>", LiveReload.SCRIPT_PATH);

        assertThat(get("tin-tuc/tin-mot").statusCode()).isEqualTo(301);
        assertThat(get("khong-co/").statusCode()).isEqualTo(404);
        assertThat(get("khong-co/").body()).contains("<h1>Không tìm thấy trang</h1>");
        assertThat(get("assets/css/a.css").body()).isEqualTo("body { margin: 0; }\n");
        assertThat(get("../jbake.properties").statusCode()).isEqualTo(404);
    }

    @Test
    void liveReloadExistsOnlyInThePreview() throws Exception {
        assertThat(Sites.allText(server.output())).doesNotContain("live-reload");
        assertThat(site.resolve("target/public")).doesNotExist();
    }

    @Test
    void aSavedEditReachesTheBrowserAndABadSaveShowsItsErrorsUntilFixed() throws Exception {
        BlockingQueue<String> events = subscribe();
        assertThat(nextEvent(events)).isEqualTo("data: 1");
        Path article = site.resolve("content/tin-tuc/tin-mot.md");
        String original = Files.readString(article);

        long saved = System.nanoTime();
        Files.writeString(article, original.replace("Tin một về hợp tác xã", "Tin một đã sửa"));
        assertThat(nextEvent(events)).isEqualTo("data: 2");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - saved);
        System.out.println("preview: one-file edit announced to the browser after " + millis + " ms");
        assertThat(get("tin-tuc/tin-mot/").body()).contains("<h1 data-search=\"skip\">Tin một đã sửa</h1>");

        Files.writeString(article, original.replace("date: 2020-01-02T08:30:00+07:00", "date: 31/02/2020"));
        assertThat(nextEvent(events)).isEqualTo("data: 3");
        HttpResponse<String> errorPage = get("tin-tuc/tin-mot/");
        assertThat(errorPage.statusCode()).isEqualTo(500);
        assertThat(errorPage.body()).contains("content/tin-tuc/tin-mot.md:4: date: &quot;31/02/2020&quot; is not a date (write 2020-02-29)",
            LiveReload.SCRIPT_PATH);

        Files.writeString(article, original);
        assertThat(nextEvent(events)).isEqualTo("data: 4");
        assertThat(get("tin-tuc/tin-mot/").statusCode()).isEqualTo(200);
    }

    @Test
    void eachPreviewBuildsIntoItsOwnFolderAndRemovesItWhenClosed() throws Exception {
        Path first = server.output();
        assertThat(first).isEqualTo(site.resolve("target/preview-" + server.address().getPort()));
        Map<String, String> before = Sites.fingerprint(first);
        Path firstTree = first.toRealPath();

        Path second;
        try (PreviewServer other = new PreviewServer(site, site.resolve("target"), 0, new SiteBuilder(Sites.NOW), new PrintWriter(log, true))) {
            second = other.output();
            assertThat(second).isNotEqualTo(first).isDirectory();
            assertThat(first.toRealPath()).isEqualTo(firstTree);
            assertThat(Sites.fingerprint(first)).isEqualTo(before);
        }
        assertThat(second).doesNotExist();
        assertThat(first).isDirectory();
    }

    @Test
    void aSecondPreviewOnABusyPortFailsAtOnceWithoutBuilding() throws Exception {
        Path elsewhere = temp.resolve("elsewhere");
        Path firstTree = server.output().toRealPath();

        assertThatThrownBy(() -> new PreviewServer(site, elsewhere, server.address().getPort(), new SiteBuilder(Sites.NOW),
            new PrintWriter(log, true))).isInstanceOf(BindException.class);
        assertThat(elsewhere).doesNotExist();
        assertThat(server.output().toRealPath()).isEqualTo(firstTree);
        assertThat(get("tin-tuc/tin-mot/").statusCode()).isEqualTo(200);
    }

    @Test
    void onlyRequestsForTheLoopbackHostAreAnswered() throws Exception {
        int port = server.address().getPort();
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port)) {
            assertThat(raw("/tin-tuc/tin-mot/", host)).as(host).startsWith("HTTP/1.1 200");
        }
        // DNS rebinding: a page of attacker.example whose name now resolves to 127.0.0.1.
        for (String host : List.of("attacker.example:" + port, "attacker.example", "127.0.0.1", "127.0.0.1:1", "127.0.0.1." + port)) {
            assertThat(raw("/tin-tuc/tin-mot/", host)).as(host).startsWith("HTTP/1.1 403").contains("only answers to http://127.0.0.1:" + port);
        }
        assertThat(raw(LiveReload.EVENTS_PATH, "attacker.example:" + port)).startsWith("HTTP/1.1 403");
        assertThat(raw("/tin-tuc/tin-mot/", null)).startsWith("HTTP/1.1 403");
    }

    @Test
    void undecodablePathsGetABadRequestNotADroppedConnection() throws Exception {
        String host = "127.0.0.1:" + server.address().getPort();
        for (String path : List.of("/%00", "/tin-tuc/%00/", "/a%00b.html", "/%FF", "/tin-tuc/%C3%28/", "/%0A", "/%ZZ", "/%")) {
            assertThat(raw(path, host)).as(path).startsWith("HTTP/1.1 400");
        }
        assertThat(raw("/tin-tuc/tin-mot/", host)).startsWith("HTTP/1.1 200");
    }

    /** Sends one request by hand (HttpClient sets Host itself and refuses bad URLs); returns the response head. */
    private String raw(String path, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            socket.setSoTimeout(10_000);
            String request = "GET " + path + " HTTP/1.1\r\n" + (host == null ? "" : "Host: " + host + "\r\n") + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return response.isEmpty() ? "(connection closed without a response)" : response;
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(server.address().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the event stream; its "data:" lines arrive in the returned queue. */
    private BlockingQueue<String> subscribe() {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(server.address().resolve(LiveReload.EVENTS_PATH)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            try (Stream<String> lines = response.body()) {
                for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                    String line = it.next();
                    if (line.startsWith("data:")) {
                        events.add(line);
                    }
                }
            }
        });
        return events;
    }

    private static String nextEvent(BlockingQueue<String> events) throws InterruptedException {
        String event = events.poll(EVENT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(event).as("an event within %s", EVENT_TIMEOUT).isNotNull();
        return event;
    }
}
