package vn.lmhtx.site.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Swaps a finished staging folder in for the output folder. Staging folders are created next to the output, on
 * the same file system, so each step is a rename: readers of the output see the old tree or the new one, never a
 * mix, and a failure before the swap leaves the old tree untouched.
 */
public final class AtomicPublisher {

    private AtomicPublisher() {
    }

    /** A new empty staging folder beside {@code output}. */
    public static Path createStaging(Path output) throws IOException {
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return Files.createTempDirectory(parent, "." + output.getFileName() + "-staging-");
    }

    /** Replaces {@code output} with {@code staging}. */
    public static void publish(Path staging, Path output) throws IOException {
        Path target = output.toAbsolutePath();
        Path retired = null;
        if (Files.exists(target)) {
            retired = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-old-");
            Files.delete(retired);
            move(target, retired);
        }
        try {
            move(staging, target);
        } catch (IOException e) {
            if (retired != null) {
                move(retired, target);
            }
            throw e;
        }
        if (retired != null) {
            delete(retired);
        }
    }

    /** Removes a staging folder that will not be published. */
    public static void discard(Path staging) {
        try {
            delete(staging);
        } catch (IOException | UncheckedIOException e) {
            // Only a hidden leftover beside the output; the next build creates a fresh one.
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
