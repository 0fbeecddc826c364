package vn.lmhtx.site.search;

/**
 * A field's length normalisation as Lucene's BM25 sees it: each document's encoded length (one byte, Lucene's norm)
 * and, for each byte value, the factor {@code 1 / (k1 * (1 - b + b * length / avgdl))} its scorer caches.
 *
 * @param field the index field ("f")
 * @param norms the norm byte of each document, by doc id
 * @param normInverse the scorer's cached factor for each of the 256 norm values
 */
record FieldNorms(String field, byte[] norms, float[] normInverse) {

    FieldNorms {
        norms = norms.clone();
        normInverse = normInverse.clone();
    }

    float normInverse(int doc) {
        return normInverse[norms[doc] & 0xFF];
    }
}
