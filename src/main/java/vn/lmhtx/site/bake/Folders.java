package vn.lmhtx.site.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

/** Copying and deleting folder trees. */
final class Folders {

    private Folders() {
    }

    /**
     * Copies the folders and regular files under {@code from}; fails on a link or a special file instead of copying
     * what it points to or blocking on a named pipe. The build refuses those before baking ({@code InputFiles}), so
     * meeting one here means the folder changed during the build.
     */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files.sorted()::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isDirectory()) {
                    Files.createDirectories(target);
                } else if (attributes.isRegularFile()) {
                    Files.copy(source, target, LinkOption.NOFOLLOW_LINKS);
                } else {
                    throw new IOException(source + " is a symbolic link or a special file; refusing to copy it");
                }
            }
        }
    }

    static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary folder is harmless; the build's result does not depend on it.
        }
    }
}
