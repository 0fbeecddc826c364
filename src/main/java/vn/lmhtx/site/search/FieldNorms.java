package vn.lmhtx.site.search;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.TreeSet;

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

    /** The factor every document shares, for a {@link #isConstant constant} field; 0 when there is no document to score. */
    float constantFactor() {
        return norms.length == 0 ? 0f : normInverse(0);
    }

    /** Whether every document has the same norm (a field without norms): then one factor is all the client needs. */
    boolean isConstant() {
        for (byte norm : norms) {
            if (norm != norms[0]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The export's norms file ({@code n/<n>.bin}): one byte K − 1, the K distinct factors (float32, little endian,
     * by norm value), then each document's factor index as {@link HuffmanSymbols} (value = index; every document
     * present), so that the few common page lengths cost a bit or two a page.
     */
    byte[] encoded() {
        TreeSet<Integer> values = new TreeSet<>();
        for (byte norm : norms) {
            values.add(norm & 0xFF);
        }
        int[] classOf = new int[256];
        ByteBuffer factors = ByteBuffer.allocate(1 + 4 * values.size()).order(ByteOrder.LITTLE_ENDIAN);
        factors.put((byte) (values.size() - 1));
        int index = 0;
        for (int value : values) {
            classOf[value] = index++;
            factors.putFloat(normInverse[value]);
        }
        int[] documents = new int[norms.length];
        int[] classes = new int[norms.length];
        for (int doc = 0; doc < norms.length; doc++) {
            documents[doc] = doc;
            classes[doc] = classOf[norms[doc] & 0xFF];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(factors.array());
        out.writeBytes(HuffmanSymbols.encode(norms.length, documents, classes));
        return out.toByteArray();
    }
}
