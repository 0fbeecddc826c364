package vn.lmhtx.site.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.lmhtx.site.bake.BakeException;
import vn.lmhtx.site.build.BuildResult;
import vn.lmhtx.site.build.SiteBuilder;
import vn.lmhtx.site.content.ContentErrorsException;
import vn.lmhtx.site.content.Problem;

/**
 * Serves a preview of the site on 127.0.0.1 with the URLs a static host gives ({@code /tin-tuc/x/} is
 * {@code tin-tuc/x/index.html}, unknown paths get the 404 page), rebuilds it on every save and reloads open pages.
 * Live reload is injected while serving, so the baked files are exactly those {@code build} writes.
 */
public final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
        Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
        Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
        Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
        Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
        Map.entry("jpeg", "image/jpeg"), Map.entry("webp", "image/webp"), Map.entry("gif", "image/gif"),
        Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("pdf", "application/pdf"));

    private final Path site;
    private final Path output;
    private final SiteBuilder builder;
    private final PrintWriter log;
    private final LiveReload liveReload = new LiveReload();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "preview");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpServer server;
    private final SiteWatcher watcher;
    private volatile PreviewState state;

    /** Builds the site once, then serves it on {@code port} (0 picks a free one) and watches for changes. */
    public PreviewServer(Path site, Path output, int port, SiteBuilder builder, PrintWriter log) throws IOException {
        this.site = site;
        this.output = output;
        this.builder = builder;
        this.log = log;
        rebuild();
        this.watcher = new SiteWatcher(site);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
        threads.execute(() -> watcher.run(this::rebuild));
    }

    /** The address pages are served at, with the site's base path. */
    public URI address() {
        String basePath = state instanceof PreviewState.Built built ? built.basePath() : "/";
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + basePath);
    }

    private synchronized void rebuild() {
        String basePath = state == null ? "/" : basePathOf(state);
        try {
            BuildResult result = builder.build(site, output);
            state = new PreviewState.Built(output, result.basePath());
            log.println(result.summary("Rebuilt"));
        } catch (ContentErrorsException e) {
            List<String> problems = e.problems().stream().map(Problem::toString).toList();
            state = new PreviewState.Failed(problems, basePath);
            problems.forEach(log::println);
            log.println(e.problems().stream().filter(Problem::isError).count() + " errors; the preview shows them until the next good save.");
        } catch (BakeException | IOException | RuntimeException e) {
            state = new PreviewState.Failed(List.of("internal failure: " + e.getMessage()), basePath);
            log.println("internal failure: " + e.getMessage());
        }
        liveReload.announce();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(LiveReload.EVENTS_PATH)) {
                liveReload.stream(exchange);
            } else if (path.equals(LiveReload.SCRIPT_PATH)) {
                respond(exchange, 200, TYPES.get("js"), LiveReload.clientScript().getBytes(StandardCharsets.UTF_8));
            } else if (state instanceof PreviewState.Failed failed) {
                respond(exchange, 500, TYPES.get("html"), ErrorPage.html(failed.problems(), liveReload.scriptTag()).getBytes(StandardCharsets.UTF_8));
            } else if (state instanceof PreviewState.Built built) {
                serveFile(exchange, built, path);
            }
        }
    }

    private void serveFile(HttpExchange exchange, PreviewState.Built built, String path) throws IOException {
        if (!path.startsWith(built.basePath())) {
            if (path.equals("/")) {
                redirect(exchange, built.basePath());
            } else {
                notFound(exchange, built);
            }
            return;
        }
        Path file = built.output().resolve(path.substring(built.basePath().length())).normalize();
        if (!file.startsWith(built.output())) {
            notFound(exchange, built);
            return;
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                redirect(exchange, path + "/");
                return;
            }
            file = file.resolve("index.html");
        }
        if (Files.isRegularFile(file)) {
            respond(exchange, 200, typeOf(file), bodyOf(file));
        } else {
            notFound(exchange, built);
        }
    }

    private void notFound(HttpExchange exchange, PreviewState.Built built) throws IOException {
        Path page = built.output().resolve("404.html");
        byte[] body = Files.isRegularFile(page) ? bodyOf(page) : "404".getBytes(StandardCharsets.UTF_8);
        respond(exchange, 404, TYPES.get("html"), body);
    }

    private byte[] bodyOf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (!file.toString().endsWith(".html")) {
            return bytes;
        }
        String html = new String(bytes, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        String tag = liveReload.scriptTag();
        html = end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static String typeOf(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(301, -1);
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static String basePathOf(PreviewState state) {
        return state instanceof PreviewState.Built built ? built.basePath() : ((PreviewState.Failed) state).basePath();
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        watcher.close();
        threads.shutdownNow();
    }
}
