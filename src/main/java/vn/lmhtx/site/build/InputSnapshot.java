package vn.lmhtx.site.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.lmhtx.site.files.Sha256;

/**
 * Every file of a site folder a build may read (all but {@code target/} and hidden files), each with a fingerprint of
 * its bytes, so that a preview can tell exactly which files a save changed. Timestamps are not trusted alone: two saves
 * within the file system's clock tick keep the same one.
 */
record InputSnapshot(Map<String, Fingerprint> files) {

    /** Files larger than this (photos, PDFs) are compared by size and time only, to spare reading them on every save. */
    private static final long DIGESTED = 1 << 20;

    /** How a file is recognised: its size, its modification time, and a digest of its bytes when it is small. */
    record Fingerprint(long size, long modified, String digest) {
    }

    static InputSnapshot of(Path site) throws IOException {
        Map<String, Fingerprint> files = new HashMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                String relative = site.relativize(file).toString().replace('\\', '/');
                if (relative.isEmpty() || relative.equals("target") || relative.startsWith("target/") || hidden(relative)
                    || Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    files.put(relative, fingerprint(file));
                } catch (NoSuchFileException e) {
                    // Gone since it was listed (an editor's temporary file): it is not an input any more.
                }
            }
        }
        return new InputSnapshot(Map.copyOf(files));
    }

    private static Fingerprint fingerprint(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            // A link or a special file: the build refuses it, and a snapshot never follows it.
            return new Fingerprint(-1, 0, "");
        }
        long size = Files.size(file);
        return size <= DIGESTED ? new Fingerprint(size, 0, digest(Files.readAllBytes(file)))
            : new Fingerprint(size, Files.getLastModifiedTime(file).toMillis(), "");
    }

    /** The files that differ between this snapshot and {@code later}: changed, added or removed. */
    Set<String> changedIn(InputSnapshot later) {
        Set<String> changed = new HashSet<>();
        files.forEach((path, print) -> {
            if (!print.equals(later.files().get(path))) {
                changed.add(path);
            }
        });
        later.files().keySet().stream().filter(path -> !files.containsKey(path)).forEach(changed::add);
        return changed;
    }

    private static boolean hidden(String relative) {
        return relative.startsWith(".") || relative.contains("/.");
    }

    private static String digest(byte[] bytes) {
        return HexFormat.of().formatHex(Sha256.of(bytes));
    }
}
