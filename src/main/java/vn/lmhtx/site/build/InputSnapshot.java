package vn.lmhtx.site.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import vn.lmhtx.site.files.Sha256;
import vn.lmhtx.site.load.InputListing;

/**
 * Every file of a site folder a build may read (all but {@code target/} and hidden files), each with a fingerprint of
 * its bytes, so that a preview can tell exactly which files a save changed.
 *
 * <p>Taken again on every save, it reads only the files whose size or modification time changed since the previous
 * snapshot, and those modified shortly before it was taken: a save within the file system's clock tick of the previous
 * snapshot may keep the time the snapshot saw (Git's "racily clean" files), so such a file is never trusted by its time
 * alone. A file modified at least {@link #RACY} before a snapshot and whose size and time are the same at the next is
 * unchanged: only a tool that sets a file's time back to the very nanosecond it had could fool it.
 *
 * <p>The same walk lists the entries of the site's inputs, hidden ones included, for the input check and the load of
 * an incremental rebuild ({@link InputListing}): one walk of the site per save instead of four.
 *
 * @param taken when the walk began, by the system clock, in nanoseconds since the epoch
 * @param listing the entries under the site's inputs, as this walk found them
 */
record InputSnapshot(Map<String, Fingerprint> files, long taken, InputListing listing) {

    /** Files larger than this (photos, PDFs) are compared by size and time only, to spare reading them on every save. */
    private static final long DIGESTED = 1 << 20;
    /**
     * How close to a snapshot a file's time must be for the next snapshot to read it again: above the coarsest clock
     * tick of the file systems an editor may use (2 s on FAT) and the skew between the system clock and the disk's.
     */
    private static final long RACY = TimeUnit.SECONDS.toNanos(3);

    /**
     * How a file is recognised: its size, its modification time (nanoseconds since the epoch) and a digest of its bytes
     * when it is small. Small files are the same when their size and digest are: a file saved again unchanged is not
     * a change.
     */
    record Fingerprint(long size, long modified, String digest) {

        boolean sameBytes(Fingerprint other) {
            return other != null && size == other.size()
                && (digest.isEmpty() ? modified == other.modified() && other.digest().isEmpty() : digest.equals(other.digest()));
        }
    }

    /** A snapshot that reads every file. */
    static InputSnapshot of(Path site) throws IOException {
        return of(site, Optional.empty());
    }

    /** A snapshot that takes from {@code previous} the digests of files that did not change since (see above). */
    static InputSnapshot of(Path site, Optional<InputSnapshot> previous) throws IOException {
        long taken = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        Map<String, Fingerprint> files = new HashMap<>();
        Map<String, InputListing.Kind> listed = new HashMap<>();
        // target/ (the preview's own output among it) and hidden folders are not entered at all, but those under the
        // inputs, which the input check lists: at 5,000 articles the output alone holds twice as many files as the
        // inputs. Links are never followed (walkFileTree reports them as files), as the input check and load do not.
        Files.walkFileTree(site, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                String relative = relative(site, folder);
                return relative.isEmpty() || !(relative.equals("target") || hidden(relative) && !InputListing.isInput(relative))
                    ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String relative = relative(site, file);
                if (InputListing.isInput(relative)) {
                    listed.put(relative, InputListing.Kind.of(attributes));
                }
                if (!relative.equals("target") && !hidden(relative)) {
                    try {
                        files.put(relative, fingerprint(file, relative, attributes, previous));
                    } catch (NoSuchFileException e) {
                        // Gone since it was listed (an editor's temporary file): it is not an input any more.
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    // Gone since it was listed (an editor's temporary file): it is not an input any more.
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        return new InputSnapshot(Map.copyOf(files), taken, new InputListing(listed));
    }

    /** The fingerprint of a file (not a folder) with these attributes, read without following links. */
    private static Fingerprint fingerprint(Path file, String relative, BasicFileAttributes attributes,
                                           Optional<InputSnapshot> previous) throws IOException {
        if (!attributes.isRegularFile()) {
            // A link or a special file: the build refuses it, and a snapshot never follows it.
            return new Fingerprint(-1, 0, "");
        }
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        if (size > DIGESTED) {
            return new Fingerprint(size, modified, "");
        }
        Optional<Fingerprint> known = previous.flatMap(p -> p.trusted(relative, size, modified));
        if (known.isPresent()) {
            return known.get();
        }
        return new Fingerprint(size, modified, Sha256.hexOf(file));
    }

    /** This snapshot's fingerprint of {@code relative}, if the file's size and time say it is still the same. */
    private Optional<Fingerprint> trusted(String relative, long size, long modified) {
        Fingerprint known = files.get(relative);
        return known != null && known.size() == size && known.modified() == modified && modified <= taken - RACY
            ? Optional.of(known) : Optional.empty();
    }

    /** The digest of {@code relative}'s bytes (hexadecimal SHA-256), when the snapshot read them. */
    Optional<String> digestOf(String relative) {
        Fingerprint print = files.get(relative);
        return print == null || print.digest().isEmpty() ? Optional.empty() : Optional.of(print.digest());
    }

    /** The files that differ between this snapshot and {@code later}: changed, added or removed. */
    Set<String> changedIn(InputSnapshot later) {
        Set<String> changed = new HashSet<>();
        files.forEach((path, print) -> {
            if (!print.sameBytes(later.files().get(path))) {
                changed.add(path);
            }
        });
        later.files().keySet().stream().filter(path -> !files.containsKey(path)).forEach(changed::add);
        return changed;
    }

    private static String relative(Path site, Path file) {
        return site.relativize(file).toString().replace('\\', '/');
    }

    private static boolean hidden(String relative) {
        return relative.startsWith(".") || relative.contains("/.");
    }

}
