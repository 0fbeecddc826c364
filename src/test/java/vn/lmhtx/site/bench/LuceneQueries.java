package vn.lmhtx.site.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.json.Json;
import vn.lmhtx.site.search.QueryPlan;
import vn.lmhtx.site.search.SearchHit;
import vn.lmhtx.site.search.Searcher;

/**
 * Answers every query of a known-item file from a baked site's Lucene index, in one JVM, as the {@code search} command
 * does (each query's top 10 as [[url, score], ...]): {@code LuceneQueries <site> <known.json> <out.json>}. The benchmark compares the browser client's top 10 with it.
 */
public final class LuceneQueries {

    private static final int LIMIT = 10;

    private LuceneQueries() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Paths.get(args[0]);
        Json json = new Json();
        @SuppressWarnings("unchecked")
        Map<String, Object> known = json.toType(Files.readString(Paths.get(args[1]), StandardCharsets.UTF_8), Map.class);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> queries = (List<Map<String, Object>>) known.get("queries");
        try (Searcher searcher = new Searcher(site); BufferedWriter out = Files.newBufferedWriter(Paths.get(args[2]), StandardCharsets.UTF_8)) {
            out.write("[\n");
            for (int i = 0; i < queries.size(); i++) {
                String query = (String) queries.get(i).get("q");
                List<SearchHit> hits = searcher.search(QueryPlan.of(query, Optional.empty(), Optional.empty()), LIMIT);
                StringBuilder line = new StringBuilder("[");
                for (SearchHit hit : hits) {
                    String url = hit.url().startsWith("/") ? hit.url() : "/" + hit.url();
                    // A float's shortest decimal, as Java prints it, reads back to the same float in JavaScript.
                    line.append(line.length() > 1 ? "," : "").append('[').append(json.toJson(url)).append(',').append(Float.toString(hit.score())).append(']');
                }
                out.write(line.append(']').append(i + 1 < queries.size() ? ",\n" : "\n").toString());
            }
            out.write("]\n");
        }
    }
}
