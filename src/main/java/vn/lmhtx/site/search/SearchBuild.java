package vn.lmhtx.site.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.lmhtx.site.parallel.Workers;

/** Indexes what the reader sees of each content page of a baked site, then exports the index for the browser. */
public final class SearchBuild {

    private SearchBuild() {
    }

    /**
     * Writes {@code output/search/lucene} and the static export beside it.
     *
     * @param documents one per content page, in the plan's (URL) order, taken from the pages while the HTML passes had
     *     them parsed ({@link SearchDocument#of}), so no page is read and parsed again here
     */
    public static void run(List<SearchDocument> documents, Path output) throws IOException {
        run(documents, output, Workers.sequential());
    }

    /** As {@link #run(List, Path)}, analysing the pages and counting their pairs ({@link IndexedPairs}) on {@code workers}. */
    public static void run(List<SearchDocument> documents, Path output, Workers workers) throws IOException {
        Path index = output.resolve(SearchIndex.FOLDER);
        Files.createDirectories(index);
        SearchIndex.write(documents, index, workers);
        Map<String, String> labels = new TreeMap<>();
        documents.forEach(document -> labels.putIfAbsent(document.type(), document.typeLabel()));
        StaticExport.write(output, labels, workers);
    }
}
