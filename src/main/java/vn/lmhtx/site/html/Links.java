package vn.lmhtx.site.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** Small questions about URLs that several passes ask. */
final class Links {

    private Links() {
    }

    /**
     * Whether a link leaves the site: an http:, https: (in any case) or protocol-relative ({@code //host/path}) URL to
     * another host. Browsers open {@code //host} links with the page's own scheme, so they are external links too.
     */
    static boolean isExternal(String url, String ownHost) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        boolean absolute = lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//");
        return absolute && !isOwnHost(url.strip(), ownHost);
    }

    static boolean isOwnHost(String url, String ownHost) {
        try {
            String host = new URI(url.startsWith("//") ? "https:" + url : url).getHost();
            return host != null && host.equalsIgnoreCase(ownHost);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * A page's content file text, read when a problem needs its line: kept for every page, the texts would fill the
     * heap of a large site; "" for generated pages.
     */
    static String textOf(String source, Optional<Path> sourceFile) {
        try {
            if (sourceFile.isEmpty()) {
                return "";
            }
            // Never through a link (O_NOFOLLOW): the load stage refused links, and one made since must not be followed.
            try (InputStream in = Files.newInputStream(sourceFile.get(), LinkOption.NOFOLLOW_LINKS)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + " again", e);
        }
    }
}
