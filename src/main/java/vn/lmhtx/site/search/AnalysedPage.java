package vn.lmhtx.site.search;

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
     * The terms of {@code kind}'s field with their counts, with only the pairs {@code kept}; {@code counter} counts the
     * vocabulary's terms, numbered once all pages are analysed.
     */
    TermCounts counts(TermKind kind, IndexedPairs kept, Vocabulary vocabulary, TermCounts.Counter counter) {
        return switch (kind) {
            case EXACT -> counter.of(text.exactIds());
            case FOLDED -> counter.of(text.foldedIds(vocabulary));
            case PAIR -> TermCounts.ofPairs(text.pairKeys(), kept, counter.names());
            case TITLE -> counter.of(title.foldedIds(vocabulary));
        };
    }
}
