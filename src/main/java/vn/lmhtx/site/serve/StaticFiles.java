package vn.lmhtx.site.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lmhtx.site.messages.Message;

/**
 * Answers requests for a baked site the way a static host does: {@code /x/} is {@code x/index.html}, {@code /x}
 * redirects to {@code /x/} when it is a folder, unknown paths get {@code 404.html} with status 404, paths that do not
 * decode get 400, and nothing outside the site folder is ever read, not even through a link.
 */
public final class StaticFiles {

    private static final Map<String, String> TYPES = Map.ofEntries(
        Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
        Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
        Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
        Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
        Map.entry("jpeg", "image/jpeg"), Map.entry("webp", "image/webp"), Map.entry("gif", "image/gif"),
        Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("pdf", "application/pdf"));

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d{1,12})-(\\d{1,12})");

    /** The content type of HTML responses. */
    public static final String HTML = TYPES.get("html");
    /** The content type of plain-text responses. */
    public static final String TEXT = TYPES.get("txt");

    private final Path root;
    private final String basePath;
    private final UnaryOperator<String> htmlFilter;
    private final Gate gate;

    /** Called with each file about to be read, so that a server still writing it can make the request wait. */
    @FunctionalInterface
    public interface Gate {

        /** Returns once {@code file} (relative to the root, forward slashes) may be read. */
        void await(String file) throws IOException;
    }

    /**
     * @param root the baked site
     * @param basePath the path the site is served under ("/" at the root)
     * @param htmlFilter applied to every HTML page served (the preview injects live reload); identity for none
     */
    public StaticFiles(Path root, String basePath, UnaryOperator<String> htmlFilter) {
        this(root, basePath, htmlFilter, file -> { });
    }

    /**
     * As above, asking {@code gate} before each file is read (the file of {@code /x/} is {@code x/index.html}).
     */
    public StaticFiles(Path root, String basePath, UnaryOperator<String> htmlFilter, Gate gate) {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.htmlFilter = htmlFilter;
        this.gate = gate;
    }

    /** Answers one request and closes nothing; the caller owns the exchange. */
    public void serve(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        Optional<String> decoded = rawPath == null ? Optional.empty() : RequestPaths.decode(rawPath);
        if (decoded.isEmpty()) {
            badRequest(exchange);
            return;
        }
        String path = decoded.get();
        if (!path.startsWith(basePath)) {
            if (path.equals("/")) {
                redirect(exchange, basePath);
            } else {
                notFound(exchange);
            }
            return;
        }
        Path file;
        try {
            file = root.resolve(path.substring(basePath.length())).normalize();
        } catch (InvalidPathException e) {
            // A character this file system refuses in names (on Windows: < > : " | ? *): no file can have it.
            badRequest(exchange);
            return;
        }
        if (!file.startsWith(root)) {
            notFound(exchange);
            return;
        }
        String relative = root.relativize(file).toString().replace('\\', '/');
        gate.await(path.endsWith("/") ? (relative.isEmpty() ? "" : relative + "/") + "index.html" : relative);
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                redirect(exchange, rawPath + "/");
                return;
            }
            file = file.resolve("index.html");
        }
        if (isServable(file)) {
            Matcher range = RANGE.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Range")));
            if (range.matches() && !file.toString().endsWith(".html")) {
                respondRange(exchange, file, Long.parseLong(range.group(1)), Long.parseLong(range.group(2)));
            } else {
                respond(exchange, 200, typeOf(file), bodyOf(file));
            }
        } else {
            notFound(exchange);
        }
    }

    /** One byte range, as static hosts answer the search client's reads of postings chunks. */
    private static void respondRange(HttpExchange exchange, Path file, long first, long last) throws IOException {
        // Reads only the range: the search files are megabytes and the client asks for a few hundred bytes.
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            if (first > last || first >= size) {
                exchange.getResponseHeaders().set("Content-Range", "bytes */" + size);
                exchange.sendResponseHeaders(416, -1);
                return;
            }
            long end = Math.min(last, size - 1);
            ByteBuffer bytes = ByteBuffer.allocate((int) (end - first + 1));
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, first + bytes.position()) < 0) {
                    break;
                }
            }
            exchange.getResponseHeaders().set("Content-Range", "bytes " + first + "-" + end + "/" + size);
            exchange.getResponseHeaders().set("Content-Type", typeOf(file));
            exchange.sendResponseHeaders(206, bytes.capacity());
            exchange.getResponseBody().write(bytes.array());
        }
    }

    private static void badRequest(HttpExchange exchange) throws IOException {
        String message = "400: " + Message.PREVIEW_BAD_PATH.text() + "\n";
        respond(exchange, 400, TEXT, message.getBytes(StandardCharsets.UTF_8));
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Path page = root.resolve("404.html");
        byte[] body = isServable(page) ? bodyOf(page) : "404".getBytes(StandardCharsets.UTF_8);
        respond(exchange, 404, HTML, body);
    }

    /**
     * Whether {@code file} is a regular file whose real path, every link resolved, lies inside the root's: the checks
     * above are on names only, and a link in the served folder must not reach the rest of the machine. The root's own
     * real path is read each time, as publishing may point a link at a newer build.
     */
    private boolean isServable(Path file) throws IOException {
        return Files.isRegularFile(file) && file.toRealPath().startsWith(root.toRealPath());
    }

    private byte[] bodyOf(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (!file.toString().endsWith(".html")) {
            return bytes;
        }
        return htmlFilter.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
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

    /** Sends a complete response. */
    public static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
