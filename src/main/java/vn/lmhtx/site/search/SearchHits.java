package vn.lmhtx.site.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How the command line prints search results: aligned lines for people, JSON for scripts. */
public final class SearchHits {

    private SearchHits() {
    }

    public static String lines(List<SearchHit> hits) {
        if (hits.isEmpty()) {
            return "Không có kết quả.";
        }
        return hits.stream().map(hit -> String.format(Locale.ROOT, "%9.4f  %s  %s", hit.score(), hit.url(), hit.title()))
            .collect(Collectors.joining("\n"));
    }

    public static String json(List<SearchHit> hits) {
        return hits.stream().map(hit -> {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("url", Json.string(hit.url()));
            fields.put("title", Json.string(hit.title()));
            fields.put("score", Float.toString(hit.score()));
            return Json.object(fields);
        }).collect(Collectors.joining(",", "[", "]"));
    }
}
