package vn.lmhtx.site.search;

import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

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

    /** The terms of {@code kind}'s field as a token stream, what the field is indexed from. */
    TokenStream tokens(TermKind kind) {
        return new Terms(of(kind));
    }

    /** Emits a list of terms, one token each. */
    private static final class Terms extends TokenStream {

        private final List<String> terms;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private Iterator<String> pending;

        Terms(List<String> terms) {
            this.terms = terms;
        }

        @Override
        public boolean incrementToken() {
            if (!pending.hasNext()) {
                return false;
            }
            clearAttributes();
            term.setEmpty().append(pending.next());
            return true;
        }

        @Override
        public void reset() {
            pending = terms.iterator();
        }
    }
}
