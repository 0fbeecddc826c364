package vn.lmhtx.site.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import vn.lmhtx.site.serve.StaticFiles;

/** Serves a baked site on a free port of 127.0.0.1, exactly as a static host would, for browser tests. */
public final class SiteServer implements AutoCloseable {

    private final HttpServer server;

    public SiteServer(Path site) throws IOException {
        this(site, file -> { });
    }

    /** Serves {@code site}, asking {@code gate} before each file is read ({@link StaticFiles.Gate}). */
    public SiteServer(Path site, StaticFiles.Gate gate) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        StaticFiles files = new StaticFiles(site, "/", UnaryOperator.identity(), gate);
        server.createContext("/", exchange -> {
            try (exchange) {
                files.serve(exchange);
            }
        });
        server.start();
    }

    /** The absolute URL of a site path such as {@code /tin-tuc/}. */
    public String url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/").resolve(path.substring(1)).toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
