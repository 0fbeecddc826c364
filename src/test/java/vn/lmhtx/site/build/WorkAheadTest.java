package vn.lmhtx.site.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orientechnologies.orient.core.Orient;
import com.orientechnologies.orient.core.storage.OStorage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.ContentErrorsException;
import vn.lmhtx.site.testing.Sites;

/**
 * Work a build starts ahead on threads of its own (JBake's database while the content loads, the share cards while it
 * bakes) ends with the build, whichever stage fails: no database stays open, no thread outlives it, nothing is left
 * beside the output.
 */
class WorkAheadTest {

    @TempDir
    Path temp;

    private Path site;
    private Path output;
    private Map<String, String> before;
    private Set<String> besideBefore;

    @BeforeEach
    void buildAGoodSite() throws Exception {
        site = Sites.withProjectTheme(temp.resolve("site"));
        Sites.write(site, "content/tin-tuc/mot.md", news("Tin một", "Thân bài."));
        output = site.resolve("target/public");
        builder().build(site, output);
        before = Sites.fingerprint(output);
        besideBefore = beside();
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "creating symbolic links needs privileges Windows lacks")
    void aBuildThatStopsBeforeBakingClosesTheDatabaseStartedForIt() throws Exception {
        Set<String> open = jbakeDatabases();
        // A link among the inputs stops the build after loading, while the database may still be under way.
        Files.createSymbolicLink(site.resolve("assets/env.txt"), site.resolve("content/tin-tuc/mot.md"));

        assertThatThrownBy(() -> builder().build(site, output)).isInstanceOf(ContentErrorsException.class);

        assertEverythingEnded(open);
    }

    @Test
    void aBuildThatFailsAfterBakingEndsTheShareCardsDrawnBesideIt() throws Exception {
        Set<String> open = jbakeDatabases();
        Sites.write(site, "content/tin-tuc/hai.md", news("Tin hai", "Xem [trang cũ](/khong-co/)."));

        assertThatThrownBy(() -> builder().build(site, output)).isInstanceOf(ContentErrorsException.class);

        assertEverythingEnded(open);
    }

    @Test
    void aCheckClosesItsDatabaseToo() throws Exception {
        Set<String> open = jbakeDatabases();

        builder().check(site);

        assertEverythingEnded(open);
    }

    private void assertEverythingEnded(Set<String> openBefore) throws Exception {
        assertThat(jbakeDatabases()).isEqualTo(openBefore);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("lmhtx-ahead-") && t.isAlive()
            && !endsSoon(t));
        assertThat(Sites.fingerprint(output)).isEqualTo(before);
        assertThat(beside()).as("staging and card folders removed").isEqualTo(besideBefore);
    }

    private Set<String> beside() throws Exception {
        try (Stream<Path> files = Files.list(output.getParent())) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    /** A thread whose work has ended may take a moment to terminate. */
    private static boolean endsSoon(Thread thread) {
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    private static SiteBuilder builder() {
        return new SiteBuilder(Sites.NOW, new BuildOptions(2));
    }

    /** The in-memory databases JBake bakes with that are open in this JVM. */
    private static Set<String> jbakeDatabases() {
        return Orient.instance().getStorages().stream().map(OStorage::getName).filter(name -> name.startsWith("lmhtx-"))
            .collect(Collectors.toSet());
    }

    private static String news(String title, String body) {
        return "---\ntitle: " + title + "\ntype: news\ndate: 2020-01-01\nsummary: Tóm tắt.\ntags: [Tin mới]\n---\n\n" + body + "\n";
    }
}
