package vn.lmhtx.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.CompressedText;

/**
 * What the ranking promises readers, on a small index written as the build writes it: more of the query's words beat
 * one rare word, typed tones are taken at their word, and pairs never join words across a full stop.
 */
class SearchRankingTest {

    @TempDir
    static Path site;

    @BeforeAll
    static void index() throws IOException {
        List<SearchDocument> pages = new ArrayList<>();
        pages.add(page("/a-all/", "Giá lúa gạo xuất khẩu tăng", "Giá lúa gạo xuất khẩu tăng mạnh trong tháng này."));
        pages.add(page("/b-rare/", "Bản tin chiều", "Nỗi sầu của người ở lại."));
        pages.add(page("/c-stop/", "Bản tin sáng", "Ông đứt gan. Có lần ông kể."));
        pages.add(page("/c-phrase/", "Bản tin trưa", "Bệnh gan có thể chữa khỏi."));
        // A second page with the phrase: a pair found in one page's body only is not indexed (IndexedPairs).
        pages.add(page("/c-phrase2/", "Bản tin đêm", "Gan có vấn đề thì đi khám."));
        pages.add(page("/d-toned/", "Bản tin tối", "Đoàn đến thăm bà con vùng lũ."));
        pages.add(page("/e-plain/", "Bản tin khuya", "Lòng tham làm hỏng việc lớn."));
        for (int i = 0; i < 4; i++) {
            pages.add(page("/f" + i + "/", "Thị trường lúa gạo", "Lúa gạo xuất khẩu, tin tức trong ngày số " + i + "."));
        }
        pages.add(page("/h-body/", "Thời tiết miền Tây", "Phân bón tăng giá, nông dân lo."));
        pages.add(page("/h-title/", "Nông dân lo giá phân bón tăng", "Nhiều hộ giảm diện tích gieo sạ vụ này."));
        pages.add(page("/i-title/", "Ngày Thần Tài, giá vàng giảm", "Nhiều cửa hàng đông khách từ sáng."));
        for (int i = 0; i < 2; i++) {
            pages.add(page("/i-pairs" + i + "/", "Giá vàng ngày " + (i + 8),
                "Giá tài sản đấu giá tăng. Vàng ngày nay giá cao, thần tài phù hộ, giá tài sản còn tăng."));
        }
        for (int i = 0; i < 20; i++) {
            pages.add(page("/g" + i + "/", "Tin tức trong ngày", "Các tin tức trong ngày số " + i + " của tỉnh."));
        }
        pages.sort((x, y) -> x.url().compareTo(y.url()));
        SearchIndex.write(pages, Files.createDirectories(site.resolve(SearchIndex.FOLDER)));
    }

    private static SearchDocument page(String url, String title, String text) {
        return new SearchDocument(url, title, text, CompressedText.of(text), "", "news", "Tin tức", "", "");
    }

    private static List<String> top(String query) throws IOException {
        try (Searcher searcher = new Searcher(site)) {
            return searcher.search(QueryPlan.of(query, Optional.empty(), Optional.empty()), 10).stream().map(SearchHit::url).toList();
        }
    }

    @Test
    void aPageWithMoreOfTheWordsBeatsOneWithARareWord() throws IOException {
        List<String> top = top("sầu lúa gạo");
        assertThat(top).contains("/a-all/", "/b-rare/");
        assertThat(top.indexOf("/a-all/")).isLessThan(top.indexOf("/b-rare/"));
    }

    /**
     * A headline recalled out of order: the page whose title holds every word beats pages whose bodies hold the words
     * and, by chance, pairs of the reordered query ("giá tài", "vàng ngày").
     */
    @Test
    void aTitleHoldingEveryWordBeatsChancePairsOfAReorderedQuery() throws IOException {
        assertThat(top("Thần vàng Ngày giá Tài").get(0)).isEqualTo("/i-title/");
    }

    @Test
    void typedTonesAreTakenAtTheirWord() throws IOException {
        assertThat(top("thăm").get(0)).isEqualTo("/d-toned/");
        assertThat(top("tham").get(0)).isEqualTo("/e-plain/");
    }

    /** The clauses Lucene runs (and the client reproduces): "thăm" typed with its tone weighs twice, "ha" does not. */
    @Test
    void theQueryWeighsTypedTonesAndEveryWordHeld() {
        String query = QueryPlan.of("thăm ha", Optional.empty(), Optional.empty()).toLucene().toString();

        assertThat(query).contains("(e:thăm)^1.0", "(e:ha)^0.5", "(f:tham)^1.0", "(f:ha)^1.0",
            "(ConstantScore(f:tham))^2.0", "(ConstantScore(f:ha))^2.0", "(ConstantScore(t:tham))^6.0", "(p:tham ha)^0.75");
    }

    @Test
    void aPairAcrossAFullStopIsNoPhrase() throws IOException {
        // "đứt gan. Có lần" has no pair "gan co": the pages where "gan có" is a phrase come first.
        assertThat(top("gan có")).startsWith("/c-phrase/", "/c-phrase2/");
    }

    /** A title holding every word typed, in another order, beats a page holding them in its body (and its pairs). */
    @Test
    void aTitleWithEveryWordBeatsABodyWithThemInAnyOrder() throws IOException {
        assertThat(top("phân bón tăng giá nông dân lo").get(0)).isEqualTo("/h-title/");
        assertThat(top("nông dân lo giá phân bón tăng").get(0)).isEqualTo("/h-title/");
    }

    /** Only pairs found in two pages or in a title are indexed; a quoted phrase whose pair is not still finds its page. */
    @Test
    void aRarePairOfABodyIsNotIndexedYetAQuotedPhraseStillFindsIt() throws IOException {
        try (Searcher searcher = new Searcher(site)) {
            var reader = searcher.searcher().getIndexReader();
            assertThat(reader.docFreq(new org.apache.lucene.index.Term("p", "chua khoi"))).isZero();
            assertThat(reader.docFreq(new org.apache.lucene.index.Term("p", "gan co"))).isEqualTo(2);
            assertThat(reader.docFreq(new org.apache.lucene.index.Term("p", "ban tin"))).isGreaterThan(2);
            assertThat(reader.docFreq(new org.apache.lucene.index.Term("p", "lo gia"))).isEqualTo(1);
        }
        assertThat(top("\"chữa khỏi\"")).containsExactly("/c-phrase/");
    }
}
