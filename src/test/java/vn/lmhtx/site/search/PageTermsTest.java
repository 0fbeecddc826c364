package vn.lmhtx.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.junit.jupiter.api.Test;
import vn.lmhtx.site.content.CompressedText;

/** The terms the index is written from ({@link PageTerms}, analysed once per page) are the analyzer's, field by field. */
class PageTermsTest {

    private static final SearchDocument PAGE = new SearchDocument("/tin-tuc/dai-hoi/", "Đại hội HTX lần thứ III: hoà thuận",
        "Kĩ thuật mới, năng suất 1.943 tấn.", CompressedText.of("Hợp tác xã Tân Hiệp (UBND huyện) đứt gan. Có lần thứ IV — "
            + "quý khách thuỷ lợi; giá 12,500 đồng.\nDòng hai"), "nông nghiệp\nNguyễn Văn A", "news", "Tin tức", "21/02/2018", "2018");

    @Test
    void eachFieldHasTheAnalyzersTerms() throws IOException {
        PageTerms terms = PageTerms.of(PAGE, IndexedPairs.ALL);
        try (SearchAnalyzer analyzer = new SearchAnalyzer()) {
            for (TermKind kind : TermKind.values()) {
                String text = kind == TermKind.TITLE ? PAGE.title() : SearchIndex.indexedText(PAGE);
                assertThat(terms.of(kind)).as(kind.field()).isEqualTo(tokens(analyzer.tokenStream(kind.field(), text)))
                    .isNotEmpty();
            }
        }
    }

    @Test
    void eachFieldIsIndexedFromItsDistinctTermsWithTheirCounts() throws IOException {
        PageTerms terms = PageTerms.of(PAGE, IndexedPairs.ALL);
        for (TermKind kind : TermKind.values()) {
            Map<String, Integer> counted = new LinkedHashMap<>();
            terms.of(kind).forEach(term -> counted.merge(term, 1, Integer::sum));
            assertThat(countedTokens(terms.tokens(kind))).as(kind.field()).containsExactlyEntriesOf(counted);
        }
        // The title is indexed three times: its words count three (or more) in the exact field.
        assertThat(countedTokens(terms.tokens(TermKind.EXACT))).containsEntry("hội", SearchIndex.TITLE_REPEATS);
    }

    private static Map<String, Integer> countedTokens(TokenStream stream) throws IOException {
        Map<String, Integer> counted = new LinkedHashMap<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TermFrequencyAttribute frequency = stream.addAttribute(TermFrequencyAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                assertThat(counted.put(term.toString(), frequency.getTermFrequency())).as("emitted once: " + term).isNull();
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
