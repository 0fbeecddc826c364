package vn.lmhtx.site.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.lmhtx.site.files.Folders;
import vn.lmhtx.site.files.Owner;
import vn.lmhtx.site.messages.Message;

/**
 * Swaps a finished staging folder in for the output. The output is a symbolic link to a tree beside it
 * ({@code target/public -> .public-<owner mark>}); publishing points a new link at the new tree and renames it over
 * the old link, one atomic step: whatever instant the build is killed at, the output exists and is the old tree or
 * the new one. The old tree is then deleted; if that fails the build still succeeded, and the next run's
 * {@link Leftovers sweep} tries again.
 *
 * <p>Two cases take two renames, with an instant where the output is missing: an output that is still a plain folder
 * (built before outputs were links) is moved aside once, and on file systems without symbolic links the tree itself
 * is renamed into place as before.
 */
public final class AtomicPublisher {

    /** Per output, the tree this process's last publish replaced and kept for readers still inside it. */
    private static final Map<Path, Path> KEPT = new ConcurrentHashMap<>();

    private AtomicPublisher() {
    }

    /** A new empty staging folder beside {@code output}, on the same file system, owned by this process. */
    public static Path createStaging(Path output) throws IOException {
        Path target = output.toAbsolutePath();
        Files.createDirectories(target.getParent());
        return Owner.createFolder(target.getParent(), treePrefix(target));
    }

    /**
     * Makes {@code staging} readable by everyone and publishes it as {@code output}. Returns a note when the previous
     * tree could not be deleted: the new site is published all the same.
     *
     * @throws IOException if the new tree could not be published; the output is then what it was
     */
    public static Optional<String> publish(Path staging, Path output) throws IOException {
        Path target = output.toAbsolutePath();
        Trees.makeWorldReadable(staging);
        Path link = target.resolveSibling(Owner.newName(treePrefix(target)));
        try {
            Files.createSymbolicLink(link, staging.getFileName());
        } catch (UnsupportedOperationException | FileSystemException e) {
            // No symbolic links here (Windows without the privilege, some network or FAT file systems).
            return renameIntoPlace(staging, target);
        }
        Path retired = null;
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            // A plain folder from a build before outputs were links: moved aside once, the only non-atomic swap.
            retired = target.resolveSibling(Owner.newName(treePrefix(target)));
            move(target, retired);
        } else if (Files.isSymbolicLink(target)) {
            retired = ownTree(target, Files.readSymbolicLink(target)).orElse(null);
        }
        try {
            move(link, target);
        } catch (IOException e) {
            Files.deleteIfExists(link);
            if (retired != null && !Files.exists(target, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(retired)) {
                move(retired, target);
            }
            throw e;
        }
        if (retired == null) {
            return Optional.empty();
        }
        // The old tree stays until this process's next publish of the same output (a build process publishes once;
        // the next run's sweep removes what it kept, as no link points to it any more).
        Path earlier = KEPT.put(target, retired);
        return earlier == null ? Optional.empty() : retire(earlier);
    }

    /** Removes a staging folder that will not be published. */
    public static void discard(Path staging) {
        try {
            Folders.delete(staging);
        } catch (IOException | RuntimeException e) {
            // Only a hidden leftover beside the output; the next run's sweep removes it.
        }
    }

    /** Removes a published output: the link, the tree it points to and the one kept from before, or a plain output folder. */
    public static void remove(Path output) throws IOException {
        Path target = output.toAbsolutePath();
        Path kept = KEPT.remove(target);
        if (kept != null) {
            Folders.delete(kept);
        }
        if (Files.isSymbolicLink(target)) {
            Optional<Path> tree = ownTree(target, Files.readSymbolicLink(target));
            Files.delete(target);
            if (tree.isPresent()) {
                Folders.delete(tree.get());
            }
        } else {
            Folders.delete(target);
        }
    }

    /** The prefix of the trees, staging folders and links that belong to {@code output}: {@code .public-}. */
    static String treePrefix(Path output) {
        return "." + output.getFileName() + "-";
    }

    /** The tree a link points to, if it is one of ours beside it (never a folder the link's owner chose elsewhere). */
    static Optional<Path> ownTree(Path output, Path linkTarget) {
        String name = linkTarget.toString();
        boolean ours = linkTarget.getNameCount() == 1 && !linkTarget.isAbsolute() && Owner.hasMark(name, treePrefix(output));
        return ours ? Optional.of(output.resolveSibling(name)) : Optional.empty();
    }

    /** Without symbolic links: the previous output is moved aside, the new tree renamed into place. */
    private static Optional<String> renameIntoPlace(Path staging, Path target) throws IOException {
        Path retired = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            retired = target.resolveSibling(Owner.newName(treePrefix(target)));
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
        return retired == null ? Optional.empty() : retire(retired);
    }

    private static Optional<String> retire(Path tree) {
        try {
            Folders.delete(tree);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(Message.PREVIOUS_SITE_NOT_DELETED.text(tree, e));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
