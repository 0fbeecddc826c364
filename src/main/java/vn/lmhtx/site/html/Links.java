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
import java.util.Optional;
import java.util.OptionalInt;

/** Small questions about URLs that several passes ask. */
final class Links {

    private Links() {
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

    /** The first line of the page's content file that mentions {@code text}, else 1. */
    static int lineOf(HtmlPage page, String text) {
        return lineOf(page.sourceText(), text);
    }

    /** The first line of {@code sourceText} that mentions {@code text}, else 1. */
    static int lineOf(String sourceText, String text) {
        return findLine(sourceText, text).orElse(1);
    }

    /** The first line of {@code sourceText} that mentions {@code text}, if one does. */
    static OptionalInt findLine(String sourceText, String text) {
        int at = text.isEmpty() ? -1 : sourceText.indexOf(text);
        if (at < 0) {
            return OptionalInt.empty();
        }
        int line = 1;
        for (int i = sourceText.indexOf('\n'); i >= 0 && i < at; i = sourceText.indexOf('\n', i + 1)) {
            line++;
        }
        return OptionalInt.of(line);
    }
}
