package vn.lmhtx.site.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/** Answers queries from the Lucene index shipped in a baked site; the reference the browser client must equal. */
public final class Searcher implements AutoCloseable {

    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public Searcher(Path site) throws IOException {
        this.reader = DirectoryReader.open(FSDirectory.open(site.resolve(SearchIndex.FOLDER)));
        this.searcher = new IndexSearcher(reader);
    }

    /** The best {@code limit} pages for a plan, best first (ties: lower doc id first, as Lucene orders them). */
    public List<SearchHit> search(QueryPlan plan, int limit) throws IOException {
        if (plan.isEmpty()) {
            return List.of();
        }
        Set<String> indexed = new HashSet<>();
        for (QueryPlan.Key key : plan.keys()) {
            if (reader.docFreq(new Term(key.kind().field(), key.term())) > 0) {
                indexed.add(key.id());
            }
        }
        QueryPlan resolved = plan.resolved(indexed::contains);
        TopDocs top = searcher.search(resolved.toLucene(), limit);
        List<SearchHit> hits = new ArrayList<>();
        for (ScoreDoc hit : top.scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc);
            hits.add(new SearchHit(doc.get(SearchIndex.URL), doc.get(SearchIndex.TITLE), hit.score));
        }
        return hits;
    }

    /**
     * The plan of a query being typed: its last word also stands for the index's most frequent words that start with
     * it ({@link QueryPlan#typed}, {@link Completions}), as the search page asks while a reader types.
     */
    public QueryPlan typed(String query, Optional<String> type, Optional<String> year) throws IOException {
        try {
            return QueryPlan.typed(query, type, year, prefix -> {
                try {
                    return Completions.of(reader, prefix);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Every document's stored fields, by doc id. */
    List<StoredDocument> storedDocuments() throws IOException {
        List<StoredDocument> documents = new ArrayList<>();
        // One reader for all: each storedFields() starts from no decompressed block, and pages share blocks.
        StoredFields stored = searcher.storedFields();
        for (int id = 0; id < reader.maxDoc(); id++) {
            Document doc = stored.document(id);
            documents.add(new StoredDocument(doc.get(SearchIndex.URL), doc.get(SearchIndex.TITLE), doc.get(SearchIndex.LEAD),
                doc.get(SearchIndex.TYPE), doc.get(SearchIndex.DATE), doc.get(SearchIndex.YEAR)));
        }
        return documents;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
