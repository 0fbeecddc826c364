package vn.lmhtx.site.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.markdown.MarkdownRenderer;
import vn.lmhtx.site.testing.LargeArticle;
import vn.lmhtx.site.testing.Sites;

/**
 * Loading one large article (read, decode, check, front matter, Markdown with its line lookups and raw-HTML checks)
 * takes time linear in its size: 1, 2, 4 and 8 MB of realistic Markdown, figures printed. Times are the loading
 * thread's CPU time (the loader runs sequentially on it), so other processes on a busy machine do not count; the
 * assertion is loose (8 MB in less than 16 times the time of 1 MB, where quadratic would be 64 times).
 * The whole {@code check} on large articles is measured by {@code bash src/test/bench/large/run}.
 */
class LargeArticleTest {

    private static final long MB = 1024 * 1024;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @TempDir
    Path work;

    private final ContentLoader loader = new ContentLoader(new MarkdownRenderer());

    @Test
    void loadingTimeGrowsLinearlyWithTheSizeOfOneArticle() throws IOException {
        LargeArticle article = LargeArticle.fromSeedArticle(20180221L);
        int[] sizes = {1, 2, 4, 8};
        double[] millis = new double[sizes.length];
        Path warmUp = site(article, 1);
        load(warmUp);
        load(warmUp);
        for (int i = 0; i < sizes.length; i++) {
            Path site = site(article, sizes[i]);
            // For the two sizes compared, the better of two runs: the JIT compiler still at work is not the loader's cost.
            boolean compared = i == 0 || i == sizes.length - 1;
            millis[i] = compared ? Math.min(load(site), load(site)) : load(site);
            System.out.printf(Locale.ROOT, "load of one %d MB article: %.0f ms CPU (%.0f ms per MB)%n", sizes[i], millis[i],
                millis[i] / sizes[i]);
        }
        double exponent = Math.log(millis[sizes.length - 1] / millis[0]) / Math.log((double) sizes[sizes.length - 1] / sizes[0]);
        System.out.printf(Locale.ROOT, "8 MB / 1 MB: %.1f times the time; growth exponent %.2f (1 = linear, 2 = quadratic)%n",
            millis[sizes.length - 1] / millis[0], exponent);
        assertThat(millis[sizes.length - 1] / millis[0]).isLessThan(16);
    }

    private Path site(LargeArticle article, int megabytes) throws IOException {
        Path site = Files.createDirectories(work.resolve(megabytes + "mb"));
        if (!Files.exists(site.resolve("content"))) {
            Sites.write(site, "content/tin-tuc/bai-rat-dai.md", article.text(megabytes * MB));
        }
        return site;
    }

    /** Loads the site, checks it loaded cleanly, and returns the CPU time it took in milliseconds. */
    private double load(Path site) {
        long start = THREADS.getCurrentThreadCpuTime();
        LoadResult result = loader.load(site);
        long cpu = THREADS.getCurrentThreadCpuTime() - start;
        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).hasSize(1);
        return cpu / 1e6;
    }
}
