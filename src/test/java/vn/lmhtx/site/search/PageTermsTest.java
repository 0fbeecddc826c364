package vn.lmhtx.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.junit.jupiter.api.Test;
import vn.lmhtx.site.content.CompressedText;
import vn.lmhtx.site.parallel.Workers;

/** The terms the index is written from (each page analysed once, {@link AnalysedPage}) are the analyzer's, field by field. */
class PageTermsTest {

    private static final SearchDocument PAGE = new SearchDocument("/tin-tuc/dai-hoi/", "Đại hội HTX lần thứ III: hoà thuận",
        "Kĩ thuật mới, năng suất 1.943 tấn.", CompressedText.of("Hợp tác xã Tân Hiệp (UBND huyện) đứt gan. Có lần thứ IV — "
            + "quý khách thuỷ lợi; giá 12,500 đồng.\nDòng hai"), "nông nghiệp\nNguyễn Văn A", "news", "Tin tức", "21/02/2018", "2018");

    /** Texts whose analysis has a rule of its own: Roman numerals after "thứ" across a phrase's end, abbreviations, Σ. */
    private static final List<String> TEXTS = List.of(SearchIndex.indexedText(PAGE), "Lần thứ\nIII và thứ. IV; thứ V",
        "hợp tác. Xã viên thứ ii, HTX", "ΟΔΟΣ Σ thứ III. Hợp tác xã", "thứ", "", "… ,", "Kĩ thuật 1.943,5 và 2,500,000 đồng thuỷ",
        "a".repeat(60) + " " + "đ".repeat(45));

    @Test
    void eachFieldHasTheAnalyzersTermsWithTheirCounts() throws IOException {
        Vocabulary vocabulary = new Vocabulary();
        AnalysedPage page = AnalysedPage.of(PAGE, vocabulary);
        TermCounts.Counter terms = new TermCounts.Counter(TermCounts.encoded(vocabulary.terms()));
        try (SearchAnalyzer analyzer = new SearchAnalyzer()) {
            for (TermKind kind : TermKind.values()) {
                String text = kind == TermKind.TITLE ? PAGE.title() : SearchIndex.indexedText(PAGE);
                assertThat(countedTokens(page.counts(kind, IndexedPairs.ALL, vocabulary, terms).tokens())).as(kind.field())
                    .isEqualTo(counted(tokens(analyzer.tokenStream(kind.field(), text)))).isNotEmpty();
            }
        }
        // The title is indexed three times: its words count three (or more) in the exact field.
        assertThat(countedTokens(page.counts(TermKind.EXACT, IndexedPairs.ALL, vocabulary, terms).tokens()))
            .containsEntry("hội", SearchIndex.TITLE_REPEATS);
    }

    @Test
    void aTextAnalysedOnceHasTheTermsOfEachRule() {
        Vocabulary vocabulary = new Vocabulary();
        List<AnalysedText> analysed = TEXTS.stream().map(text -> AnalysedText.of(text, vocabulary)).toList();
        String[] terms = vocabulary.terms();
        for (int i = 0; i < TEXTS.size(); i++) {
            String text = TEXTS.get(i);
            AnalysedText words = analysed.get(i);
            VietnameseAnalysis.ExactTermsAndPairs expected = VietnameseAnalysis.exactTermsAndPairs(text);
            assertThat(words.exactTerms()).as(text).isEqualTo(expected.exact()).isEqualTo(VietnameseAnalysis.exactTerms(text));
            assertThat(Arrays.stream(words.exactIds()).mapToObj(id -> terms[id]).toList()).as(text).isEqualTo(expected.exact());
            assertThat(Arrays.stream(words.foldedIds(vocabulary)).mapToObj(id -> terms[id]).toList()).as(text)
                .isEqualTo(VietnameseAnalysis.foldedTerms(expected.exact()));
            assertThat(Arrays.stream(words.pairKeys()).mapToObj(key -> terms[(int) (key >>> 32)] + " " + terms[(int) key]).toList()).as(text)
                .isEqualTo(expected.pairs()).isEqualTo(VietnameseAnalysis.phrasePairs(text));
        }
    }

    @Test
    void theIndexKeepsEveryPairOfATitleAndEveryOtherPairOfTwoPages() {
        Vocabulary vocabulary = new Vocabulary();
        List<AnalysedPage> pages = List.of(page("Hợp tác xã", "đại hội lần thứ III", vocabulary),
            page("Tin khác", "đại hội của hợp tác", vocabulary), page("Tin thứ ba", "chuyện riêng", vocabulary));
        IndexedPairs kept = IndexedPairs.of(pages, vocabulary, Workers.sequential());
        assertThat(kept.keeps("hop tac")).isTrue();
        assertThat(kept.keeps("tac xa")).as("a title's").isTrue();
        assertThat(kept.keeps("dai hoi")).as("two pages'").isTrue();
        assertThat(kept.keeps("chuyen rieng")).as("one body's").isFalse();
        assertThat(kept.keeps("thu 3")).as("one body's").isFalse();
        assertThat(kept.keeps("khong co")).as("no page's").isFalse();
        assertThat(IndexedPairs.ALL.keeps("chuyen rieng")).isTrue();
    }

    private static AnalysedPage page(String title, String body, Vocabulary vocabulary) {
        return AnalysedPage.of(new SearchDocument("/" + title + "/", title, "", CompressedText.of(body), "", "news", "Tin tức", "", ""),
            vocabulary);
    }

    private static Map<String, Integer> counted(List<String> terms) {
        Map<String, Integer> counted = new LinkedHashMap<>();
        terms.forEach(term -> counted.merge(term, 1, Integer::sum));
        return counted;
    }

    private static Map<String, Integer> countedTokens(TokenStream stream) throws IOException {
        Map<String, Integer> counted = new LinkedHashMap<>();
        try (stream) {
            TermToBytesRefAttribute term = stream.getAttribute(TermToBytesRefAttribute.class);
            TermFrequencyAttribute frequency = stream.addAttribute(TermFrequencyAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String text = term.getBytesRef().utf8ToString();
                assertThat(counted.put(text, frequency.getTermFrequency())).as("emitted once: " + text).isNull();
            }
            stream.end();
        }
        return counted;
    }

    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (stream) {
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
