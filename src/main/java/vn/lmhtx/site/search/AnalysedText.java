package vn.lmhtx.site.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.lmhtx.site.search.Vocabulary.Word;

/**
 * A text cut once into the words of its phrases, from which its exact, folded and pair terms are all read: what
 * {@link VietnameseAnalysis#exactTermsAndPairs} and {@link VietnameseAnalysis#foldedTerms} give, as numbered terms of a
 * {@link Vocabulary}. The pages are analysed once, before their pairs are counted ({@link IndexedPairs}), and indexed
 * from this afterwards, instead of being analysed once for each.
 */
final class AnalysedText {

    /** The words phrase by phrase, each phrase's Roman numerals after "thứ" read as numbers: the pairs' words. */
    private final Word[] phraseWords;
    /** Where each phrase of {@link #phraseWords} ends (exclusive); phrases without words are left out. */
    private final int[] phraseEnds;
    /** The exact terms of the whole text: {@link #phraseWords} but where a phrase's first word is read after the last one's. */
    private final Word[] exact;

    private AnalysedText(Word[] phraseWords, int[] phraseEnds, Word[] exact) {
        this.phraseWords = phraseWords;
        this.phraseEnds = phraseEnds;
        this.exact = exact;
    }

    /** The words of {@code text}, looked up in (and added to) {@code vocabulary}. */
    static AnalysedText of(String text, Vocabulary vocabulary) {
        String normal = VietnameseAnalysis.withoutDigitGroupSeparators(Normalizer.normalize(text, Normalizer.Form.NFC));
        String lowercase = normal.toLowerCase(Locale.ROOT);
        // Lowercase is per character but for Greek capital sigma, whose lowercase depends on its neighbours: the pairs
        // of such a text come from its phrases lowercased one by one, as phrasePairs does, its exact terms from the whole.
        boolean sigma = normal.indexOf('Σ') >= 0;
        Phrases phrases = new Phrases(vocabulary);
        if (sigma) {
            for (String phrase : VietnameseAnalysis.PHRASE_END.split(normal)) {
                VietnameseAnalysis.words(phrase.toLowerCase(Locale.ROOT)).forEach(phrases::word);
                phrases.phraseEnd();
            }
        } else {
            VietnameseAnalysis.scanPhrases(lowercase, phrases);
        }
        List<Word> words = phrases.words;
        int[] ends = phrases.ends;
        Word[] phraseWords = words.toArray(Word[]::new);
        int count = phrases.count;
        Word[] exact = phraseWords;
        if (sigma) {
            List<Word> all = new ArrayList<>();
            addWords(lowercase, vocabulary, all);
            romanAfterThu(all, 0);
            exact = all.toArray(Word[]::new);
        } else {
            // Read over the whole text, a Roman numeral that starts a phrase after one ending in "thứ" is a number too
            // ("lần thứ\nIII"), in the exact terms only: no pair spans two phrases.
            for (int phrase = 0; phrase + 1 < count; phrase++) {
                int first = ends[phrase];
                if (phraseWords[first].number() != null && phraseWords[first - 1].thu()) {
                    if (exact == phraseWords) {
                        exact = phraseWords.clone();
                    }
                    exact[first] = phraseWords[first].number();
                }
            }
        }
        return new AnalysedText(phraseWords, Arrays.copyOf(ends, count), exact);
    }

    /** The words of a text as its phrases are scanned, each phrase's Roman numerals after "thứ" read as numbers. */
    private static final class Phrases implements VietnameseAnalysis.PhraseScan {

        private final Vocabulary vocabulary;
        private final List<Word> words = new ArrayList<>();
        private int[] ends = new int[16];
        private int count;
        private int start;

        Phrases(Vocabulary vocabulary) {
            this.vocabulary = vocabulary;
        }

        @Override
        public void word(String word) {
            words.add(vocabulary.word(VietnameseAnalysis.cut(word)));
        }

        @Override
        public void phraseEnd() {
            if (words.size() > start) {
                romanAfterThu(words, start);
                if (count == ends.length) {
                    ends = Arrays.copyOf(ends, count * 2);
                }
                ends[count++] = words.size();
                start = words.size();
            }
        }
    }

    private static void addWords(String lowercase, Vocabulary vocabulary, List<Word> words) {
        for (String word : VietnameseAnalysis.words(lowercase)) {
            words.add(vocabulary.word(VietnameseAnalysis.cut(word)));
        }
    }

    /** {@link VietnameseAnalysis}' rule for Roman numerals after "thứ", on the words from {@code start} on. */
    private static void romanAfterThu(List<Word> words, int start) {
        for (int i = start + 1; i < words.size(); i++) {
            Word word = words.get(i);
            if (word.number() != null && words.get(i - 1).thu()) {
                words.set(i, word.number());
            }
        }
    }

    /** The exact terms, in order ({@link VietnameseAnalysis#exactTermsAndPairs}' exact). */
    List<String> exactTerms() {
        return Arrays.stream(exact).map(Word::exact).toList();
    }

    /** The numbers of the exact terms, one per word. */
    int[] exactIds() {
        int[] ids = new int[exact.length];
        for (int i = 0; i < exact.length; i++) {
            ids[i] = exact[i].exactId();
        }
        return ids;
    }

    /**
     * The numbers of the folded terms ({@link VietnameseAnalysis#foldedTerms} of the exact ones): one per word, then
     * one per abbreviated phrase found.
     */
    int[] foldedIds(Vocabulary vocabulary) {
        int[] ids = new int[exact.length];
        int count = 0;
        for (Word word : exact) {
            ids[count++] = word.foldedId();
        }
        for (int i = 0; i < exact.length; i++) {
            for (Map.Entry<String, List<String>> abbreviation : exact[i].abbreviations()) {
                if (abbreviated(i, abbreviation.getValue())) {
                    if (count == ids.length) {
                        ids = Arrays.copyOf(ids, count + 8);
                    }
                    ids[count++] = vocabulary.abbreviationId(abbreviation.getKey());
                }
            }
        }
        return Arrays.copyOf(ids, count);
    }

    /** Whether the exact terms from {@code start} on fold to {@code words}. */
    private boolean abbreviated(int start, List<String> words) {
        if (start + words.size() > exact.length) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!exact[start + i].folded().equals(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The pairs of adjacent folded words in each phrase ({@link VietnameseAnalysis#phrasePairs}), one per pair found,
     * each as a key: the first word's folded number in the high half, the second's in the low half.
     */
    long[] pairKeys() {
        long[] keys = new long[Math.max(0, phraseWords.length - phraseEnds.length)];
        int count = 0;
        int start = 0;
        for (int end : phraseEnds) {
            for (int i = start + 1; i < end; i++) {
                keys[count++] = pairKey(phraseWords[i - 1].foldedId(), phraseWords[i].foldedId());
            }
            start = end;
        }
        return keys;
    }

    /** The key of the pair of folded terms numbered {@code first} and {@code second}. */
    static long pairKey(int first, int second) {
        return ((long) first << 32) | (second & 0xffffffffL);
    }
}
