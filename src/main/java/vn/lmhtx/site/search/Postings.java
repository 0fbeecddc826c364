package vn.lmhtx.site.search;

import java.util.Arrays;

/**
 * The documents of one export key with the exact score Lucene gives them for it, best first (ties: lower doc id
 * first, as Lucene's top-k collector orders them).
 *
 * @param key the export key ("f:dai")
 * @param docs document ids
 * @param scores the key's score in each document, as Lucene computes it (float)
 */
record Postings(String key, int[] docs, float[] scores) {

    Postings {
        docs = docs.clone();
        scores = scores.clone();
    }

    int size() {
        return docs.length;
    }

    int[] docs(int from, int to) {
        return Arrays.copyOfRange(docs, from, to);
    }

    float[] scores(int from, int to) {
        return Arrays.copyOfRange(scores, from, to);
    }
}
