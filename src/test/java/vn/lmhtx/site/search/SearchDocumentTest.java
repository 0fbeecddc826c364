package vn.lmhtx.site.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.lmhtx.site.content.CompressedText;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.ContentType;
import vn.lmhtx.site.content.Status;

/** The search text of a page is what the reader sees of its article, taken without changing the parsed page. */
class SearchDocumentTest {

    private static final String PAGE = "<html><body><header>Đầu trang</header><main><nav>Trang chủ › Giới thiệu</nav>"
        + "<article class=\"renamed\" data-search=\"text\"><h1 data-search=\"skip\">Tiêu đề</h1>"
        + "<p class=\"x\" data-search=\"skip\">21/02/2018</p><p data-search=\"skip\">Tóm tắt</p><div data-search=\"skip\">Cỡ chữ</div>"
        + "<div class=\"y\" data-search=\"body\"><h2 id=\"muc-mot\">Mục một</h2><p>%s</p></div><ul data-search=\"skip\"><li>HTX</li></ul>"
        + "<script>chay()</script></article><section><h2>Bài liên quan</h2><a href=\"/x/\">Bài khác</a></section></main>"
        + "<footer>Chân trang</footer></body></html>";

    @Test
    void takesTheArticleTextWithoutHeadingNavigationAndTools() {
        Document page = Jsoup.parse(PAGE.formatted("Hợp tác xã phát triển."));

        SearchDocument document = SearchDocument.of(item(Optional.empty()), page);

        assertThat(document.text()).isEqualTo("Mục một Hợp tác xã phát triển.");
        assertThat(document.lead()).isEqualTo("Mục một Hợp tác xã phát triển.");
        assertThat(document.url()).isEqualTo("/gioi-thieu/trang/");
        assertThat(document.type()).isEqualTo("page");
    }

    @Test
    void theLeadIsTheSummaryElseTheFirst200CharactersOfTheBody() {
        Document page = Jsoup.parse(PAGE.formatted("ă".repeat(300)));

        assertThat(SearchDocument.of(item(Optional.empty()), page).lead()).isEqualTo(("Mục một " + "ă".repeat(192)) + "…");
        assertThat(SearchDocument.of(item(Optional.of("Tóm tắt riêng")), page).lead()).isEqualTo("Tóm tắt riêng");
    }

    @Test
    void leavesThePageAsItWas() {
        Document page = Jsoup.parse(PAGE.formatted("Nội dung."));
        String before = page.outerHtml();

        SearchDocument.of(item(Optional.empty()), page);

        assertThat(page.outerHtml()).isEqualTo(before);
    }

    @Test
    void aPageWhoseTemplateMarksNoTextIsRefusedNotSilentlyLeftOut() {
        Document page = Jsoup.parse("<html><body><main><div class=\"body\">Nội dung.</div></main></body></html>");

        assertThatThrownBy(() -> SearchDocument.of(item(Optional.empty()), page)).isInstanceOf(IllegalStateException.class)
            .hasMessage("the page /gioi-thieu/trang/ has no element marked data-search=\"text\"; its template must mark the "
                + "text search indexes (see README, Search)");
    }

    @Test
    void aCheckRefusesAnUnmarkedPageAsTheIndexDoesAndAcceptsAMarkedOne() {
        Document unmarked = Jsoup.parse("<html><body><main><div class=\"body\">Nội dung.</div></main></body></html>");

        assertThatThrownBy(() -> SearchDocument.requireMarked(item(Optional.empty()), unmarked))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("the page /gioi-thieu/trang/ has no element marked data-search=\"text\"; its template must mark the "
                + "text search indexes (see README, Search)");
        assertThat(SearchDocument.requireMarked(item(Optional.empty()), Jsoup.parse(PAGE.formatted("Nội dung."))))
            .isEqualTo("/gioi-thieu/trang/");
    }

    private static ContentItem item(Optional<String> summary) {
        return new ContentItem("content/gioi-thieu/trang.md", ContentType.PAGE, ContentType.PAGE.section(), "Trang", "trang", "/gioi-thieu/trang/",
            Optional.empty(), summary, List.of(), Optional.empty(), Optional.empty(), Status.PUBLISHED, List.of(), CompressedText.of(""),
            Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }
}
