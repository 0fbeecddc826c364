package vn.lmhtx.site.search;

import java.util.Arrays;
import java.util.List;
import vn.lmhtx.site.parallel.Workers;

/**
 * Which phrase pairs the index keeps: every pair of a title, and every other pair found in at least two pages. A pair
 * found in one page's body only is left out: it is most of the pairs of real text (names, numbers, chance neighbours),
 * most of the export's dictionary, and what made a reordered query rank a page for a rare pair that the reader never
 * meant; its words still find the page. Decided before indexing, so the Lucene index and its export hold the same
 * pairs and the client still equals Lucene.
 *
 * <p>Pairs are counted by a 64-bit hash: a collision can only keep a pair that would have been dropped.
 */
final class IndexedPairs {

    /** Every pair kept: the analyzer's default, for an index built without counting pages (tests, tools). */
    static final IndexedPairs ALL = new IndexedPairs(null);

    /** The hashes of the kept pairs, sorted; null keeps every pair. */
    private final long[] kept;

    private IndexedPairs(long[] kept) {
        this.kept = kept;
    }

    /** The pairs to index for {@code documents}: each document's pairs computed once per document, on {@code workers}. */
    static IndexedPairs of(List<SearchDocument> documents, Workers workers) {
        List<long[]> titles = workers.map(documents, document -> distinctHashes(VietnameseAnalysis.phrasePairs(document.title())));
        List<long[]> pages = workers.map(documents, document -> distinctHashes(VietnameseAnalysis.phrasePairs(SearchIndex.indexedText(document))));
        long[] all = concatenated(pages);
        Arrays.sort(all);
        long[] kept = concatenated(titles);
        int count = kept.length;
        kept = Arrays.copyOf(kept, count + all.length / 2);
        for (int i = 1; i < all.length; i++) {
            // Sorted, and distinct within a page: equal neighbours are one pair in two pages; keep it once.
            if (all[i] == all[i - 1] && (i < 2 || all[i - 2] != all[i])) {
                kept[count++] = all[i];
            }
        }
        long[] sorted = Arrays.copyOf(kept, count);
        Arrays.sort(sorted);
        return new IndexedPairs(Arrays.stream(sorted).distinct().toArray());
    }

    /** Whether the index holds {@code pair} ("hop tac"). */
    boolean keeps(String pair) {
        return kept == null || Arrays.binarySearch(kept, hash(pair)) >= 0;
    }

    /** How many pairs are kept; -1 for {@link #ALL}. */
    int size() {
        return kept == null ? -1 : kept.length;
    }

    private static long[] distinctHashes(List<String> pairs) {
        return pairs.stream().mapToLong(IndexedPairs::hash).sorted().distinct().toArray();
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

    /** FNV-1a over the UTF-16 code units, then a 64-bit finaliser (splitmix64) to spread the bits. */
    static long hash(String pair) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < pair.length(); i++) {
            hash ^= pair.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
        hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
        return hash ^ (hash >>> 31);
    }
}
