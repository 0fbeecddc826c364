package vn.lmhtx.site.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The analysis the index and the browser share, checked the way Lucene checks its analyzers: short token lists. */
class VietnameseAnalysisTest {

    private final SearchAnalyzer analyzer = new SearchAnalyzer();

    @Test
    void exactTermsKeepMarksAndUnifySpellings() throws IOException {
        assertTokens("e", "Hợp Tác Xã", "hợp", "tác", "xã");
        assertTokens("e", "hoà thuỷ HÒA THỦY", "hòa", "thủy", "hòa", "thủy");
        assertTokens("e", "kĩ thuật, kỹ thuật; lý lí", "kĩ", "thuật", "kĩ", "thuật", "lí", "lí");
        assertTokens("e", "quý quí", "quí", "quí");
        assertTokens("e", "1.943 thành viên, 25.000 ha, 1.5", "1943", "thành", "viên", "25000", "ha", "1", "5");
        assertTokens("e", "Đại hội lần thứ III, thứ iv", "đại", "hội", "lần", "thứ", "3", "thứ", "4");
    }

    @Test
    void foldedTermsDropMarksAndAddAbbreviations() throws IOException {
        assertTokens("f", "Đại hội", "dai", "hoi");
        assertTokens("f", "hợp tác xã", "hop", "tac", "xa", "htx");
        assertTokens("f", "Ủy ban nhân dân tỉnh", "uy", "ban", "nhan", "dan", "tinh", "ubnd");
        assertTokens("f", "HTX và QĐ", "htx", "va", "qd");
    }

    @Test
    void pairsJoinNeighboursButNotAcrossLines() throws IOException {
        assertTokens("p", "hợp tác xã", "hop tac", "tac xa");
        assertTokens("p", "Đại hội\nlần thứ III", "dai hoi", "lan thu", "thu 3");
    }

    @Test
    void pairsStayWithinAPhrase() throws IOException {
        assertTokens("p", "đứt gan. Có lần", "dut gan", "co lan");
        assertTokens("p", "Đại hội, lần thứ III; nhiệm kỳ (mới) – “Kiên Giang”", "dai hoi", "lan thu", "thu 3", "nhiem ki", "kien giang");
        // A digit group is part of a number, and a hyphen inside a word joins: neither ends a phrase.
        assertTokens("p", "1.943 người Wi-Fi", "1943 nguoi", "nguoi wi", "wi fi");
    }

    @Test
    void queriesAreAnalysedLikeTheIndex() {
        QueryPlan plan = QueryPlan.of("\"hợp tác xã\" HTX", java.util.Optional.empty(), java.util.Optional.empty());

        assertThat(plan.keys()).extracting(QueryPlan.Key::id, QueryPlan.Key::required).containsExactly(
            org.assertj.core.groups.Tuple.tuple("e:hợp", false), org.assertj.core.groups.Tuple.tuple("e:tác", false),
            org.assertj.core.groups.Tuple.tuple("e:xã", false), org.assertj.core.groups.Tuple.tuple("e:htx", false),
            org.assertj.core.groups.Tuple.tuple("f:hop", false), org.assertj.core.groups.Tuple.tuple("f:tac", false),
            org.assertj.core.groups.Tuple.tuple("f:xa", false), org.assertj.core.groups.Tuple.tuple("f:htx", false),
            // A short query pairs every two words in either order; the quoted phrase's own pairs are required.
            org.assertj.core.groups.Tuple.tuple("p:hop tac", true), org.assertj.core.groups.Tuple.tuple("p:hop xa", false),
            org.assertj.core.groups.Tuple.tuple("p:hop htx", false), org.assertj.core.groups.Tuple.tuple("p:tac hop", false),
            org.assertj.core.groups.Tuple.tuple("p:tac xa", true), org.assertj.core.groups.Tuple.tuple("p:tac htx", false),
            org.assertj.core.groups.Tuple.tuple("p:xa hop", false), org.assertj.core.groups.Tuple.tuple("p:xa tac", false),
            org.assertj.core.groups.Tuple.tuple("p:xa htx", false), org.assertj.core.groups.Tuple.tuple("p:htx hop", false),
            org.assertj.core.groups.Tuple.tuple("p:htx tac", false), org.assertj.core.groups.Tuple.tuple("p:htx xa", false));
    }

    /** A reordered short query is the same query; a query without a single mark has no exact terms. */
    @Test
    void aShortQueryIsTheSameInAnyOrderAndAnUnmarkedOneIsFoldedOnly() {
        java.util.function.Function<String, java.util.Set<String>> ids = query -> QueryPlan.of(query, java.util.Optional.empty(),
            java.util.Optional.empty()).keys().stream().map(QueryPlan.Key::id).collect(java.util.stream.Collectors.toSet());

        assertThat(ids.apply("tỉnh đại hội")).isEqualTo(ids.apply("đại hội tỉnh")).contains("p:hoi dai", "e:tỉnh");
        assertThat(ids.apply("hop tac xa")).containsExactlyInAnyOrder("f:hop", "f:tac", "f:xa", "f:htx", "p:hop tac", "p:hop xa",
            "p:tac hop", "p:tac xa", "p:xa hop", "p:xa tac");
        // Seven words are past QueryPlan.ORDER_FREE_WORDS: adjacent words of each phrase only.
        assertThat(ids.apply("một hai ba bốn năm sáu bảy")).filteredOn(id -> id.startsWith("p:"))
            .containsExactlyInAnyOrder("p:mot hai", "p:hai ba", "p:ba bon", "p:bon nam", "p:nam sau", "p:sau bay");
    }

    @Property(tries = 300)
    void anyTextAnalysesWithoutFailure(@ForAll String text) {
        assertThatCode(() -> {
            for (String field : List.of("e", "f", "p")) {
                tokens(field, text);
            }
            QueryPlan.of(text, java.util.Optional.empty(), java.util.Optional.empty()).toLucene();
        }).doesNotThrowAnyException();
    }

    /**
     * The hand-written scanners find what the patterns they replaced found (the client still uses the patterns), on
     * texts mixing what makes them differ: digit groups at ends, marks, letters and digits outside ASCII, surrogates.
     */
    @Property(tries = 2000)
    void scannersMatchThePatternsTheyReplaced(@ForAll("mixedTexts") String text) {
        List<String> words = new ArrayList<>();
        Matcher word = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+").matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        assertThat(VietnameseAnalysis.words(text)).isEqualTo(words);
        assertThat(VietnameseAnalysis.withoutDigitGroupSeparators(text))
            .isEqualTo(Pattern.compile("(?<=\\d)[.,](?=\\d{3}(?!\\d))").matcher(text).replaceAll(""));
    }

    /** Scanning a text's phrases and words at once gives the words of each of the pattern's phrases (empty ones aside). */
    @Property(tries = 2000)
    void aScanGivesTheWordsOfEachPhrase(@ForAll("phrases") String phrased, @ForAll("mixedTexts") String mixed) {
        for (String text : List.of(phrased, mixed, phrased + " - " + mixed + " —\u00a0" + phrased)) {
            List<List<String>> split = new ArrayList<>();
            for (String phrase : VietnameseAnalysis.PHRASE_END.split(text)) {
                split.add(VietnameseAnalysis.words(phrase));
            }
            List<List<String>> scanned = new ArrayList<>(List.of(new ArrayList<>()));
            VietnameseAnalysis.scanPhrases(text, new VietnameseAnalysis.PhraseScan() {
                @Override
                public void word(String word) {
                    scanned.get(scanned.size() - 1).add(word);
                }

                @Override
                public void phraseEnd() {
                    scanned.add(new ArrayList<>());
                }
            });
            assertThat(scanned.stream().filter(words -> !words.isEmpty()).toList()).as(text)
                .isEqualTo(split.stream().filter(words -> !words.isEmpty()).toList());
        }
    }

    /** The one-pass analysis gives what the two it replaces give, phrase ends, Roman numerals and Greek sigma included. */
    @Property(tries = 2000)
    void onePassGivesTheExactTermsAndThePairs(@ForAll("phrases") String text) {
        VietnameseAnalysis.ExactTermsAndPairs terms = VietnameseAnalysis.exactTermsAndPairs(text);

        assertThat(terms.exact()).isEqualTo(VietnameseAnalysis.exactTerms(text));
        assertThat(terms.pairs()).isEqualTo(VietnameseAnalysis.phrasePairs(text));
    }

    /**
     * A text analysed once into numbered words ({@link AnalysedText}, what the index is written from) gives the exact,
     * folded and pair terms of the rules themselves, whatever order a vocabulary first saw the words in.
     */
    @Property(tries = 2000)
    void aTextAnalysedOnceGivesEachRulesTerms(@ForAll("phrases") String text, @ForAll("phrases") String before) {
        Vocabulary vocabulary = new Vocabulary();
        AnalysedText.of(before, vocabulary);
        AnalysedText analysed = AnalysedText.of(text, vocabulary);
        String[] terms = vocabulary.terms();
        List<String> exact = VietnameseAnalysis.exactTerms(text);

        assertThat(analysed.exactTerms()).isEqualTo(exact);
        assertThat(Arrays.stream(analysed.exactIds()).mapToObj(id -> terms[id]).toList()).isEqualTo(exact);
        assertThat(Arrays.stream(analysed.foldedIds(vocabulary)).mapToObj(id -> terms[id]).toList())
            .isEqualTo(VietnameseAnalysis.foldedTerms(exact));
        assertThat(Arrays.stream(analysed.pairKeys()).mapToObj(key -> terms[(int) (key >>> 32)] + " " + terms[(int) key]).toList())
            .isEqualTo(VietnameseAnalysis.phrasePairs(text));
    }

    @Provide
    Arbitrary<String> phrases() {
        return Arbitraries.of("Thứ", " thứ", " III", " iv", "1", ".", "234", ",", " ", "Hợp", " tác", " xã", "HOÀ", " kỹ", " – ",
                "“", "…", "\n", "Σ", "İ", "ΟΣ", "\u0301", "(", "quý", " HTX", " đ", "Y")
            .list().ofMaxSize(16).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> mixedTexts() {
        // Digits and separators are frequent and texts short, so digit groups often sit at a text's start or end.
        Arbitrary<String> part = Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.of("0", "1", "9")),
            Tuple.of(4, Arbitraries.of(".", ",")),
            Tuple.of(4, Arbitraries.of(" ", "a", "Z", "Đ", "ạ", "\u0301", "\u0903", "\u20dd", "٣", "Ⅻ", "²", "𝐀", "😀", "\ud800",
                "\udc00", "-", "\n", "ʰ")));
        return part.list().ofMaxSize(12).map(parts -> String.join("", parts));
    }

    private void assertTokens(String field, String text, String... expected) throws IOException {
        assertThat(tokens(field, text)).as("%s terms of \"%s\"", field, text).containsExactly(expected);
    }

    private List<String> tokens(String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
