package vn.lmhtx.site.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Server-sent events that tell open preview pages to reload. Each build gets a generation number; a page knows
 * the generation it was served with and reloads when the stream announces another one, so a build that finishes
 * between page load and connection is not missed. The search index has generations of its own, sent as events named
 * {@code search}: an incremental rebuild announces its pages before its search index is written, and only the search
 * page, which alone reads the index, reloads again when the index catches up.
 */
final class LiveReload {

    static final String EVENTS_PATH = "/__live-reload/events";
    static final String SCRIPT_PATH = "/__live-reload/client.js";

    private static final long HEARTBEAT_SECONDS = 15;

    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong searchGeneration = new AtomicLong();
    private final CopyOnWriteArrayList<BlockingQueue<String>> listeners = new CopyOnWriteArrayList<>();

    long generation() {
        return generation.get();
    }

    /** Announces a finished build (good or bad) to every open page. */
    void announce() {
        send(pagesEvent(generation.incrementAndGet()));
    }

    /**
     * Announces that every page of the last build is written (an incremental rebuild may announce its pages before the
     * last of them are): an event named {@code settled}, which pages do not listen to; for tools that measure.
     */
    void announceSettled() {
        send("event: settled\ndata: " + generation() + "\n\n");
    }

    /** Announces that the search index is that of the last build, to the search page. */
    void announceSearch() {
        send(searchEvent(searchGeneration.incrementAndGet()));
    }

    private void send(String event) {
        listeners.forEach(queue -> queue.offer(event));
    }

    private static String pagesEvent(long generation) {
        return "data: " + generation + "\n\n";
    }

    private static String searchEvent(long generation) {
        return "event: search\ndata: " + generation + "\n\n";
    }

    /** The script injected into previewed pages, just before {@code </body>}. */
    String scriptTag() {
        return scriptTag(false);
    }

    /** As {@link #scriptTag()}; on the search page it also carries the search index's generation the page was served with. */
    String scriptTag(boolean searchPage) {
        String search = searchPage ? " data-search-generation=\"" + searchGeneration.get() + "\"" : "";
        return "<script src=\"" + SCRIPT_PATH + "\" data-generation=\"" + generation() + "\"" + search + "></script>";
    }

    static String clientScript() {
        return String.format(Locale.ROOT, """
            // Preview only: reloads the page when the site has been rebuilt. Never part of the published site.
            (function () {
              var me = document.currentScript;
              var served = me.getAttribute("data-generation");
              var searchServed = me.getAttribute("data-search-generation");
              var events = new EventSource("%s");
              events.onmessage = function (event) {
                if (event.data !== served) { location.reload(); }
              };
              // Only the search page reads the search index, which an incremental rebuild writes after its pages.
              if (searchServed !== null) {
                events.addEventListener("search", function (event) {
                  if (event.data !== searchServed) { location.reload(); }
                });
              }
            })();
            """, EVENTS_PATH);
    }

    /** Streams generations to one page until it goes away; runs on its own server thread. */
    void stream(HttpExchange exchange) throws IOException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        listeners.add(queue);
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            write(out, pagesEvent(generation()) + searchEvent(searchGeneration.get()));
            while (true) {
                String next = queue.poll(HEARTBEAT_SECONDS, TimeUnit.SECONDS);
                // A comment line keeps proxies and browsers from dropping an idle stream, and notices closed pages.
                write(out, next == null ? ": heartbeat\n\n" : next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The page was closed or reloaded: nothing to do.
        } finally {
            listeners.remove(queue);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
