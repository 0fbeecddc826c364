package vn.lmhtx.site.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * Reads every key of the index with its per-document score, computed by Lucene's own similarity exactly as the
 * {@link QueryPlan#clause} term query scores it (BM25 with the kind's boost).
 */
final class PostingsReader {

    private final IndexSearcher searcher;
    private final LeafReader leaf;

    PostingsReader(IndexSearcher searcher) {
        this.searcher = searcher;
        this.leaf = searcher.getIndexReader().leaves().get(0).reader();
    }

    /** Calls {@code sink} once per key of {@code kind}, in term order. */
    void forEachKey(TermKind kind, Consumer<Postings> sink) throws IOException {
        Terms terms = leaf.terms(kind.field());
        if (terms == null) {
            return;
        }
        CollectionStatistics collection = searcher.collectionStatistics(kind.field());
        TermsEnum each = terms.iterator();
        for (BytesRef bytes = each.next(); bytes != null; bytes = each.next()) {
            Term term = new Term(kind.field(), BytesRef.deepCopyOf(bytes));
            TermStatistics statistics = searcher.termStatistics(term, each.docFreq(), each.totalTermFreq());
            Similarity.SimScorer scorer = searcher.getSimilarity().scorer(kind.boost(), collection, statistics);
            Map<Integer, Float> scores = new HashMap<>();
            // Norms are read forward only; every term walks the documents from the start again.
            NumericDocValues norms = leaf.getNormValues(kind.field());
            PostingsEnum postings = each.postings(null, PostingsEnum.FREQS);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
                scores.put(doc, scorer.score(postings.freq(), norm));
            }
            sink.accept(sorted(kind.field() + ":" + term.text(), scores));
        }
    }

    private static Postings sorted(String key, Map<Integer, Float> byDoc) {
        List<Map.Entry<Integer, Float>> entries = new ArrayList<>(byDoc.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<Integer, Float> e) -> e.getValue()).reversed()
            .thenComparing(Map.Entry::getKey));
        int[] docs = new int[entries.size()];
        float[] scores = new float[entries.size()];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = entries.get(i).getKey();
            scores[i] = entries.get(i).getValue();
        }
        return new Postings(key, docs, scores);
    }
}
