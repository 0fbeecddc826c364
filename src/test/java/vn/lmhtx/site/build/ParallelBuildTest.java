package vn.lmhtx.site.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.ContentErrorsException;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.search.SearchIndex;
import vn.lmhtx.site.testing.CorpusGenerator;
import vn.lmhtx.site.testing.Sites;

/** A build on several threads writes, byte for byte, what a sequential build writes, and reports the same problems. */
class ParallelBuildTest {

    private static final int ARTICLES = 300;

    @TempDir
    static Path temp;

    private static Path corpus;

    @BeforeAll
    static void generate() throws Exception {
        corpus = new CorpusGenerator(20180221L).write(temp.resolve("corpus"), ARTICLES);
    }

    @Test
    void fourThreadsWriteExactlyTheFilesOfOne() throws Exception {
        // With news held back (scheduled, a draft), so that the plan of the site to come is made beside the published
        // one, and its pages baked, checked and left out.
        Path site = Sites.copyOf(corpus, temp.resolve("with-held-news"));
        Sites.write(site, "content/tin-tuc/tin-sap-dang.md", "---\ntitle: Tin sắp đăng\ntype: news\ndate: 2030-01-01\n"
            + "summary: Tóm tắt.\ntags: [zqsaptoi]\n---\n\nĐoạn ZQSCHEDULED.\n");
        Sites.write(site, "content/tin-tuc/ban-nhap.md", "---\ntitle: Bản nháp\ntype: news\ndate: 2024-01-01\n"
            + "summary: Tóm tắt.\nstatus: draft\n---\n\nĐoạn ZQDRAFT.\n");
        Path sequential = temp.resolve("one-thread");
        Path parallel = temp.resolve("four-threads");
        new SiteBuilder(Sites.NOW, new BuildOptions(1)).build(site, sequential);
        new SiteBuilder(Sites.NOW, new BuildOptions(4)).build(site, parallel);

        Map<String, String> expected = Sites.fingerprint(sequential);
        // The comparison means something only if the build wrote every kind of file: articles, lists, search export.
        assertThat(expected).hasSizeGreaterThan(ARTICLES)
            .containsKeys("tin-tuc/bai-00001/index.html", "tin-tuc/bai-00300/index.html", "search/manifest.json", "feed.xml");
        Map<String, String> actual = Sites.fingerprint(parallel);
        assertThat(actual.keySet()).as("files written").containsExactlyElementsOf(expected.keySet());
        assertThat(expected.keySet().stream().filter(file -> !expected.get(file).equals(actual.get(file))))
            .as("files whose bytes differ").isEmpty();
        assertThat(Sites.allText(parallel)).doesNotContain("ZQSCHEDULED", "ZQDRAFT", "zqsaptoi");
        // Each thread indexed a run of pages (of 100 or more) into a segment of its own: the export read them as one
        // index, in order.
        assertThat(segments(parallel)).as("segments of the four-thread index").isGreaterThan(1);
        assertThat(segments(sequential)).as("segments of the one-thread index").isEqualTo(1);
    }

    private static int segments(Path site) throws Exception {
        try (Directory index = FSDirectory.open(site.resolve(SearchIndex.FOLDER))) {
            return SegmentInfos.readLatestCommit(index).size();
        }
    }

    @Test
    void fourThreadsReportTheProblemsOfOne() throws Exception {
        Path site = Sites.copyOf(corpus, temp.resolve("broken"));
        for (int i = 1; i <= 5; i++) {
            Sites.write(site, "content/tin-tuc/hong-" + i + ".md", "---\ntitle: Hỏng " + i + "\ntype: news\ndate: 2020-01-0" + i
                + "\nsummary: x\n---\n\nĐoạn.\n\n<img src=\"/assets/images/khong-co-" + i + ".png\">\n\nXem [mục](#khong-co-" + i + ").\n");
        }

        List<Problem> sequential = problemsOf(site, 1);
        List<Problem> parallel = problemsOf(site, 4);

        assertThat(sequential).filteredOn(Problem::isError).hasSize(10);
        assertThat(sequential).filteredOn(problem -> !problem.isError()).hasSize(5);
        assertThat(parallel).isEqualTo(sequential);
    }

    private static List<Problem> problemsOf(Path site, int threads) {
        ContentErrorsException failure = catchThrowableOfType(ContentErrorsException.class,
            () -> new SiteBuilder(Sites.NOW, new BuildOptions(threads)).check(site));
        assertThat(failure).as("a build with broken links fails").isNotNull();
        return failure.problems();
    }
}
