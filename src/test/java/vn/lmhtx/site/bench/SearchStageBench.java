package vn.lmhtx.site.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.lmhtx.site.content.CompressedText;
import vn.lmhtx.site.parallel.Workers;
import vn.lmhtx.site.search.SearchBuild;
import vn.lmhtx.site.search.SearchDocument;
import vn.lmhtx.site.testing.RealCorpus;

/**
 * Times the search stage alone ({@link SearchBuild#run}: pairs, Lucene index, static export) on the first N real
 * articles, built straight from the corpus as {@link RankKnownItems} does (no bake), so that the stage can be profiled
 * (run it under {@code -XX:StartFlightRecording}) and its output compared byte for byte before and after a change.
 * {@code SearchStageBench <corpus.jsonl.gz> <N> <output folder> [threads] [rounds]}; prints each round's wall and CPU
 * time. The benchmark's figures come from the baked site ({@code run}).
 */
public final class SearchStageBench {

    private SearchStageBench() {
    }

    public static void main(String[] args) throws Exception {
        List<RealCorpus.Article> articles = RealCorpus.read(Paths.get(args[0]), Integer.parseInt(args[1]));
        List<SearchDocument> documents = new ArrayList<>();
        for (RealCorpus.Article article : articles) {
            documents.add(new SearchDocument("/tin-tuc/bai-" + article.id() + "/", RealCorpus.clean(article.title()),
                RealCorpus.clean(article.sapo()), CompressedText.of(RealCorpus.clean(article.body())), "", "news", "Tin tức",
                "", ""));
        }
        documents.sort((a, b) -> a.url().compareTo(b.url()));
        Path output = Paths.get(args[2]);
        Workers workers = new Workers(args.length > 3 ? Integer.parseInt(args[3]) : Runtime.getRuntime().availableProcessors());
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 1; round <= rounds; round++) {
            Files.createDirectories(output);
            long cpu = os.getProcessCpuTime();
            long callerCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long start = System.nanoTime();
            SearchBuild.run(documents, output, workers);
            // The calling thread's CPU is the stage's sequential part (the index writer, the export's reading and
            // layout): on a busy machine a steadier figure than the wall time.
            System.out.printf(Locale.ROOT, "round %d: search stage of %d articles: %.1f s wall, %.1f s CPU (process), %.1f s CPU (calling thread), load %.1f%n",
                round, documents.size(), (System.nanoTime() - start) / 1e9,
                (os.getProcessCpuTime() - cpu) / 1e9, (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - callerCpu) / 1e9,
                os.getSystemLoadAverage());
        }
    }
}
