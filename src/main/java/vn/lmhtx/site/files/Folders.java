package vn.lmhtx.site.files;

import java.io.FileFilter;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.apache.commons.io.FileUtils;
import org.apache.commons.io.file.PathUtils;

/**
 * Copying and deleting folder trees (with commons-io), never through a symbolic link: a link in a tree being deleted is
 * removed, not followed, so deleting a staging folder never reaches what a link in it points to; a link in a tree being
 * copied is left out, so copying the site's assets never publishes what a link points to (the load stage reports
 * every link among the inputs as an error).
 */
public final class Folders {

    /** Only folders and regular files are copied: no links, no named pipes or devices (a pipe would block the copy). */
    private static final FileFilter FOLDERS_AND_FILES = file -> Files.isDirectory(file.toPath(), LinkOption.NOFOLLOW_LINKS)
        || Files.isRegularFile(file.toPath(), LinkOption.NOFOLLOW_LINKS);

    /** How often a delete starts again after files vanished under it, before it gives up. */
    private static final int DELETE_ATTEMPTS = 3;

    private Folders() {
    }

    /**
     * Copies the folders and regular files under {@code from} into {@code to}, which is created; links and special files
     * are left out, and so is everything when {@code from} itself is a link.
     */
    public static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            FileUtils.copyDirectory(from.toFile(), to.toFile(), FOLDERS_AND_FILES, false);
        }
    }

    /**
     * Makes {@code to} (created, or an existing empty folder) a tree of the same folders as {@code from} whose files are
     * hard links to {@code from}'s: a scratch copy in the time of a directory walk, whatever the files weigh. A file
     * of the copy must then be replaced (deleted and written again, or moved over), never written in place, which
     * would change the original too. Links and special files are left out, as by {@link #copy}.
     *
     * @throws IOException also when the file system has no hard links (then nothing useful was made)
     */
    public static void linkCopy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(folder).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile()) {
                    Files.createLink(to.resolve(from.relativize(file).toString()), file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Deletes {@code root} and everything under it, if it exists; a link is deleted, never followed (also when
     * {@code root} is one). Files that vanish meanwhile (another run sweeping the same leftover) are fine.
     */
    public static void delete(Path root) throws IOException {
        for (int attempt = 1; Files.exists(root, LinkOption.NOFOLLOW_LINKS); attempt++) {
            try {
                PathUtils.delete(root);
            } catch (NoSuchFileException e) {
                // Part of the tree went while it was walked: walk what is left, if anything.
                if (attempt == DELETE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** {@link #delete} for a scratch folder whose leftovers cost only disk space (the next run's sweep removes them). */
    public static void deleteQuietly(Path root) {
        try {
            delete(root);
        } catch (IOException | RuntimeException e) {
            // A leftover temporary folder is harmless; the build's result does not depend on it.
        }
    }
}
