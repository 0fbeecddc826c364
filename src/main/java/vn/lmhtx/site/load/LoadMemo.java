package vn.lmhtx.site.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import vn.lmhtx.site.files.Sha256;

/**
 * What each content file gave the last time it was loaded, with a digest of its bytes, so that a preview reloads only
 * the files saved since. A file's load depends only on its path and bytes, and on the photos and settings it uses: a
 * memo may be kept only while no photo, PDF, setting or template changed (the preview starts a new one then).
 */
public final class LoadMemo {

    private final Map<String, Entry> byPath = new ConcurrentHashMap<>();

    /** One file's digest and load. */
    private record Entry(byte[] digest, ContentLoader.FileLoad load) {
    }

    /** The load of {@code file} (at {@code relative}): remembered if its bytes are unchanged, else {@code load}'s. */
    ContentLoader.FileLoad load(String relative, Path file, Supplier<ContentLoader.FileLoad> load) {
        byte[] digest;
        try {
            digest = Sha256.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + relative, e);
        }
        Entry known = byPath.get(relative);
        if (known != null && Arrays.equals(known.digest(), digest)) {
            return known.load();
        }
        ContentLoader.FileLoad loaded = load.get();
        byPath.put(relative, new Entry(digest, loaded));
        return loaded;
    }

}
