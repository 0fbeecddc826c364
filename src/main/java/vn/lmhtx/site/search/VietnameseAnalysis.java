package vn.lmhtx.site.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lmhtx.site.content.RomanNumerals;

/**
 * The rules that turn Vietnamese text into search terms, shared by the index (through {@link SearchAnalyzer}) and
 * by the browser client, whose tables are exported from the constants here. Three kinds of terms come out:
 * exact (marks kept, spelling variants unified), folded (marks removed, đ→d, abbreviations added) and pairs
 * (adjacent folded words, so "hợp tác xã" as a phrase beats scattered syllables).
 */
public final class VietnameseAnalysis {

    /** Old tone placement at a word's end → the placement the site indexes ("hoà" → "hòa", "thuỷ" → "thủy"). */
    public static final Map<String, String> TONE_PLACEMENT = sorted(Map.ofEntries(
        Map.entry("oà", "òa"), Map.entry("oá", "óa"), Map.entry("oả", "ỏa"), Map.entry("oã", "õa"), Map.entry("oạ", "ọa"),
        Map.entry("oè", "òe"), Map.entry("oé", "óe"), Map.entry("oẻ", "ỏe"), Map.entry("oẽ", "õe"), Map.entry("oẹ", "ọe"),
        Map.entry("uỳ", "ùy"), Map.entry("uý", "úy"), Map.entry("uỷ", "ủy"), Map.entry("uỹ", "ũy"), Map.entry("uỵ", "ụy")));

    /** A final y after a consonant onset is written i by some ("kĩ thuật" = "kỹ thuật"); the index uses i. */
    public static final Map<Character, Character> Y_TO_I = sorted(Map.of(
        'y', 'i', 'ý', 'í', 'ỳ', 'ì', 'ỷ', 'ỉ', 'ỹ', 'ĩ', 'ỵ', 'ị'));

    /** Onsets after which a lone final y is the same syllable as i. */
    public static final Set<String> ONSETS = Set.of("b", "c", "ch", "d", "đ", "g", "gh", "h", "k", "kh", "l", "m", "n",
        "ng", "ngh", "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x");

    /** Abbreviations readers type, with the folded words they stand for. */
    public static final Map<String, List<String>> ABBREVIATIONS = sorted(Map.of(
        "htx", List.of("hop", "tac", "xa"),
        "tht", List.of("to", "hop", "tac"),
        "kttt", List.of("kinh", "te", "tap", "the"),
        "ubnd", List.of("uy", "ban", "nhan", "dan"),
        "qd", List.of("quyet", "dinh")));

    /** Roman numerals read as numbers after "thứ" ("lần thứ III" = "lần thứ 3"). */
    public static final List<String> ROMANS = RomanNumerals.all().stream().map(r -> r.toLowerCase(Locale.ROOT)).toList();

    /** The longest term kept; longer runs (pasted hashes, say) are cut. */
    public static final int MAX_TERM_LENGTH = 40;

    /**
     * What ends a phrase: punctuation that closes a clause or a sentence, brackets, quotes, a dash between spaces. Pairs
     * are built within a phrase only ("đứt gan. Có lần" has no pair "gan co"); a reader never means such a pair. The
     * spaces are spelled out because Java's and JavaScript's {@code \s} differ; the client has the same pattern.
     */
    public static final Pattern PHRASE_END = Pattern.compile("[.,;:!?…()\\[\\]{}\"“”«»|\n]|[ \u00a0][-–—][ \u00a0]");
    private static final Pattern DIGIT_GROUP = Pattern.compile("(?<=\\d)[.,](?=\\d{3}(?!\\d))");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /**
     * Folded forms of the words seen: a text's words repeat (Vietnamese has a few thousand syllables), and folding
     * (NFD, then a pattern) was the index's most frequent work. Bounded, for pasted noise.
     */
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();
    private static final int FOLD_CACHE_SIZE = 1 << 18;

    private VietnameseAnalysis() {
    }

    /** An unmodifiable sorted copy: iteration order is part of the analysis (and of the exported tables). */
    private static <K extends Comparable<K>, V> Map<K, V> sorted(Map<K, V> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }

    /** The exact terms of a text: NFC, lowercase, tone placement and i/y unified; "1.943" is one term "1943". */
    public static List<String> exactTerms(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        normal = DIGIT_GROUP.matcher(normal).replaceAll("");
        List<String> terms = new ArrayList<>();
        Matcher word = WORD.matcher(normal);
        while (word.find()) {
            String term = word.group();
            if (term.length() > MAX_TERM_LENGTH) {
                term = term.substring(0, MAX_TERM_LENGTH);
            }
            terms.add(yToI(tonePlacement(term)));
        }
        return romanAfterThu(terms);
    }

    /** Marks removed and đ→d: "đại hội" → "dai hoi". */
    public static String fold(String term) {
        if (isAscii(term)) {
            return term;
        }
        String folded = FOLDED.get(term);
        if (folded == null) {
            String decomposed = Normalizer.normalize(term, Normalizer.Form.NFD).replace('đ', 'd');
            folded = MARKS.matcher(decomposed).replaceAll("");
            if (FOLDED.size() < FOLD_CACHE_SIZE) {
                FOLDED.put(term, folded);
            }
        }
        return folded;
    }

    /** ASCII has no marks to remove: most of a text's words once folded, and every number. */
    private static boolean isAscii(String term) {
        for (int i = 0; i < term.length(); i++) {
            if (term.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Folded terms of exact terms, plus the abbreviation of every abbreviated phrase found ("hop tac xa" adds "htx"). */
    public static List<String> foldedTerms(List<String> exactTerms) {
        List<String> folded = new ArrayList<>(exactTerms.size());
        for (String term : exactTerms) {
            folded.add(fold(term));
        }
        List<String> withAbbreviations = new ArrayList<>(folded);
        for (int i = 0; i < folded.size(); i++) {
            for (Map.Entry<String, List<String>> abbreviation : ABBREVIATIONS.entrySet()) {
                List<String> words = abbreviation.getValue();
                if (i + words.size() <= folded.size() && folded.subList(i, i + words.size()).equals(words)) {
                    withAbbreviations.add(abbreviation.getKey());
                }
            }
        }
        return withAbbreviations;
    }

    /** The pairs of a text, phrase by phrase ({@link #PHRASE_END}): "Đại hội, lần thứ III" → "dai hoi", "lan thu", "thu 3". */
    public static List<String> phrasePairs(String text) {
        // Digit groups go first, as in exactTerms: "1.943" is one number, not the end of a phrase.
        String normal = DIGIT_GROUP.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("");
        List<String> pairs = new ArrayList<>();
        for (String phrase : PHRASE_END.split(normal)) {
            pairs.addAll(pairs(exactTerms(phrase)));
        }
        return pairs;
    }

    /** Adjacent folded words, "hop tac", "tac xa"; abbreviations added by {@link #foldedTerms} are not paired. */
    public static List<String> pairs(List<String> exactTerms) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < exactTerms.size(); i++) {
            pairs.add(fold(exactTerms.get(i)) + " " + fold(exactTerms.get(i + 1)));
        }
        return pairs;
    }

    static String tonePlacement(String term) {
        if (term.length() < 2) {
            return term;
        }
        String ending = term.substring(term.length() - 2);
        String replacement = TONE_PLACEMENT.get(ending);
        // "quý": u belongs to the onset "qu", so the tone already sits on the main vowel.
        if (replacement == null || (ending.charAt(0) == 'u' && term.length() > 2 && term.charAt(term.length() - 3) == 'q')) {
            return term;
        }
        return term.substring(0, term.length() - 2) + replacement;
    }

    static String yToI(String term) {
        if (term.length() < 2) {
            return term;
        }
        Character i = Y_TO_I.get(term.charAt(term.length() - 1));
        if (i == null || !ONSETS.contains(term.substring(0, term.length() - 1))) {
            return term;
        }
        return term.substring(0, term.length() - 1) + i;
    }

    private static List<String> romanAfterThu(List<String> terms) {
        List<String> out = new ArrayList<>(terms);
        for (int i = 1; i < out.size(); i++) {
            int roman = ROMANS.indexOf(out.get(i));
            if (roman >= 0 && fold(out.get(i - 1)).equals("thu")) {
                out.set(i, Integer.toString(roman + 1));
            }
        }
        return out;
    }
}
