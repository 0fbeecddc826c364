package vn.lmhtx.site.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.build.SiteBuilder;
import vn.lmhtx.site.files.Folders;
import vn.lmhtx.site.files.Owner;
import vn.lmhtx.site.testing.Sites;

/**
 * The start-up sweep: what killed runs left beside the output and in the temporary folder is removed, what a running
 * build or preview uses, and the published tree, are not.
 */
class LeftoversTest {

    /** A process that has ended: the owner of a killed run's folders. */
    private static long deadPid;
    private static long deadStart;

    @TempDir
    Path temp;

    @BeforeAll
    static void endAProcess() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        deadStart = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        deadPid = process.pid();
        process.waitFor();
        process.onExit().get();
    }

    @Test
    void aBuildSweepsWhatKilledRunsLeftBesideItsOutput() throws Exception {
        Path site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));
        Path output = site.resolve("target/public");
        new SiteBuilder(Sites.NOW).build(site, output);
        Path target = output.getParent();
        Path published = output.toRealPath();
        // Killed mid-build (staging), between publish steps (a link not yet renamed, an old tree not yet deleted).
        Path staging = folder(target.resolve(Owner.name(".public-", deadPid, deadStart)));
        Path oldTree = folder(target.resolve(Owner.name(".public-", deadPid, deadStart)));
        Path link = Files.createSymbolicLink(target.resolve(Owner.name(".public-", deadPid, deadStart)), oldTree.getFileName());
        Path preview = folder(target.resolve(Owner.name(".preview-8820-", deadPid, deadStart)));
        // Left by versions before owner marks, and an hour old.
        List<Path> unmarked = Stream.of(".public-staging-123", ".public-old-456", ".preview-staging-789", ".preview-old-1")
            .map(name -> aged(folder(target.resolve(name)))).toList();
        // A build running now: this process's own staging, and a staging folder of an older version made a minute ago.
        Path running = folder(target.resolve(Owner.newName(".public-")));
        Path recent = folder(target.resolve(".public-staging-999"));

        new SiteBuilder(Sites.NOW).build(site, output);

        assertThat(Stream.concat(Stream.of(staging, oldTree, link, preview), unmarked.stream()))
            .allSatisfy(path -> assertThat(path).doesNotExist());
        // The first build's tree is kept until this process publishes again, for readers still inside it.
        assertThat(entries(target)).containsExactlyInAnyOrder("public", output.toRealPath().getFileName().toString(),
            published.getFileName().toString(), running.getFileName().toString(), recent.getFileName().toString());
    }

    @Test
    void thePublishedTreeOfAKilledRunStays() throws Exception {
        Path output = temp.resolve("target/public");
        Path tree = folder(output.resolveSibling(Owner.name(".public-", deadPid, deadStart)));
        Files.writeString(tree.resolve("sitemap.xml"), "published");
        Files.createSymbolicLink(output, tree.getFileName());

        assertThat(Leftovers.besideOutput(output)).isEmpty();
        assertThat(output.resolve("sitemap.xml")).hasContent("published");
    }

    @Test
    void checkSweepsTheTemporaryFolder() throws Exception {
        Path tmp = Owner.systemTemp();
        Path check = folder(tmp.resolve(Owner.name(Owner.CHECK_PREFIX, deadPid, deadStart)));
        Path kitchen = folder(tmp.resolve(Owner.name(Owner.KITCHEN_PREFIX, deadPid, deadStart)));
        Files.writeString(kitchen.resolve("staged.md"), "x");
        Path running = folder(tmp.resolve(Owner.newName(Owner.CHECK_PREFIX)));
        try {
            Path site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));
            new SiteBuilder(Sites.NOW).check(site);

            assertThat(check).doesNotExist();
            assertThat(kitchen).doesNotExist();
            assertThat(running).isDirectory();
        } finally {
            Folders.delete(running);
        }
    }

    @Test
    void unmarkedScratchFoldersGoOnlyOnceAnHourOld() throws Exception {
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Path old = aged(folder(tmp.resolve(Owner.CHECK_PREFIX + "4711")));
        Path recent = folder(tmp.resolve(Owner.KITCHEN_PREFIX + "4712"));
        Path stranger = aged(folder(tmp.resolve("lmhtx-other-1")));

        assertThat(Leftovers.inTemp(tmp)).containsExactly(old);
        assertThat(recent).isDirectory();
        assertThat(stranger).isDirectory();
    }

    @Test
    void aSweepNeverFollowsALinkOutOfTheLeftover() throws Exception {
        Path precious = folder(temp.resolve("precious"));
        Files.writeString(precious.resolve("keep.txt"), "keep");
        Path leftover = folder(temp.resolve("target/" + Owner.name(".public-", deadPid, deadStart)));
        Files.createSymbolicLink(leftover.resolve("escape"), precious);

        assertThat(Leftovers.besideOutput(temp.resolve("target/public"))).containsExactly(leftover);
        assertThat(precious.resolve("keep.txt")).hasContent("keep");
    }

    private static Path folder(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path aged(Path path) {
        try {
            Files.setLastModifiedTime(path, FileTime.from(Instant.now().minus(Leftovers.UNMARKED_AGE).minusSeconds(60)));
            return path;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }
}
