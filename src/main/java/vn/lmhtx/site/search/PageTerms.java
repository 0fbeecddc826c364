package vn.lmhtx.site.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * The terms of one page for each search field, as {@link SearchAnalyzer} would emit them: analysed once per page, on
 * any thread, so that the (sequential) index writer only inverts them. The text is read once (its body is deflated),
 * its exact terms computed once for the exact and folded fields, its pairs once.
 *
 * @param exact the exact terms of the indexed text ({@link TermKind#EXACT})
 * @param folded their folded terms ({@link TermKind#FOLDED})
 * @param pairs the pairs of the text that the index keeps ({@link TermKind#PAIR})
 * @param title the folded terms of the title ({@link TermKind#TITLE})
 */
record PageTerms(List<String> exact, List<String> folded, List<String> pairs, List<String> title) {

    /** The terms of {@code page}, with only the pairs {@code kept}. */
    static PageTerms of(SearchDocument page, IndexedPairs kept) {
        // One pass over the text for the exact terms and the pairs (termsOf's EXACT and PAIR rules), and the folded
        // terms are the exact ones folded (termsOf would analyse the text a second time for them).
        VietnameseAnalysis.ExactTermsAndPairs terms = VietnameseAnalysis.exactTermsAndPairs(SearchIndex.indexedText(page));
        return new PageTerms(terms.exact(), VietnameseAnalysis.foldedTerms(terms.exact()),
            terms.pairs().stream().filter(kept::keeps).toList(), termsOf(TermKind.TITLE, page.title(), kept));
    }

    /**
     * The terms of {@code kind}'s field for {@code text}, with only the pairs {@code kept}: the one statement of each
     * field's rule, which {@link SearchAnalyzer} applies too.
     */
    static List<String> termsOf(TermKind kind, String text, IndexedPairs kept) {
        return switch (kind) {
            case EXACT -> VietnameseAnalysis.exactTerms(text);
            case FOLDED, TITLE -> VietnameseAnalysis.foldedTerms(VietnameseAnalysis.exactTerms(text));
            case PAIR -> VietnameseAnalysis.phrasePairs(text).stream().filter(kept::keeps).toList();
        };
    }

    /** The terms of {@code kind}'s field. */
    List<String> of(TermKind kind) {
        return switch (kind) {
            case EXACT -> exact;
            case FOLDED -> folded;
            case PAIR -> pairs;
            case TITLE -> title;
        };
    }

    /**
     * The terms of {@code kind}'s field as a token stream, what the field is indexed from: each distinct term once, in
     * the order first found, with how often it occurs as its frequency ({@link TermFrequencyAttribute}). The search
     * fields keep documents and frequencies only, and Lucene adds a token's frequency to the field's length (the norm),
     * so the index is the one a token per occurrence writes; but the writer, the stage's one sequential step, looks
     * each term up in its hash once per page instead of once per occurrence. Counted here, on the caller's thread.
     */
    TokenStream tokens(TermKind kind) {
        return new CountedTerms(of(kind));
    }

    /** Emits each distinct term of a list once, with its count as its frequency. */
    private static final class CountedTerms extends TokenStream {

        private final String[] terms;
        private final int[] counts;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
        private int next;

        CountedTerms(List<String> all) {
            Map<String, Integer> counted = new LinkedHashMap<>();
            for (String each : all) {
                counted.merge(each, 1, Integer::sum);
            }
            terms = counted.keySet().toArray(String[]::new);
            counts = counted.values().stream().mapToInt(Integer::intValue).toArray();
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
