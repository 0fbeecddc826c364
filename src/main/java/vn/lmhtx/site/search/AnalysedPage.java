package vn.lmhtx.site.search;

import org.apache.lucene.util.BytesRef;

/**
 * One page analysed for the index, once: the text every search field is read from ({@link SearchIndex#indexedText}) and
 * its title alone (the title field; every pair of a title is kept, {@link IndexedPairs}).
 *
 * @param text the indexed text's words
 * @param title the title's words
 */
record AnalysedPage(AnalysedText text, AnalysedText title) {

    /** The words of {@code page}, looked up in (and added to) {@code vocabulary}. */
    static AnalysedPage of(SearchDocument page, Vocabulary vocabulary) {
        return new AnalysedPage(AnalysedText.of(SearchIndex.indexedText(page), vocabulary), AnalysedText.of(page.title(), vocabulary));
    }

    /**
     * The terms of {@code kind}'s field with their counts, with only the pairs {@code kept}; {@code terms} are the
     * vocabulary's terms by number in UTF-8 ({@link TermCounts#encoded}), taken once all pages are analysed.
     */
    TermCounts counts(TermKind kind, IndexedPairs kept, Vocabulary vocabulary, BytesRef[] terms) {
        return switch (kind) {
            case EXACT -> TermCounts.ofIds(text.exactIds(), terms);
            case FOLDED -> TermCounts.ofIds(text.foldedIds(vocabulary), terms);
            case PAIR -> TermCounts.ofPairs(text.pairKeys(), kept, terms);
            case TITLE -> TermCounts.ofIds(title.foldedIds(vocabulary), terms);
        };
    }
}
