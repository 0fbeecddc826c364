package vn.lmhtx.site.search;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.internal.hppc.LongHashSet;
import vn.lmhtx.site.parallel.Workers;

/**
 * Which phrase pairs the index keeps: every pair of a title, and every other pair found in at least two pages. A pair
 * found in one page's body only is left out: it is most of the pairs of real text (names, numbers, chance neighbours),
 * most of the export's dictionary, and what made a reordered query rank a page for a rare pair that the reader never
 * meant; its words still find the page. Decided before indexing, so the Lucene index and its export hold the same
 * pairs and the client still equals Lucene.
 *
 * <p>Pairs are counted by their key ({@link AnalysedText#pairKey}: the numbers of their two folded words in the
 * {@link Vocabulary} of the pages), which no two pairs share.
 */
final class IndexedPairs {

    /** Every pair kept: the analyzer's default, for an index built without counting pages (tests, tools). */
    static final IndexedPairs ALL = new IndexedPairs(null, null);

    /** The keys of the kept pairs; null keeps every pair. */
    private final LongHashSet kept;
    private final Vocabulary vocabulary;

    private IndexedPairs(LongHashSet kept, Vocabulary vocabulary) {
        this.kept = kept;
        this.vocabulary = vocabulary;
    }

    /** The pairs to index for {@code pages}, analysed with {@code vocabulary}: each page's pairs keyed on {@code workers}. */
    static IndexedPairs of(List<AnalysedPage> pages, Vocabulary vocabulary, Workers workers) {
        List<long[]> titles = workers.map(pages, page -> distinct(page.title().pairKeys()));
        List<long[]> texts = workers.map(pages, page -> distinct(page.text().pairKeys()));
        long[] all = concatenated(texts);
        Arrays.sort(all);
        long[] titlePairs = concatenated(titles);
        LongHashSet kept = new LongHashSet(titlePairs.length + all.length / 4);
        kept.addAll(titlePairs);
        for (int i = 1; i < all.length; i++) {
            // Sorted, and distinct within a page: equal neighbours are one pair in two pages.
            if (all[i] == all[i - 1]) {
                kept.add(all[i]);
            }
        }
        return new IndexedPairs(kept, vocabulary);
    }

    /** Whether the index holds the pair keyed {@code key} ({@link AnalysedText#pairKey}). */
    boolean keeps(long key) {
        return kept == null || kept.contains(key);
    }

    /** Whether the index holds {@code pair} ("hop tac"). */
    boolean keeps(String pair) {
        if (kept == null) {
            return true;
        }
        int space = pair.indexOf(' ');
        int first = vocabulary.idIfKnown(pair.substring(0, space));
        int second = vocabulary.idIfKnown(pair.substring(space + 1));
        return first >= 0 && second >= 0 && keeps(AnalysedText.pairKey(first, second));
    }

    /** How many pairs are kept; -1 for {@link #ALL}. */
    int size() {
        return kept == null ? -1 : kept.size();
    }

    /** {@code keys} sorted, each once (a stream's distinct() would box every key into a set). */
    private static long[] distinct(long[] keys) {
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    private static long[] concatenated(List<long[]> arrays) {
        long[] all = new long[arrays.stream().mapToInt(array -> array.length).sum()];
        int at = 0;
        for (long[] array : arrays) {
            System.arraycopy(array, 0, all, at, array.length);
            at += array.length;
        }
        return all;
    }
}
