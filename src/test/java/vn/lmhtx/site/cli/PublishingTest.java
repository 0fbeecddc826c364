package vn.lmhtx.site.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.testing.ConsoleCapture;
import vn.lmhtx.site.testing.Sites;

/** Once the new site is published, nothing may turn the build into a failure; before that, nothing may be destroyed. */
class PublishingTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    private Path readOnly;

    @TempDir
    Path temp;

    @AfterEach
    void restore() throws Exception {
        if (readOnly != null) {
            run("chattr", "-i", readOnly.toString());
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aReadOnlyOldTreeIsReplacedAndTheBuildSucceedsWithAWarning() throws Exception {
        Path site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));
        Path output = site.resolve("target/public");
        assertThat(Main.run(Sites.NOW, "build", "--source", site.toString())).isZero();
        Path oldTree = output.toRealPath();
        makeReadOnly(oldTree.resolve("tin-tuc/tin-mot"));
        Sites.write(site, "content/tin-tuc/tin-mot.md",
            Files.readString(site.resolve("content/tin-tuc/tin-mot.md")).replace("Tin một về hợp tác xã", "Tin một đã sửa"));

        assertThat(Main.run(Sites.NOW, "build", "--source", site.toString())).isZero();

        assertThat(output.resolve("tin-tuc/tin-mot/index.html")).content(StandardCharsets.UTF_8).contains("Tin một đã sửa");
        assertThat(output.toRealPath()).isNotEqualTo(oldTree);
        // The replaced tree is kept for readers still inside it; this process's next publish deletes it, and warns.
        assertThat(oldTree).isDirectory();
        assertThat(console.stderr()).doesNotContain("publish: warning");
        assertThat(Main.run(Sites.NOW, "build", "--source", site.toString())).isZero();
        assertThat(console.stderr())
            .contains("target/public:1: publish: warning: the new site is published, but the previous one in " + oldTree)
            .doesNotContain("internal failure");
    }

    @Test
    void anOutputThatIsAFileIsRefused() throws Exception {
        Path site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));
        Path file = Files.writeString(temp.resolve("notes.txt"), "keep me");

        assertThat(Main.run(Sites.NOW, "build", "--source", site.toString(), "--output", file.toString())).isEqualTo(2);
        assertThat(file).hasContent("keep me");
        assertThat(console.stderr()).contains("usage: " + file + " is a file");
    }

    /** Read-only even for root, who ignores permissions: the immutable attribute where chattr exists. */
    private void makeReadOnly(Path folder) throws Exception {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        readOnly = folder;
        if (canWrite(folder)) {
            run("chattr", "+i", folder.toString());
        }
        assumeThat(canWrite(folder)).as("a folder this user cannot write to").isFalse();
    }

    private static boolean canWrite(Path folder) {
        try {
            Files.delete(Files.createFile(folder.resolve("probe")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void run(String... command) {
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        } catch (IOException e) {
            // No such tool here: the assumption above skips the test.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
