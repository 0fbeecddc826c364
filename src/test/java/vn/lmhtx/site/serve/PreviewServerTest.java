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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.build.SiteBuilder;
import vn.lmhtx.site.content.ContentType;
import vn.lmhtx.site.scaffold.Scaffolder;
import vn.lmhtx.site.testing.Sites;

/**
 * The preview over real HTTP: static-host URLs, live reload after a save, an error page that recovers, one folder per
 * preview, nothing answered to another host name or an undecodable path, and its failure paths (an internal failure,
 * lost watch events, a watcher that died) shown rather than hidden.
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
        server = new PreviewServer(site, site.resolve("target"), 0, new SiteBuilder(Sites.NOW), new PrintWriter(log, true), false);
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
    void anIncrementalEditReloadsThePagesFirstAndTheSearchPageOnceItsIndexIsWritten() throws Exception {
        BlockingQueue<String> searches = new LinkedBlockingQueue<>();
        BlockingQueue<String> events = subscribe(server, searches);
        assertThat(nextEvent(events)).isEqualTo("data: 1");
        assertThat(nextEvent(searches)).isEqualTo("data: 1");
        Path article = site.resolve("content/tin-tuc/tin-mot.md");
        Files.writeString(article, Files.readString(article).replace("Tin một về hợp tác xã", "Tin một XYLOSEARCHWORD"));

        assertThat(nextEvent(events)).isEqualTo("data: 2");
        assertThat(nextEvent(searches)).isEqualTo("data: 2");
        // Once announced, the search export is that of a full build of the edited site.
        Path fresh = temp.resolve("fresh");
        new SiteBuilder(Sites.NOW).preview(site, fresh);
        assertThat(Sites.fingerprint(server.output())).isEqualTo(Sites.fingerprint(fresh));
        // Only the search page carries the search generation its script reloads on.
        assertThat(get("tim-kiem/").body()).contains("data-generation=\"2\" data-search-generation=\"2\"");
        assertThat(get("tin-tuc/tin-mot/").body()).contains("data-generation=\"2\"").doesNotContain("data-search-generation");
        assertThat(get(LiveReload.SCRIPT_PATH.substring(1)).body()).contains("addEventListener(\"search\"");
    }

    @Test
    void aNewDraftIsPreviewedAtOnceWithItsBanner() throws Exception {
        BlockingQueue<String> events = subscribe();
        assertThat(nextEvent(events)).isEqualTo("data: 1");

        new Scaffolder(Sites.NOW).create(site, ContentType.NEWS, "Hội nghị tổng kết năm 2026");
        assertThat(nextEvent(events)).isEqualTo("data: 2");

        HttpResponse<String> draft = get("tin-tuc/hoi-nghi-tong-ket-nam-2026/");
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        assertThat(draft.body()).contains("Hội nghị tổng kết năm 2026", "<meta name=\"robots\" content=\"noindex\">",
            "<p class=\"preview-banner\" role=\"note\"><strong>Bản nháp</strong>", LiveReload.SCRIPT_PATH);
        assertThat(get("tin-tuc/tin-tuong-lai/").body()).contains("<strong>Hẹn giờ đăng: 01/01/2031 00:00</strong>");
        assertThat(get("tin-tuc/").body()).doesNotContain("hoi-nghi-tong-ket-nam-2026");
        assertThat(get("feed.xml").body()).doesNotContain("hoi-nghi-tong-ket-nam-2026");
        assertThat(log.toString()).contains("3 drafts or scheduled articles are shown, each with a banner; serve --no-drafts");
    }

    @Test
    void withoutDraftsThePreviewIsExactlyTheBuild() throws Exception {
        new Scaffolder(Sites.NOW).create(site, ContentType.NEWS, "Hội nghị tổng kết năm 2026");
        Path built = temp.resolve("built");
        new SiteBuilder(Sites.NOW).build(site, built);

        try (PreviewServer published = new PreviewServer(site, site.resolve("target"), 0, new SiteBuilder(Sites.NOW),
            new PrintWriter(log, true), false, false)) {
            for (String path : List.of("tin-tuc/hoi-nghi-tong-ket-nam-2026/", "tin-tuc/ban-nhap/", "tin-tuc/tin-tuong-lai/")) {
                assertThat(get(published, path).statusCode()).as(path).isEqualTo(404);
            }
            assertThat(Sites.fingerprint(published.output())).isEqualTo(Sites.fingerprint(built));
        }
    }

    @Test
    void eachPreviewBuildsIntoItsOwnFolderAndRemovesItWhenClosed() throws Exception {
        Path first = server.output();
        assertThat(first).isEqualTo(site.resolve("target/preview-" + server.address().getPort()));
        Map<String, String> before = Sites.fingerprint(first);
        Path firstTree = first.toRealPath();

        Path second;
        try (PreviewServer other = new PreviewServer(site, site.resolve("target"), 0, new SiteBuilder(Sites.NOW), new PrintWriter(log, true), false)) {
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
            new PrintWriter(log, true), false)).isInstanceOf(BindException.class);
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

    @Test
    void anInternalFailureShowsWhatFailedEvenWithoutAMessageAndTheStackTraceWhenVerbose() throws Exception {
        for (boolean verbose : List.of(false, true)) {
            GateClock clock = new GateClock(Sites.NOW.instant());
            StringWriter ownLog = new StringWriter();
            try (PreviewServer failing = new PreviewServer(site, site.resolve("target"), 0, new SiteBuilder(clock),
                new PrintWriter(ownLog, true), verbose)) {
                BlockingQueue<String> events = subscribe(failing);
                assertThat(nextEvent(events)).isEqualTo("data: 1");
                clock.failWith(new IllegalStateException());
                touch("content/tin-tuc/tin-mot.md");
                assertThat(nextEvent(events)).isEqualTo("data: 2");

                HttpResponse<String> page = get(failing, "tin-tuc/tin-mot/");
                assertThat(page.statusCode()).isEqualTo(500);
                assertThat(page.body()).as("verbose: %s", verbose).contains("internal failure: java.lang.IllegalStateException")
                    .doesNotContain("internal failure: null");
                assertThat(ownLog.toString()).contains("internal failure: java.lang.IllegalStateException");
                String frame = "java.lang.IllegalStateException\n\tat ";
                if (verbose) {
                    assertThat(page.body()).contains("<pre>", frame);
                    assertThat(ownLog.toString()).contains(frame);
                } else {
                    assertThat(page.body()).doesNotContain("<pre>", frame);
                    assertThat(ownLog.toString()).doesNotContain(frame);
                }
            }
        }
    }

    @Test
    void changesLostInAnOverflowOfWatchEventsStillRebuild() throws Exception {
        GateClock clock = new GateClock(Sites.NOW.instant());
        try (PreviewServer held = new PreviewServer(site, site.resolve("target"), 0, new SiteBuilder(clock),
            new PrintWriter(log, true), false)) {
            BlockingQueue<String> events = subscribe(held);
            assertThat(nextEvent(events)).isEqualTo("data: 1");
            // Hold a rebuild after it has read the content, so the watcher takes no events while the next ones arrive.
            CountDownLatch rebuilding = clock.holdNext();
            touch("content/tin-tuc/tin-hai.md");
            assertThat(rebuilding.await(30, TimeUnit.SECONDS)).isTrue();
            // More events than a watch key holds (512), all of files the watcher ignores; the edit after them is lost
            // in the OVERFLOW event that replaces them.
            for (int i = 0; i < 600; i++) {
                Files.writeString(site.resolve("content/tin-tuc/.tam-" + i), "");
            }
            Path article = site.resolve("content/tin-tuc/tin-mot.md");
            Files.writeString(article, Files.readString(article).replace("Tin một về hợp tác xã", "Tin một sau tràn"));
            clock.release();

            assertThat(nextEvent(events)).isEqualTo("data: 2");
            assertThat(nextEvent(events)).isEqualTo("data: 3");
            assertThat(get(held, "tin-tuc/tin-mot/").body()).contains("<h1 data-search=\"skip\">Tin một sau tràn</h1>");
        }
    }

    @Test
    void aWatcherThatStopsIsShownOnEveryPageInsteadOfAStaleSite() throws Exception {
        GateClock clock = new GateClock(Sites.NOW.instant());
        StringWriter ownLog = new StringWriter();
        try (PreviewServer dying = new PreviewServer(site, site.resolve("target"), 0, new SiteBuilder(clock),
            new PrintWriter(ownLog, true), false)) {
            BlockingQueue<String> events = subscribe(dying);
            assertThat(nextEvent(events)).isEqualTo("data: 1");
            // An Error escapes the rebuild's handling and ends the watcher's thread, as a failure to watch a new folder would.
            clock.failWith(new AssertionError("the clock broke"));
            touch("content/tin-tuc/tin-mot.md");
            assertThat(nextEvent(events)).isEqualTo("data: 2");

            String message = "the preview stopped watching files: java.lang.AssertionError: the clock broke; restart serve";
            for (String path : List.of("tin-tuc/tin-mot/", "", "assets/css/a.css", "khong-co/")) {
                HttpResponse<String> page = get(dying, path);
                assertThat(page.statusCode()).as(path).isEqualTo(500);
                assertThat(page.body()).as(path).contains(message, LiveReload.SCRIPT_PATH);
            }
            assertThat(ownLog.toString()).contains(message);
        }
    }

    /** Rewrites a file with the same text: a save that changes nothing. */
    private void touch(String file) throws IOException {
        Path path = site.resolve(file);
        Files.writeString(path, Files.readString(path));
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
        return get(server, path);
    }

    private HttpResponse<String> get(PreviewServer from, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(from.address().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private BlockingQueue<String> subscribe() {
        return subscribe(server);
    }

    /** Opens the event stream of {@code from}; the "data:" lines of its page reloads arrive in the returned queue. */
    private BlockingQueue<String> subscribe(PreviewServer from) {
        return subscribe(from, new LinkedBlockingQueue<>());
    }

    /**
     * As {@link #subscribe(PreviewServer)}; the "data:" lines of the events named {@code search} (the search index caught
     * up) arrive in {@code searches}.
     */
    private BlockingQueue<String> subscribe(PreviewServer from, BlockingQueue<String> searches) {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(from.address().resolve(LiveReload.EVENTS_PATH)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
            try (Stream<String> lines = response.body()) {
                String name = "";
                for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                    String line = it.next();
                    if (line.startsWith("event:")) {
                        name = line.substring("event:".length()).strip();
                    } else if (line.startsWith("data:") && name.equals("search")) {
                        searches.add(line);
                    } else if (line.startsWith("data:") && name.isEmpty()) {
                        // Named events other than search (settled: every page written) are not reloads.
                        events.add(line);
                    } else if (line.isEmpty()) {
                        name = "";
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
