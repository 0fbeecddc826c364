package vn.lmhtx.site.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * Reads every key of the index with its postings and BM25 weight, and every field's norms, so that the client can
 * recompute each score exactly. Each posting's recomputed score is checked against Lucene's own scorer (the one the
 * {@link QueryPlan#clause(QueryPlan.Key)} term query uses, before a typed tone's power-of-two factor): an export that would rank differently from Lucene is refused.
 */
final class PostingsReader {

    /** A document without a norm (no tokens in the field) is scored as Lucene's readers default it. */
    private static final long MISSING_NORM = 1L;

    private final IndexSearcher searcher;
    /** The whole index, its segments read as one (doc ids are the pages' order across them). */
    private final IndexReader reader;
    private final BM25Similarity similarity;
    /** Lucene's scorer of each field's keys, by page count ({@link #forEachChunk} makes them, {@link #check} reads them). */
    private final Map<TermKind, Map<Integer, Similarity.SimScorer>> scorers = new ConcurrentHashMap<>();

    PostingsReader(IndexSearcher searcher) {
        this.searcher = searcher;
        this.reader = searcher.getIndexReader();
        if (!(searcher.getSimilarity() instanceof BM25Similarity bm25)) {
            throw new IllegalStateException("the export recomputes BM25 scores; the searcher uses " + searcher.getSimilarity());
        }
        this.similarity = bm25;
    }

    /** The norms of {@code kind}'s field and the factor Lucene's BM25 scorer derives from each norm value. */
    FieldNorms norms(TermKind kind) throws IOException {
        byte[] norms = new byte[reader.maxDoc()];
        Arrays.fill(norms, (byte) MISSING_NORM);
        NumericDocValues values = MultiDocValues.getNormValues(reader, kind.field());
        if (values != null) {
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                norms[doc] = (byte) values.longValue();
            }
        }
        CollectionStatistics collection = searcher.collectionStatistics(kind.field());
        float[] normInverse = new float[256];
        if (collection != null) {
            // The same float expression as BM25Similarity.scorer's cache; every score is checked below anyway.
            float k1 = similarity.getK1();
            float b = similarity.getB();
            float avgdl = (float) (collection.sumTotalTermFreq() / (double) collection.docCount());
            for (int i = 0; i < normInverse.length; i++) {
                float length = SmallFloat.byte4ToInt((byte) i);
                normInverse[i] = 1f / (k1 * ((1 - b) + b * length / avgdl));
            }
        }
        return new FieldNorms(kind.field(), norms, normInverse);
    }

    /**
     * Calls {@code sink} with the keys of {@code kind}, in term order, {@code chunk} keys at a time (the last chunk may
     * be smaller). The keys' scores are not checked yet: whoever takes a key {@linkplain #check checks} it, on any
     * thread, before using it (the check is most of the reading's work, and the workers share it).
     */
    void forEachChunk(TermKind kind, FieldNorms norms, int chunk, Consumer<List<Postings>> sink) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, kind.field());
        if (terms == null) {
            return;
        }
        CollectionStatistics collection = searcher.collectionStatistics(kind.field());
        // BM25's scorer and weight depend on the key's page count alone (and the field's statistics; BM25 ignores the
        // total term frequency): made once per count, not once per key (most keys share a few small counts).
        Map<Integer, Similarity.SimScorer> byCount = scorers.computeIfAbsent(kind, k -> new ConcurrentHashMap<>());
        Map<Integer, Float> weights = new HashMap<>();
        TermsEnum each = terms.iterator();
        PostingsEnum postings = null;
        List<Postings> keys = new ArrayList<>(chunk);
        for (BytesRef bytes = each.next(); bytes != null; bytes = each.next()) {
            int docFreq = each.docFreq();
            long totalTermFreq = each.totalTermFreq();
            if (!byCount.containsKey(docFreq)) {
                byCount.put(docFreq, similarity.scorer(kind.boost(), collection, new TermStatistics(BytesRef.deepCopyOf(bytes), docFreq, totalTermFreq)));
            }
            float weight = weights.computeIfAbsent(docFreq, df -> weight(kind, collection.docCount(), df));
            int[] docs = new int[docFreq];
            int[] freqs = new int[docs.length];
            // Reused: a new enum per key allocates its block buffers each time.
            postings = each.postings(postings, PostingsEnum.FREQS);
            int count = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                docs[count] = doc;
                freqs[count++] = postings.freq();
            }
            keys.add(new Postings(kind.field() + ":" + bytes.utf8ToString(), weight,
                count == docFreq ? docs : Arrays.copyOf(docs, count), count == docFreq ? freqs : Arrays.copyOf(freqs, count)));
            if (keys.size() == chunk) {
                sink.accept(keys);
                keys = new ArrayList<>(chunk);
            }
        }
        if (!keys.isEmpty()) {
            sink.accept(keys);
        }
    }

    /**
     * Checks every score a key of {@code kind} read by {@link #forEachChunk} implies against Lucene's own scorer; safe
     * on any thread.
     *
     * @throws IllegalStateException if the export cannot reproduce one of them
     */
    void check(TermKind kind, FieldNorms norms, Postings key) {
        Similarity.SimScorer scorer = scorers.get(kind).get(key.size());
        for (int i = 0; i < key.size(); i++) {
            int doc = key.docs()[i];
            int freq = key.freqs()[i];
            float lucene = scorer.score(freq, norms.norms()[doc]);
            float ours = Postings.score(key.weight(), freq, norms.normInverse(doc));
            if (Float.floatToIntBits(lucene) != Float.floatToIntBits(ours)) {
                throw new IllegalStateException("the export cannot reproduce Lucene's score of " + key.key() + " in doc " + doc
                    + ": " + lucene + " (Lucene) vs " + ours);
            }
        }
    }

    /** The weight (boost × BM25Similarity's idf, in float) of a key of {@code kind} found in {@code docFreq} pages. */
    float weight(TermKind kind, long docFreq) throws IOException {
        return weight(kind, searcher.collectionStatistics(kind.field()).docCount(), docFreq);
    }

    private static float weight(TermKind kind, long docCount, long docFreq) {
        return kind.boost() * (float) Math.log(1 + (docCount - docFreq + 0.5D) / (docFreq + 0.5D));
    }
}
