package vn.lmhtx.site.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

    /** Each abbreviation's entry by its first folded word, so a word that starts none is passed over at once. */
    private static final Map<String, List<Map.Entry<String, List<String>>>> ABBREVIATIONS_BY_FIRST_WORD = byFirstWord();

    /** The number each Roman numeral stands for ("iii" → 3): {@link #ROMANS}' order, looked up per word. */
    private static final Map<String, Integer> ROMAN_VALUES = romanValues();
    private static final String ROMAN_FIRST_LETTERS = ROMANS.stream().map(roman -> roman.substring(0, 1)).distinct().collect(Collectors.joining());

    /** The longest term kept; longer runs (pasted hashes, say) are cut. */
    public static final int MAX_TERM_LENGTH = 40;

    /**
     * What ends a phrase: punctuation that closes a clause or a sentence, brackets, quotes, a dash between spaces. Pairs
     * are built within a phrase only ("đứt gan. Có lần" has no pair "gan co"); a reader never means such a pair. The
     * spaces are spelled out because Java's and JavaScript's {@code \s} differ; the client has the same pattern.
     */
    public static final Pattern PHRASE_END = Pattern.compile("[.,;:!?…()\\[\\]{}\"“”«»|\n]|[ \u00a0][-–—][ \u00a0]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /**
     * Folded forms of the words seen: a text's words repeat (Vietnamese has a few thousand syllables), and folding
     * (NFD, then a pattern) was the index's most frequent work. Bounded, for pasted noise.
     */
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();
    private static final int FOLD_CACHE_SIZE = 1 << 18;

    private VietnameseAnalysis() {
    }

    private static Map<String, List<Map.Entry<String, List<String>>>> byFirstWord() {
        Map<String, List<Map.Entry<String, List<String>>>> byFirstWord = new HashMap<>();
        // ABBREVIATIONS is sorted: each list keeps that order, so abbreviations are added as before.
        ABBREVIATIONS.entrySet().forEach(entry -> byFirstWord.computeIfAbsent(entry.getValue().get(0), word -> new ArrayList<>()).add(entry));
        return Map.copyOf(byFirstWord);
    }

    private static Map<String, Integer> romanValues() {
        Map<String, Integer> values = new HashMap<>();
        for (int i = ROMANS.size() - 1; i >= 0; i--) {
            values.put(ROMANS.get(i), i + 1);
        }
        return Map.copyOf(values);
    }

    /** An unmodifiable sorted copy: iteration order is part of the analysis (and of the exported tables). */
    private static <K extends Comparable<K>, V> Map<K, V> sorted(Map<K, V> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }

    /** The exact terms of a text: NFC, lowercase, tone placement and i/y unified; "1.943" is one term "1943". */
    public static List<String> exactTerms(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return romanAfterThu(spelledTerms(withoutDigitGroupSeparators(normal)));
    }

    /** The words of a lowercase text, cut to {@link #MAX_TERM_LENGTH}, with tone placement and i/y unified. */
    private static List<String> spelledTerms(String lowercase) {
        List<String> terms = new ArrayList<>();
        for (String word : words(lowercase)) {
            terms.add(spelled(cut(word)));
        }
        return terms;
    }

    /** A word cut to {@link #MAX_TERM_LENGTH}. */
    static String cut(String word) {
        return word.length() > MAX_TERM_LENGTH ? word.substring(0, MAX_TERM_LENGTH) : word;
    }

    /** The exact term of a lowercase word already {@link #cut}: tone placement and i/y unified. */
    static String spelled(String word) {
        return yToI(tonePlacement(word));
    }

    /** The number an exact term stands for after "thứ" if it is a Roman numeral ("iii" → 3), else null. */
    static Integer romanValue(String exact) {
        // Most words start with a letter no numeral starts with: no map lookup for them.
        return ROMAN_FIRST_LETTERS.indexOf(exact.charAt(0)) < 0 ? null : ROMAN_VALUES.get(exact);
    }

    /** The abbreviations whose first folded word is {@code folded}, in {@link #ABBREVIATIONS}' order; empty for most words. */
    static List<Map.Entry<String, List<String>>> abbreviationsStartingWith(String folded) {
        return ABBREVIATIONS_BY_FIRST_WORD.getOrDefault(folded, List.of());
    }

    /** A text's {@link #exactTerms} and its {@link #phrasePairs}. */
    public record ExactTermsAndPairs(List<String> exact, List<String> pairs) {
    }

    /**
     * What {@link #exactTerms} and {@link #phrasePairs} give for {@code text}, from one pass over it instead of two: the
     * index needs both for every page. The phrases' words are the text's words (no word holds a {@link #PHRASE_END}).
     */
    public static ExactTermsAndPairs exactTermsAndPairs(String text) {
        String normal = withoutDigitGroupSeparators(Normalizer.normalize(text, Normalizer.Form.NFC));
        // Lowercase is per character but for Greek capital sigma, whose lowercase depends on its neighbours, which
        // cutting the text into phrases changes: such a text takes the two passes.
        if (normal.indexOf('Σ') >= 0) {
            return new ExactTermsAndPairs(exactTerms(text), phrasePairs(text));
        }
        List<String> exact = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        for (String phrase : PHRASE_END.split(normal.toLowerCase(Locale.ROOT))) {
            List<String> terms = spelledTerms(phrase);
            pairs.addAll(pairs(romanAfterThu(terms)));
            exact.addAll(terms);
        }
        return new ExactTermsAndPairs(romanAfterThu(exact), pairs);
    }

    /**
     * The words of a text: its longest runs of letters, marks and digits (what {@code [\p{L}\p{M}\p{N}]+} matches),
     * scanned by hand because that pattern was the analysis' largest cost.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean inWord = isWordCharacter(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    /** Receives a text's words and the ends of its phrases, in order ({@link #scanPhrases}). */
    interface PhraseScan {

        void word(String word);

        /** The phrase of the words since the last end ends (perhaps a phrase without words). */
        void phraseEnd();
    }

    /**
     * The words of {@code text} phrase by phrase, what {@link #words} of each of {@link #PHRASE_END}'s splits gives,
     * in one scan: a phrase end lies between two words where the characters between them (none a word's) hold a
     * {@link #PHRASE_END}; most words are one space apart, which none is, so the pattern looks at few gaps.
     */
    static void scanPhrases(String text, PhraseScan scan) {
        Matcher phraseEnd = PHRASE_END.matcher(text);
        int start = -1;
        int gap = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean inWord = isWordCharacter(c);
            if (inWord && start < 0) {
                if (gap > 0 && !(i - gap == 1 && text.charAt(gap) == ' ') && phraseEnd.region(gap, i).find()) {
                    scan.phraseEnd();
                }
                start = i;
            } else if (!inWord && start >= 0) {
                scan.word(text.substring(start, i));
                start = -1;
                gap = i;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            scan.word(text.substring(start));
        }
        scan.phraseEnd();
    }

    private static boolean isWordCharacter(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c);
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /**
     * The text without the separators of digit groups: "1.943" and "2,500,000" become "1943" and "2500000" (a '.' or
     * ',' between a digit and exactly three digits), so a number is one term and no phrase ends inside it.
     */
    static String withoutDigitGroupSeparators(String text) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = 1; i + 3 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == ',') && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))
                && isDigit(text.charAt(i + 3)) && (i + 4 == text.length() || !isDigit(text.charAt(i + 4)))) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, copied, i);
                copied = i + 1;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
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
            List<Map.Entry<String, List<String>>> starting = ABBREVIATIONS_BY_FIRST_WORD.get(folded.get(i));
            if (starting == null) {
                continue;
            }
            for (Map.Entry<String, List<String>> abbreviation : starting) {
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
        String normal = withoutDigitGroupSeparators(Normalizer.normalize(text, Normalizer.Form.NFC));
        List<String> pairs = new ArrayList<>();
        for (String phrase : PHRASE_END.split(normal)) {
            pairs.addAll(pairs(exactTerms(phrase)));
        }
        return pairs;
    }

    /** Adjacent folded words, "hop tac", "tac xa"; abbreviations added by {@link #foldedTerms} are not paired. */
    public static List<String> pairs(List<String> exactTerms) {
        List<String> pairs = new ArrayList<>(Math.max(0, exactTerms.size() - 1));
        String previous = exactTerms.isEmpty() ? null : fold(exactTerms.get(0));
        for (int i = 1; i < exactTerms.size(); i++) {
            String next = fold(exactTerms.get(i));
            pairs.add(previous + " " + next);
            previous = next;
        }
        return pairs;
    }

    static String tonePlacement(String term) {
        // Every old placement ends in o or u and a toned vowel: most words are passed over without a substring.
        if (term.length() < 2 || (term.charAt(term.length() - 2) != 'o' && term.charAt(term.length() - 2) != 'u')) {
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
            String term = out.get(i);
            Integer value = romanValue(term);
            if (value != null && fold(out.get(i - 1)).equals("thu")) {
                out.set(i, value.toString());
            }
        }
        return out;
    }
}
