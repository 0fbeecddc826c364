package vn.lmhtx.site.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * Work a build starts ahead on a thread of its own (the share cards, while it bakes) ends with the build, whichever
 * stage fails: no thread outlives it, nothing is left beside the output.
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
    void aBuildThatStopsBeforeBakingLeavesNothingBehind() throws Exception {
        // A link among the inputs stops the build after loading.
        Files.createSymbolicLink(site.resolve("assets/env.txt"), site.resolve("content/tin-tuc/mot.md"));

        assertThatThrownBy(() -> builder().build(site, output)).isInstanceOf(ContentErrorsException.class);

        assertEverythingEnded();
    }

    @Test
    void aBuildThatFailsAfterBakingEndsTheShareCardsDrawnBesideIt() throws Exception {
        Sites.write(site, "content/tin-tuc/hai.md", news("Tin hai", "Xem [trang cũ](/khong-co/)."));

        assertThatThrownBy(() -> builder().build(site, output)).isInstanceOf(ContentErrorsException.class);

        assertEverythingEnded();
    }

    @Test
    void aCheckLeavesNothingBehind() throws Exception {
        builder().check(site);

        assertEverythingEnded();
    }

    private void assertEverythingEnded() throws Exception {
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

    private static String news(String title, String body) {
        return "---\ntitle: " + title + "\ntype: news\ndate: 2020-01-01\nsummary: Tóm tắt.\ntags: [Tin mới]\n---\n\n" + body + "\n";
    }
}
