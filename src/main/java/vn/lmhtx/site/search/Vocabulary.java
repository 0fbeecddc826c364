package vn.lmhtx.site.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the pages one index is built from, each analysed once ({@link VietnameseAnalysis}: spelling, fold,
 * Roman numeral, abbreviations) however often the pages use it: a site of news pages has a few tens of thousands of
 * distinct words among millions. Each term (exact or folded) gets a number, so that a page's terms are counted and its
 * pairs keyed by numbers ({@link AnalysedText}), not by strings. One per index build; safe to share between threads.
 */
final class Vocabulary {

    /**
     * One word as the text spells it (lowercase, {@link VietnameseAnalysis#cut}), and what the analysis makes of it.
     *
     * @param exact its exact term
     * @param exactId the number of {@code exact}
     * @param folded its folded term
     * @param foldedId the number of {@code folded}
     * @param number the word that replaces it after "thứ" if it is a Roman numeral ("iii" → "3"), else null
     * @param thu whether it folds to "thu", the word after which a Roman numeral is read as a number
     * @param abbreviations the abbreviations whose first folded word is {@code folded}
     */
    record Word(String exact, int exactId, String folded, int foldedId, Word number, boolean thu,
                List<Map.Entry<String, List<String>>> abbreviations) {
    }

    private final ConcurrentHashMap<String, Word> words = new ConcurrentHashMap<>();
    /** The number of each term; guarded by {@code this}, taken only when a word is first seen. */
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> terms = new ArrayList<>();
    /** The folded number of each abbreviation ("htx"), which a page's folded terms gain ({@link VietnameseAnalysis#foldedTerms}). */
    private final Map<String, Integer> abbreviationIds = new HashMap<>();

    Vocabulary() {
        VietnameseAnalysis.ABBREVIATIONS.keySet().forEach(abbreviation -> abbreviationIds.put(abbreviation, id(abbreviation)));
    }

    /** The word spelled {@code raw} (lowercase, already cut), analysed the first time it is asked for. */
    Word word(String raw) {
        Word word = words.get(raw);
        if (word == null) {
            // Not computeIfAbsent: a Roman numeral's word asks for its number's word, another key of the same map.
            word = analysed(raw);
            Word earlier = words.putIfAbsent(raw, word);
            if (earlier != null) {
                word = earlier;
            }
        }
        return word;
    }

    private Word analysed(String raw) {
        String exact = VietnameseAnalysis.spelled(raw);
        Integer roman = VietnameseAnalysis.romanValue(exact);
        String folded = VietnameseAnalysis.fold(exact);
        return new Word(exact, id(exact), folded, id(folded), roman == null ? null : word(roman.toString()), folded.equals("thu"),
            VietnameseAnalysis.abbreviationsStartingWith(folded));
    }

    /** The number of the folded term {@code abbreviation} ("htx"), one of {@link VietnameseAnalysis#ABBREVIATIONS}. */
    int abbreviationId(String abbreviation) {
        return abbreviationIds.get(abbreviation);
    }

    /** The number of {@code term}, given it now if it has none. */
    synchronized int id(String term) {
        Integer id = ids.get(term);
        if (id == null) {
            id = terms.size();
            ids.put(term, id);
            terms.add(term);
        }
        return id;
    }

    /** The number of {@code term}, or -1 if no word seen has it. */
    synchronized int idIfKnown(String term) {
        return ids.getOrDefault(term, -1);
    }

    /** Every term so far, by number: what a page's numbered terms are written as, once the pages are analysed. */
    synchronized String[] terms() {
        return terms.toArray(String[]::new);
    }
}
