package vn.lmhtx.site.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Type-ahead: the words of the index that the last word of a query, still being typed, may become ("kh" → "khen",
 * "khong", …). Lucene reads them from its folded field; the browser from the export's vocabulary files
 * ({@code w/<n>.json}), which hold the same words with the same page counts, so both pick the same completions and the
 * client still computes Lucene's exact scores for the plan they make ({@link QueryPlan#typed}).
 */
public final class Completions {

    /**
     * How many longer words a word being typed stands for, the ones in most pages first: it bounds the work of a
     * one-letter prefix (a dictionary lookup and a postings read each), and the most frequent words are what a reader
     * is most likely typing.
     */
    public static final int LIMIT = 8;
    /**
     * What a completion's BM25 clause weighs against a word typed in full: a guess at the word weighs less than the
     * word. A power of two, so the client's exported float weight scales to Lucene's exactly.
     */
    public static final float BOOST = 0.5f;
    /**
     * What a page gains for holding any completion: half of {@link QueryPlan#WORD_MATCH}, so a page holding the other
     * words and a completion ranks above one holding the other words only, and below one holding the word typed.
     */
    public static final float MATCH = 1f;
    /** A vocabulary file holds about this many bytes at most (a small site has one). */
    static final int SHARD_BYTES = 16_000;

    /** A folded word of the index and how many pages hold it. */
    record Word(String term, int pages) {
    }

    private static final Comparator<Word> MOST_PAGES_FIRST = Comparator.comparingInt(Word::pages).reversed()
        .thenComparing(Word::term);

    private Completions() {
    }

    /**
     * The completions of {@code prefix} among {@code words}: the {@link #LIMIT} words that start with it and are longer,
     * in most pages first, ties in string (UTF-16) order, as search.js sorts them.
     */
    static List<String> choose(String prefix, Collection<Word> words) {
        return words.stream().filter(word -> word.term().length() > prefix.length() && word.term().startsWith(prefix))
            .sorted(MOST_PAGES_FIRST).limit(LIMIT).map(Word::term).toList();
    }

    /** The completions of {@code prefix} (a folded word) in the index's folded field. */
    static List<String> of(IndexReader reader, String prefix) throws IOException {
        List<Word> words = new ArrayList<>();
        TermsEnum terms = foldedTerms(reader);
        BytesRef start = new BytesRef(prefix);
        if (terms.seekCeil(start) == TermsEnum.SeekStatus.END) {
            return List.of();
        }
        // UTF-8 keeps prefixes: the terms starting with the prefix follow each other from its ceiling.
        for (BytesRef term = terms.term(); term != null && startsWith(term, start); term = terms.next()) {
            words.add(new Word(term.utf8ToString(), terms.docFreq()));
        }
        return choose(prefix, words);
    }

    /**
     * Puts the vocabulary files into {@code files} and returns how many there are: every folded word with its page
     * count, in the file of its first two characters ({@link #shardOf}), and in each file the completions of the
     * one-character prefixes that belong to it ({@code "tops"}), which would otherwise need every file.
     */
    static int export(IndexReader reader, Map<String, byte[]> files) throws IOException {
        List<Word> words = new ArrayList<>();
        long bytes = 0;
        TermsEnum terms = foldedTerms(reader);
        for (BytesRef term = terms.next(); term != null; term = terms.next()) {
            words.add(new Word(term.utf8ToString(), terms.docFreq()));
            bytes += term.length + 12;
        }
        int shards = (int) Math.max(1, (bytes + SHARD_BYTES - 1) / SHARD_BYTES);
        List<List<Word>> byShard = new ArrayList<>();
        List<Map<String, List<String>>> tops = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            byShard.add(new ArrayList<>());
            tops.add(new TreeMap<>());
        }
        Map<String, List<Word>> byFirst = new TreeMap<>();
        for (Word word : words) {
            byShard.get(shardOf(word.term(), shards)).add(word);
            byFirst.computeIfAbsent(word.term().substring(0, 1), first -> new ArrayList<>()).add(word);
        }
        byFirst.forEach((first, starting) -> tops.get(shardOf(first, shards)).put(first, choose(first, starting)));
        for (int i = 0; i < shards; i++) {
            files.put("w/" + i + ".json", shardJson(byShard.get(i), tops.get(i)).getBytes(StandardCharsets.UTF_8));
        }
        return shards;
    }

    /** The vocabulary file of a word or prefix: by its first two characters, hashed as the dictionary's buckets. */
    static int shardOf(String word, int shards) {
        return TermDictionary.bucketOf(word.substring(0, Math.min(2, word.length())), shards);
    }

    private static String shardJson(List<Word> words, Map<String, List<String>> tops) {
        StringBuilder json = new StringBuilder("{\"words\":[");
        for (int i = 0; i < words.size(); i++) {
            json.append(i == 0 ? "" : ",").append('[').append(Json.string(words.get(i).term())).append(',')
                .append(words.get(i).pages()).append(']');
        }
        Map<String, String> topsJson = new TreeMap<>();
        tops.forEach((first, completions) -> topsJson.put(first, Json.strings(completions)));
        return json.append("],\"tops\":").append(Json.object(topsJson)).append('}').toString();
    }

    private static TermsEnum foldedTerms(IndexReader reader) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, TermKind.FOLDED.field());
        return terms == null ? TermsEnum.EMPTY : terms.iterator();
    }

    private static boolean startsWith(BytesRef term, BytesRef prefix) {
        return term.length >= prefix.length
            && java.util.Arrays.equals(term.bytes, term.offset, term.offset + prefix.length, prefix.bytes, prefix.offset, prefix.offset + prefix.length);
    }
}
