package vn.lmhtx.site.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.lmhtx.site.testing.Sites;
import org.junit.jupiter.api.io.TempDir;

/** Whatever instant a build is killed at, the output exists and is the old tree or the new one, never a mix of both. */
class AtomicSwapTest {

    private static final int PUBLISHES = 300;

    @TempDir
    Path temp;

    @Test
    void aReaderNeverFindsTheOutputMissingWhileItIsReplaced() throws Exception {
        Path output = temp.resolve("target/public");
        publishVersion(output, 0);
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        AtomicInteger reads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                seen.add(read(output));
                reads.incrementAndGet();
            }
        });
        reader.start();
        for (int version = 1; version <= PUBLISHES; version++) {
            publishVersion(output, version);
            // Two whole reads after each publish: a read that began in the replaced tree has ended before the next
            // publish deletes that tree, as every request ends long before the next build (seconds to minutes) does.
            // Publishing any faster would only test a reader paused for a whole build.
            int after = reads.get() + 2;
            while (reads.get() < after) {
                Thread.onSpinWait();
            }
        }
        done.set(true);
        reader.join();

        assertThat(seen).isNotEmpty().allSatisfy(state -> assertThat(state).matches("version \\d+ of \\d+"));
        assertThat(read(output)).isEqualTo("version " + PUBLISHES + " of " + PUBLISHES);
        // Only the tree the last publish replaced is kept (for readers still inside it); every earlier one is gone.
        assertThat(siblings(output)).hasSize(2).contains("public");
        Path kept = output.resolveSibling(siblings(output).stream().filter(name -> !name.equals("public")).findFirst().orElseThrow());
        assertThat(kept.resolve("sitemap.xml")).hasContent(String.valueOf(PUBLISHES - 1));
    }

    @Test
    void anOutputFolderOfAnEarlierVersionIsReplacedByTheNewTree() throws Exception {
        Path output = temp.resolve("target/public");
        Files.createDirectories(output.resolve("tin-tuc"));
        Files.writeString(output.resolve("sitemap.xml"), "old");
        Files.writeString(output.resolve("tin-tuc/old.html"), "old");

        publishVersion(output, 1);

        assertThat(read(output)).isEqualTo("version 1 of 1");
        assertThat(output.resolve("tin-tuc/old.html")).doesNotExist();
        assertThat(siblings(output)).hasSize(2).contains("public");
        publishVersion(output, 2);
        assertThat(siblings(output)).hasSize(2).contains("public");
        assertThat(Sites.allText(output.getParent())).doesNotContain("old");
    }

    @Test
    void aStagingFolderThatIsDiscardedLeavesNothing() throws Exception {
        Path output = temp.resolve("target/public");
        publishVersion(output, 1);
        Path staging = AtomicPublisher.createStaging(output);
        Files.writeString(staging.resolve("sitemap.xml"), "never published");

        AtomicPublisher.discard(staging);

        assertThat(read(output)).isEqualTo("version 1 of 1");
        assertThat(siblings(output)).containsExactly("public");
    }

    /**
     * Publishes a tree whose two files both hold {@code version}. (A reader that opens them one after the other may
     * see two versions if a publish falls between its two reads, as with any host; what must never happen is a file
     * that is missing.)
     */
    private static void publishVersion(Path output, int version) throws IOException {
        Path staging = AtomicPublisher.createStaging(output);
        Files.createDirectories(staging.resolve("tin-tuc"));
        Files.writeString(staging.resolve("sitemap.xml"), String.valueOf(version));
        Files.writeString(staging.resolve("tin-tuc/index.html"), String.valueOf(version));
        AtomicPublisher.publish(staging, output);
    }

    private static String read(Path output) {
        try {
            return "version " + Files.readString(output.resolve("sitemap.xml")) + " of " + Files.readString(output.resolve("tin-tuc/index.html"));
        } catch (NoSuchFileException e) {
            return "missing: " + e.getFile();
        } catch (IOException e) {
            return "unreadable: " + e;
        }
    }

    /** The visible entries beside the output and any leftovers (hidden ones that no link points to). */
    static List<String> siblings(Path output) throws IOException {
        Path parent = output.getParent();
        String current = Files.isSymbolicLink(output) ? Files.readSymbolicLink(output).toString() : "";
        try (Stream<Path> entries = Files.list(parent)) {
            return entries.map(p -> p.getFileName().toString()).filter(name -> !name.equals(current)).sorted().toList();
        }
    }
}
