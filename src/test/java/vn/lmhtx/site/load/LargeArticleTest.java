package vn.lmhtx.site.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.markdown.MarkdownRenderer;
import vn.lmhtx.site.testing.LargeArticle;
import vn.lmhtx.site.testing.Sites;

/**
 * One large article (4 MB of realistic Markdown) loads cleanly, and a problem at its very end is reported on its
 * line. Time is not asserted here (a timed unit test flakes on a busy machine): the per-node line lookups that made
 * this quadratic are banned by forbidden-apis in the pom, and {@code bash src/test/bench/large/run} prints the growth
 * exponent of the whole {@code check} over 1–10 MB.
 */
class LargeArticleTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path site;

    @Test
    void aLargeArticleLoadsCleanlyAndAProblemAtItsEndHasItsLine() throws IOException {
        String article = LargeArticle.fromSeedArticle(20180221L).text(4 * MB);
        Sites.write(site, "content/tin-tuc/bai-rat-dai.md", article);
        Path file = site.resolve("content/tin-tuc/bai-rat-dai.md");
        ContentLoader loader = new ContentLoader(new MarkdownRenderer());

        LoadResult clean = loader.load(site);
        assertThat(clean.problems()).isEmpty();
        assertThat(clean.items()).hasSize(1);

        Files.writeString(file, article + "\nTải [tệp](ftp://example.org/a.pdf).\n");
        long lastLine = Files.readAllLines(file).size();
        assertThat(loader.load(site).problems()).singleElement().asString()
            .startsWith("content/tin-tuc/bai-rat-dai.md:" + lastLine + ": body: \"ftp://example.org/a.pdf\" uses ftp:");
    }
}
