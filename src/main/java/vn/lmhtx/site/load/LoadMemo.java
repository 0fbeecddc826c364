package vn.lmhtx.site.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import vn.lmhtx.site.content.PassedClaims;
import vn.lmhtx.site.files.Sha256;

/**
 * What each content file gave the last time it was loaded, with a digest of its bytes, so that a preview reloads only
 * the files saved since. A file's load depends only on its path and bytes, and on the photos and settings it uses: a
 * memo may be kept only while no photo, PDF, setting or template changed (the preview starts a new one then). It also
 * keeps the URL claims of the cross-file checks that last met no conflict ({@link PassedClaims}).
 */
public final class LoadMemo {

    private final Map<String, Entry> byPath = new ConcurrentHashMap<>();
    /** The URL claims of the cross-file checks that last met no conflict. */
    private final PassedClaims claims = new PassedClaims();
    private volatile Function<String, Optional<String>> known = path -> Optional.empty();

    /** One file's digest (hexadecimal SHA-256) and load. */
    private record Entry(String digest, ContentLoader.FileLoad load) {
    }

    /**
     * Takes each file's digest from {@code digests} (by path relative to the site folder, forward slashes) when it has
     * one, instead of reading the file to digest it: a preview has just fingerprinted every input. Should a file change
     * between the two, its next save is seen as a change again, so a wrong pairing of digest and load lasts one save.
     */
    public void digestsFrom(Function<String, Optional<String>> digests) {
        this.known = digests;
    }

    PassedClaims claims() {
        return claims;
    }

    /** The load of {@code file} (at {@code relative}): remembered if its bytes are unchanged, else {@code load}'s. */
    ContentLoader.FileLoad load(String relative, Path file, Supplier<ContentLoader.FileLoad> load) {
        String digest = digestOf(relative, file);
        return remembered(relative, digest).orElseGet(() -> {
            ContentLoader.FileLoad loaded = load.get();
            byPath.put(relative, new Entry(digest, loaded));
            return loaded;
        });
    }

    /** The load of {@code file} (at {@code relative}) if its bytes are those remembered. */
    Optional<ContentLoader.FileLoad> remembered(String relative, Path file) {
        return remembered(relative, digestOf(relative, file));
    }

    private Optional<ContentLoader.FileLoad> remembered(String relative, String digest) {
        Entry remembered = byPath.get(relative);
        return remembered != null && remembered.digest().equals(digest) ? Optional.of(remembered.load()) : Optional.empty();
    }

    private String digestOf(String relative, Path file) {
        return known.apply(relative).orElseGet(() -> digest(relative, file));
    }

    private static String digest(String relative, Path file) {
        try {
            return Sha256.hexOf(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + relative, e);
        }
    }
}
