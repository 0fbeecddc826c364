package vn.lmhtx.site.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openqa.selenium.json.Json;
import vn.lmhtx.site.content.CompressedText;
import vn.lmhtx.site.search.QueryPlan;
import vn.lmhtx.site.search.SearchDocument;
import vn.lmhtx.site.search.SearchHit;
import vn.lmhtx.site.search.SearchIndex;
import vn.lmhtx.site.search.Searcher;
import vn.lmhtx.site.testing.RealCorpus;

/**
 * A quick ranking probe for tuning: indexes the first N real articles straight from the corpus (title, lead, body as
 * the converter writes them; no bake, no export) and prints MRR@10 of the known-item queries by kind, from Lucene,
 * which the browser client equals. {@code RankKnownItems <corpus.jsonl.gz> <N> <known.json> [index folder, kept]}. The benchmark's figures
 * come from the baked site ({@code run}); this only says quickly whether a change helps.
 */
public final class RankKnownItems {

    private RankKnownItems() {
    }

    public static void main(String[] args) throws Exception {
        List<RealCorpus.Article> articles = RealCorpus.read(Paths.get(args[0]), Integer.parseInt(args[1]));
        List<SearchDocument> documents = new ArrayList<>();
        for (RealCorpus.Article article : articles) {
            documents.add(new SearchDocument("/tin-tuc/bai-" + article.id() + "/", RealCorpus.clean(article.title()),
                RealCorpus.clean(article.sapo()), CompressedText.of(RealCorpus.clean(article.body())), "", "news", "Tin tức", "", ""));
        }
        documents.sort((a, b) -> a.url().compareTo(b.url()));
        Path site = args.length > 3 ? Paths.get(args[3]) : Files.createTempDirectory("rank-known-items");
        Path index = site.resolve(SearchIndex.FOLDER);
        if (!Files.isDirectory(index)) {
            Files.createDirectories(index);
            long start = System.nanoTime();
            SearchIndex.write(documents, index);
            System.out.printf(Locale.ROOT, "indexed %d articles in %.1f s%n", documents.size(), (System.nanoTime() - start) / 1e9);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> known = new Json().toType(Files.readString(Paths.get(args[2]), StandardCharsets.UTF_8), Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> queries = (List<Map<String, Object>>) known.get("queries");
        Map<String, double[]> byKind = new TreeMap<>();
        try (Searcher searcher = new Searcher(site)) {
            for (Map<String, Object> query : queries) {
                List<SearchHit> hits = searcher.search(QueryPlan.of((String) query.get("q"), Optional.empty(), Optional.empty()), 10);
                int rank = 0;
                for (int i = 0; i < hits.size() && rank == 0; i++) {
                    rank = hits.get(i).url().equals(query.get("target")) ? i + 1 : 0;
                }
                double[] sums = byKind.computeIfAbsent((String) query.get("kind"), k -> new double[3]);
                sums[0] += rank == 0 ? 0 : 1.0 / rank;
                sums[1] += rank == 1 ? 1 : 0;
                sums[2]++;
            }
        }
        byKind.forEach((kind, sums) -> System.out.printf(Locale.ROOT, "%-11s MRR@10 %.3f  first hit %5.1f %%  (%d queries)%n",
            kind, sums[0] / sums[2], 100 * sums[1] / sums[2], (int) sums[2]));
    }
}
