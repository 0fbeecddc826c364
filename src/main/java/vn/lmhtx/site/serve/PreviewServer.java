package vn.lmhtx.site.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import vn.lmhtx.site.build.BuildFailedException;
import vn.lmhtx.site.build.BuildResult;
import vn.lmhtx.site.build.IncrementalPreview;
import vn.lmhtx.site.build.OutputRefusedException;
import vn.lmhtx.site.build.SearchRefresh;
import vn.lmhtx.site.build.SiteBuilder;
import vn.lmhtx.site.content.ContentErrorsException;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.content.SiteUrls;
import vn.lmhtx.site.messages.Message;
import vn.lmhtx.site.publish.AtomicPublisher;

/**
 * Serves a preview of the site on 127.0.0.1 with the URLs a static host gives ({@code /tin-tuc/x/} is
 * {@code tin-tuc/x/index.html}, unknown paths get the 404 page), rebuilds it on every save and reloads open pages.
 * Live reload is injected while serving, so the baked files are exactly those {@code build} writes. A failed build,
 * and a file watcher that stopped, are shown on every page until they are over. After an incremental rebuild the pages
 * reload first; the search index is written next on a thread of its own, which the next save cancels, and then the
 * search page reloads. When a save changes many list pages, the pages the editor looks at reload first and the rest are
 * written on that thread before the search; a request for one of them waits until it is written.
 */
public final class PreviewServer implements AutoCloseable {

    private final Path site;
    private final Path output;
    private final HostCheck hostCheck;
    private final IncrementalPreview builds;
    private final PrintWriter log;
    private final boolean verbose;
    private final boolean showDrafts;
    private final LiveReload liveReload = new LiveReload();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "preview");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService searches = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "preview-search");
        thread.setDaemon(true);
        return thread;
    });
    /** The search refresh of the last rebuild and the task running it, while it may still run. */
    private volatile Optional<SearchRefresh> search = Optional.empty();
    private volatile Future<?> searchTask = CompletableFuture.completedFuture(null);
    /** Writes the pages the last rebuild left to settle, on the same thread as the search, before it. */
    private volatile Future<?> settleTask = CompletableFuture.completedFuture(null);
    /** The pages browsers asked for lately: a rebuild writes them before the reload. */
    private final RecentPages recent = new RecentPages();
    private final HttpServer server;
    private final SiteWatcher watcher;
    private volatile PreviewState state;
    private volatile boolean closing;

    /**
     * Claims {@code port} on 127.0.0.1 (0 picks a free one), builds the site once into {@code targetFolder/preview-<port>},
     * then serves it and watches for changes. The port comes first: a port that is taken fails at once, before a
     * build, and two previews never share a folder.
     *
     * @param verbose whether internal failures show their stack trace, on the page and in {@code log}
     * @throws java.net.BindException if the port is taken; nothing was built
     */
    public PreviewServer(Path site, Path targetFolder, int port, SiteBuilder builder, PrintWriter log, boolean verbose)
        throws IOException {
        this(site, targetFolder, port, builder, log, verbose, true);
    }

    /**
     * As the constructor above, choosing whether drafts and scheduled news are shown.
     *
     * @param showDrafts whether drafts and scheduled news get their page, with a banner ({@link SiteBuilder#preview});
     *     false shows exactly what {@code build} publishes ({@code serve --no-drafts})
     */
    public PreviewServer(Path site, Path targetFolder, int port, SiteBuilder builder, PrintWriter log, boolean verbose,
                         boolean showDrafts) throws IOException {
        this.site = site;
        this.showDrafts = showDrafts;
        this.log = log;
        this.verbose = verbose;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        int bound = server.getAddress().getPort();
        this.output = targetFolder.resolve("preview-" + bound);
        this.builds = new IncrementalPreview(builder, site, output, showDrafts);
        this.hostCheck = new HostCheck(bound);
        try {
            rebuild();
            this.watcher = new SiteWatcher(site);
        } catch (IOException | RuntimeException | Error e) {
            server.stop(0);
            throw e;
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
        threads.execute(this::watch);
    }

    /** Where this preview builds the site: {@code preview-<port>} in the target folder, removed when the preview stops. */
    public Path output() {
        return output;
    }

    /** The address pages are served at, with the site's base path. */
    public URI address() {
        String basePath = state.basePath();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + basePath);
    }

    /**
     * Rebuilds after a save. A rebuild that leaves pages to settle (many list pages changed) announces the reload once
     * the pages the editor looks at are written; the rest are written on the background thread, and its summary and
     * problems are shown then. A broken save shows its load's errors at once and the problems of its pages (a link to
     * an article it leaves out, say) once they are tried out on the background thread. A save meanwhile waits for that
     * to end: the next rebuild starts from a settled preview.
     */
    private synchronized void rebuild() {
        awaitSettled();
        String basePath = state == null ? "/" : state.basePath();
        // The save supersedes the search refresh still running: stop it rather than let it take the CPU this build needs.
        search.ifPresent(SearchRefresh::cancel);
        searchTask.cancel(true);
        search = Optional.empty();
        try {
            IncrementalPreview.Rebuilt rebuilt = builds.rebuildPages(recent.files());
            state = new PreviewState.Built(output, rebuilt.result().basePath());
            if (!rebuilt.settled()) {
                liveReload.announce();
                settleTask = searches.submit(this::settle);
                return;
            }
            report(rebuilt);
        } catch (ContentErrorsException e) {
            fail(e, basePath, List.of());
            if (!builds.isSettled()) {
                // A broken save: its load's errors are on every page now; its pages' problems follow once tried out.
                liveReload.announce();
                settleTask = searches.submit(this::settle);
                return;
            }
        } catch (OutputRefusedException | BuildFailedException | RuntimeException e) {
            fail(e, basePath, List.of());
        }
        liveReload.announce();
        liveReload.announceSettled();
        startSearch();
    }

    /**
     * Writes the pages the last rebuild left, or tries out the pages of a broken save, and shows what it found; on the
     * background thread.
     */
    private void settle() {
        PreviewState before = state;
        try {
            Optional<IncrementalPreview.Rebuilt> rebuilt = builds.settle();
            if (rebuilt.isPresent()) {
                report(rebuilt.get());
                if (!rebuilt.get().incremental() || before instanceof PreviewState.Failed) {
                    // Settling fell back to a full build (every page was written again), or the pages replace errors.
                    state = new PreviewState.Built(output, rebuilt.get().result().basePath());
                    liveReload.announce();
                }
            }
        } catch (ContentErrorsException | OutputRefusedException | BuildFailedException | RuntimeException e) {
            List<String> shown = before instanceof PreviewState.Failed failed ? failed.problems() : List.of();
            fail(e, state.basePath(), shown);
            if (!(state instanceof PreviewState.Failed failed && failed.problems().equals(shown))) {
                liveReload.announce();
            }
        }
        liveReload.announceSettled();
        startSearch();
    }

    /**
     * Returns once every page of the last save is written and checked, its summary and problems shown (the search
     * index may still be on its way).
     */
    public void awaitSettled() {
        boolean interrupted = false;
        while (true) {
            try {
                settleTask.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException | CancellationException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Shows a settled rebuild: its summary in the terminal; the search refresh it left is the next to run. */
    private void report(IncrementalPreview.Rebuilt rebuilt) {
        BuildResult result = rebuilt.result();
        log.println(result.summary(Message.SUMMARY_REBUILT));
        if (showDrafts && result.hidden() > 0) {
            log.println(Message.PREVIEW_DRAFTS_SHOWN.text(result.hidden()));
        }
        search = rebuilt.search();
    }

    /**
     * Shows a failed build on every page and in the terminal, leaving out of the terminal the problems in {@code shown}
     * (printed already for the same save); the search page reloads with the rest.
     */
    private void fail(Exception e, String basePath, List<String> shown) {
        if (e instanceof ContentErrorsException errors) {
            List<String> problems = errors.problems().stream().map(Problem::toString).toList();
            state = new PreviewState.Failed(problems, Optional.empty(), basePath);
            // A broken save's problems once its pages are tried out may be those the terminal shows already.
            if (!problems.equals(shown)) {
                problems.stream().filter(problem -> !shown.contains(problem)).forEach(log::println);
                log.println(Message.ERRORS_IN_PREVIEW.text(errors.problems().stream().filter(Problem::isError).count()));
            }
        } else if (e instanceof OutputRefusedException) {
            state = new PreviewState.Failed(List.of(e.getMessage()), Optional.empty(), basePath);
            log.println(e.getMessage());
        } else {
            String message = Message.INTERNAL_FAILURE.text(BuildFailedException.describe(e));
            state = new PreviewState.Failed(List.of(message), trace(e), basePath);
            log.println(message);
            trace(e).ifPresent(log::print);
        }
        search = Optional.empty();
    }

    /** Starts the search refresh of the last rebuild, or, when there is none, tells the search page to reload. */
    private void startSearch() {
        Optional<SearchRefresh> refresh = search;
        if (refresh.isEmpty()) {
            // Full and failed builds leave no search to catch up with: the search page reloads with the rest.
            liveReload.announceSearch();
        } else {
            searchTask = searches.submit(() -> refreshSearch(refresh.get()));
        }
    }

    /** Writes the search index of the last incremental rebuild, then reloads the search page; on its own thread. */
    private void refreshSearch(SearchRefresh refresh) {
        try {
            if (refresh.run()) {
                liveReload.announceSearch();
            }
        } catch (BuildFailedException | RuntimeException e) {
            synchronized (this) {
                if (!refresh.isCurrent()) {
                    return;
                }
                String message = Message.INTERNAL_FAILURE.text(BuildFailedException.describe(e));
                state = new PreviewState.Failed(List.of(message), trace(e), state.basePath());
                log.println(message);
                trace(e).ifPresent(log::print);
                liveReload.announceSearch();
                liveReload.announce();
            }
        }
    }

    /**
     * Rebuilds after every burst of saves until closed. Should the watcher stop for any other reason (a folder it cannot
     * watch, such as past the system's limit of watches, or a failure a rebuild does not catch), saves no longer reach
     * the preview: every page then says so, rather than serve the last build as if it were current.
     */
    private void watch() {
        Throwable failure = null;
        try {
            watcher.run(this::rebuild);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        if (closing) {
            return;
        }
        String reason = failure == null ? Message.WATCH_SERVICE_CLOSED.text() : BuildFailedException.describe(failure);
        Optional<String> trace = failure == null ? Optional.empty() : trace(failure);
        state = new PreviewState.Stopped(reason, trace, state.basePath());
        log.println(stoppedMessage(reason));
        trace.ifPresent(log::print);
        liveReload.announce();
    }

    private static String stoppedMessage(String reason) {
        return Message.PREVIEW_STOPPED_WATCHING.text(reason);
    }

    /** The stack trace of {@code failure} when verbose. */
    private Optional<String> trace(Throwable failure) {
        if (!verbose) {
            return Optional.empty();
        }
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        return Optional.of(trace.toString());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (!hostCheck.allows(exchange.getRequestHeaders().getFirst("Host"))) {
                StaticFiles.respond(exchange, 403, StaticFiles.TEXT, ("403: " + Message.PREVIEW_OTHER_HOST.text(address()) + "\n").getBytes(StandardCharsets.UTF_8));
            } else if (LiveReload.EVENTS_PATH.equals(path)) {
                liveReload.stream(exchange);
            } else if (LiveReload.SCRIPT_PATH.equals(path)) {
                StaticFiles.respond(exchange, 200, "text/javascript; charset=utf-8", LiveReload.clientScript().getBytes(StandardCharsets.UTF_8));
            } else if (state instanceof PreviewState.Stopped stopped) {
                StaticFiles.respond(exchange, 500, StaticFiles.HTML, ErrorPage.stoppedWatching(stoppedMessage(stopped.reason()),
                    stopped.trace(), liveReload.scriptTag()).getBytes(StandardCharsets.UTF_8));
            } else if (state instanceof PreviewState.Failed failed) {
                StaticFiles.respond(exchange, 500, StaticFiles.HTML,
                    ErrorPage.buildFailed(failed.problems(), failed.trace(), liveReload.scriptTag()).getBytes(StandardCharsets.UTF_8));
            } else if (state instanceof PreviewState.Built built) {
                boolean searchPage = isSearchPage(path, built.basePath());
                new StaticFiles(built.output(), built.basePath(), html -> withLiveReload(html, searchPage), this::awaitWritten)
                    .serve(exchange);
            }
        }
    }

    /** Holds a request for a page still to be written after the reload, and remembers the pages asked for. */
    private void awaitWritten(String file) throws IOException {
        recent.add(file);
        try {
            builds.awaitWritten(file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("stopped waiting for " + file);
        }
    }

    /** Whether {@code rawPath} asks for the search page, the one page that reads the search index. */
    private static boolean isSearchPage(String rawPath, String basePath) {
        String search = basePath + SiteUrls.SEARCH.substring(1);
        return rawPath.equals(search) || rawPath.equals(search + "index.html");
    }

    /** Adds the live-reload script just before {@code </body>}. */
    private String withLiveReload(String html, boolean searchPage) {
        int end = html.lastIndexOf("</body>");
        String tag = liveReload.scriptTag(searchPage);
        return end < 0 ? html + tag : html.substring(0, end) + tag + html.substring(end);
    }

    /** Stops serving and watching, and removes this preview's folder once no build runs. */
    @Override
    public void close() throws IOException {
        closing = true;
        server.stop(0);
        watcher.close();
        threads.shutdownNow();
        searches.shutdownNow();
        synchronized (this) {
            search.ifPresent(SearchRefresh::cancel);
        }
        try {
            // A refresh moves its folder into the output: let it end before the output is removed.
            searches.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            AtomicPublisher.remove(output);
        }
    }
}
