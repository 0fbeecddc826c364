package vn.lmhtx.site.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copy and delete never go through a symbolic link: nothing outside a tree is read into it or deleted with it. */
class FoldersTest {

    @TempDir
    Path temp;

    private Path outside;

    @BeforeEach
    void outsideTheTree() throws IOException {
        outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "SECRET");
    }

    @Test
    void deleteRemovesLinksButNeverWhatTheyPointTo() throws IOException {
        Path root = Files.createDirectories(temp.resolve("root/a/b"));
        Files.writeString(root.resolve("page.html"), "x");
        Files.createSymbolicLink(root.resolve("folder-link"), outside);
        Files.createSymbolicLink(root.resolve("file-link"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(root.resolve("dangling"), temp.resolve("nowhere"));
        Path rootLink = Files.createSymbolicLink(temp.resolve("root-link"), outside);

        Folders.delete(temp.resolve("root"));
        Folders.delete(rootLink);
        Folders.delete(temp.resolve("never-existed"));

        assertThat(temp.resolve("root")).doesNotExist();
        assertThat(Files.exists(rootLink, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(outside.resolve("secret.txt")).hasContent("SECRET");
    }

    @Test
    void copyTakesFoldersAndRegularFilesAndLeavesLinksOut() throws IOException {
        Path from = Files.createDirectories(temp.resolve("assets/css"));
        Files.writeString(from.resolve("site.css"), "body {}");
        Files.createDirectories(temp.resolve("assets/empty"));
        Files.createSymbolicLink(temp.resolve("assets/env.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(temp.resolve("assets/all"), outside);
        Files.createSymbolicLink(temp.resolve("assets/dangling"), temp.resolve("nowhere"));
        Path to = temp.resolve("staged/assets");

        Folders.copy(temp.resolve("assets"), to);

        assertThat(tree(to)).containsExactly("css", "css/site.css", "empty");
        assertThat(to.resolve("css/site.css")).hasContent("body {}");
    }

    @Test
    void copyOfALinkedFolderCopiesNothing() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("assets"), outside);

        Folders.copy(link, temp.resolve("staged"));

        assertThat(tree(temp.resolve("staged"))).isEmpty();
    }

    @Test
    void copyLeavesNamedPipesOutRatherThanBlockOnThem() throws Exception {
        Path from = Files.createDirectories(temp.resolve("assets"));
        Files.writeString(from.resolve("a.txt"), "a");
        Process mkfifo = new ProcessBuilder("mkfifo", from.resolve("pipe").toString()).start();
        assumeThat(mkfifo.waitFor()).as("mkfifo is available").isZero();

        Folders.copy(from, temp.resolve("staged"));

        assertThat(tree(temp.resolve("staged"))).containsExactly("a.txt");
    }

    private static List<String> tree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
