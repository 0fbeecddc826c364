package vn.lmhtx.site.search;

/**
 * The documents of one export key, in doc id order, with how often the key occurs in each, and the key's BM25 weight
 * (boost × idf). With the field's {@link FieldNorms} that is all it takes to recompute Lucene's score of the key in
 * each document, which is what the browser client does.
 *
 * @param key the export key ("f:dai")
 * @param weight Lucene's {@code boost * idf} for the key, as the float its scorer uses
 * @param docs document ids, ascending
 * @param freqs the key's frequency in each document
 */
record Postings(String key, float weight, int[] docs, int[] freqs) {

    Postings {
        docs = docs.clone();
        freqs = freqs.clone();
    }

    int size() {
        return docs.length;
    }

    /** The field of the key: its kind's field ("f"), which decides the norms its scores use. */
    String field() {
        return key.substring(0, key.indexOf(':'));
    }

    /** Lucene's BM25 score of one posting, with the same float operations as {@code BM25Similarity.BM25Scorer}. */
    static float score(float weight, int freq, float normInverse) {
        return weight - weight / (1f + freq * normInverse);
    }
}
