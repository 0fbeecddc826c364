package vn.lmhtx.site.search;

import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * The distinct terms of one field of a page, each with how often it occurs: what the field is indexed from
 * ({@link #tokens}). Counted from numbered terms ({@link AnalysedText}) by sorting the numbers, so in the order of their
 * numbers: the order of a page's terms changes nothing in an index without positions.
 *
 * @param terms the distinct terms
 * @param counts how often each occurs, at the same index
 */
record TermCounts(String[] terms, int[] counts) {

    /** The terms numbered {@code ids} (one per occurrence), with {@code names} the terms by number. */
    static TermCounts ofIds(int[] ids, String[] names) {
        int[] sorted = ids.clone();
        Arrays.sort(sorted);
        String[] terms = new String[sorted.length];
        int[] counts = new int[sorted.length];
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                counts[distinct - 1]++;
            } else {
                terms[distinct] = names[sorted[i]];
                counts[distinct++] = 1;
            }
        }
        return new TermCounts(Arrays.copyOf(terms, distinct), Arrays.copyOf(counts, distinct));
    }

    /** The pairs keyed {@code keys} (one per occurrence, {@link AnalysedText#pairKeys}) that the index {@code kept}. */
    static TermCounts ofPairs(long[] keys, IndexedPairs kept, String[] names) {
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        String[] terms = new String[sorted.length];
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
                    terms[distinct] = AnalysedText.pair(sorted[i], names);
                    counts[distinct++] = 1;
                }
            }
        }
        return new TermCounts(Arrays.copyOf(terms, distinct), Arrays.copyOf(counts, distinct));
    }

    /** {@code keys} sorted, each once. */
    static long[] distinct(long[] keys) {
        return Arrays.stream(keys).sorted().distinct().toArray();
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

        private final String[] terms;
        private final int[] counts;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private int next;

        CountedTokens(String[] terms, int[] counts) {
            this.terms = terms;
            this.counts = counts;
        }

        @Override
        public boolean incrementToken() {
            if (next == terms.length) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(terms[next]);
            frequency.setTermFrequency(counts[next++]);
            return true;
        }

        @Override
        public void reset() {
            next = 0;
        }
    }
}
