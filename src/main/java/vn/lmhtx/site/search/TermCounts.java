package vn.lmhtx.site.search;

import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.util.BytesRef;

/**
 * The distinct terms of one field of a page, each with how often it occurs: what the field is indexed from
 * ({@link #tokens}), counted from numbered terms ({@link AnalysedText}). Pairs come in the order of their keys: the order
 * of a page's terms changes nothing in an index without positions. The terms are UTF-8 already, what
 * the writer stores: each term of the vocabulary is encoded once ({@link #encoded}), not once per page on the writer's
 * thread, and a pair is its two words' bytes joined, never a string.
 *
 * @param terms the distinct terms, UTF-8
 * @param counts how often each occurs, at the same index
 */
record TermCounts(BytesRef[] terms, int[] counts) {

    /** Each of {@code terms} in UTF-8. */
    static BytesRef[] encoded(String[] terms) {
        return Arrays.stream(terms).map(BytesRef::new).toArray(BytesRef[]::new);
    }

    /**
     * Counts numbered terms in an array indexed by their numbers, page after page on one thread: no sort, no map, and
     * each term comes out once, where first found.
     */
    static final class Counter {

        private final BytesRef[] names;
        private final int[] counts;

        /** A counter of the terms numbered as {@code names} are ({@link #encoded}). */
        Counter(BytesRef[] names) {
            this.names = names;
            this.counts = new int[names.length];
        }

        /** The terms by number, UTF-8. */
        BytesRef[] names() {
            return names;
        }

        /** The terms numbered {@code ids} (one per occurrence). */
        TermCounts of(int[] ids) {
            int[] distinct = new int[ids.length];
            int found = 0;
            for (int id : ids) {
                if (counts[id]++ == 0) {
                    distinct[found++] = id;
                }
            }
            BytesRef[] terms = new BytesRef[found];
            int[] counted = new int[found];
            for (int i = 0; i < found; i++) {
                terms[i] = names[distinct[i]];
                counted[i] = counts[distinct[i]];
                // Cleared for the next page.
                counts[distinct[i]] = 0;
            }
            return new TermCounts(terms, counted);
        }
    }

    /** The pairs keyed {@code keys} (one per occurrence, {@link AnalysedText#pairKeys}) that the index {@code kept}. */
    static TermCounts ofPairs(long[] keys, IndexedPairs kept, BytesRef[] names) {
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        BytesRef[] terms = new BytesRef[sorted.length];
        int[] counts = new int[sorted.length];
        int distinct = 0;
        boolean keeping = false;
        for (int i = 0; i < sorted.length; i++) {
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                if (keeping) {
                    counts[distinct - 1]++;
                }
            } else {
                keeping = kept.keeps(sorted[i]);
                if (keeping) {
                    terms[distinct] = pair(names[(int) (sorted[i] >>> 32)], names[(int) sorted[i]]);
                    counts[distinct++] = 1;
                }
            }
        }
        return new TermCounts(Arrays.copyOf(terms, distinct), Arrays.copyOf(counts, distinct));
    }

    /** The pair of two words in UTF-8: their bytes with a space between. */
    private static BytesRef pair(BytesRef first, BytesRef second) {
        byte[] pair = new byte[first.length + 1 + second.length];
        System.arraycopy(first.bytes, first.offset, pair, 0, first.length);
        pair[first.length] = ' ';
        System.arraycopy(second.bytes, second.offset, pair, first.length + 1, second.length);
        return new BytesRef(pair);
    }

    /**
     * The field as a token stream: each distinct term once, with how often it occurs as its frequency
     * ({@link TermFrequencyAttribute}). The search fields keep documents and frequencies only, and Lucene adds a
     * token's frequency to the field's length (the norm), so the index is the one a token per occurrence writes; but
     * the writer, the stage's one sequential step, looks each term up in its hash once per page instead of once per
     * occurrence.
     */
    TokenStream tokens() {
        return new CountedTokens(terms, counts);
    }

    /** Emits each term once, with its count as its frequency. */
    private static final class CountedTokens extends TokenStream {

        private final BytesRef[] terms;
        private final int[] counts;
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private int next;

        CountedTokens(BytesRef[] terms, int[] counts) {
            this.terms = terms;
            this.counts = counts;
        }

        @Override
        public boolean incrementToken() {
            if (next == terms.length) {
                return false;
            }
            clearAttributes();
            term.setBytesRef(terms[next]);
            frequency.setTermFrequency(counts[next++]);
            return true;
        }

        @Override
        public void reset() {
            next = 0;
        }
    }
}
