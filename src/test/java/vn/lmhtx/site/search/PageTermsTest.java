package vn.lmhtx.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
                assertThat(tokens(terms.tokens(kind))).as(kind.field()).isEqualTo(tokens(analyzer.tokenStream(kind.field(), text)))
                    .isNotEmpty();
            }
        }
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
