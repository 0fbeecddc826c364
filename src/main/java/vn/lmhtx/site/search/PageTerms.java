package vn.lmhtx.site.search;

import java.util.List;

/**
 * The terms of each search field for a text, as {@link SearchAnalyzer} emits them: the one statement of each field's
 * rule. The index counts the same terms from each page analysed once ({@link AnalysedPage}), which its tests hold to
 * this.
 */
final class PageTerms {

    private PageTerms() {
    }

    /**
     * The terms of {@code kind}'s field for {@code text}, with only the pairs {@code kept}: the one statement of each
     * field's rule, which {@link SearchAnalyzer} applies.
     */
    static List<String> termsOf(TermKind kind, String text, IndexedPairs kept) {
        return switch (kind) {
            case EXACT -> VietnameseAnalysis.exactTerms(text);
            case FOLDED, TITLE -> VietnameseAnalysis.foldedTerms(VietnameseAnalysis.exactTerms(text));
            case PAIR -> VietnameseAnalysis.phrasePairs(text).stream().filter(kept::keeps).toList();
        };
    }
}
