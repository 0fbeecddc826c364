package vn.lmhtx.site.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Making a tree readable by everyone (deleting one is {@link vn.lmhtx.site.files.Folders#delete}). */
final class Trees {

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

    private Trees() {
    }

    /**
     * Sets every folder under {@code root}, itself included, to 0755 and every file to 0644, so a web server running as
     * another user can read what {@code rsync -a} copies, whatever the umask of the build (temporary folders are
     * created 0700). Nothing happens on file systems without POSIX permissions.
     */
    static void makeWorldReadable(Path root) throws IOException {
        if (!Files.getFileStore(root).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                Files.setPosixFilePermissions(folder, FOLDER);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile()) {
                    Files.setPosixFilePermissions(file, FILE);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
