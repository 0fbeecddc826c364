package vn.lmhtx.site.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The one walk finds, in document order, what each pass's selector found. */
class PageElementsTest {

    private static final String PAGE = "<html><head><link rel=stylesheet href=/a.css><link rel=icon>"
        + "<script src=/app.js></script><script>var x;</script></head><body id=top>"
        + "<h2>Outside main</h2><a name=old>old anchor</a><a href=/x/ name=both>both</a>"
        + "<main><h2>Tóm tắt</h2><div><h3 id=\"\">Empty id</h3><section><h4 id=given>Given</h4></section></div>"
        + "<h1>Title</h1><h5>Five</h5><h6>Six</h6><img src=/p.jpg><img alt=x><img href=/not-src.jpg>"
        + "<video src=/v.mp4><source src=/v.webm></video><audio><source></audio>"
        + "<svg><a href=/in-svg/>svg link</a></svg><a>no href</a><a href=\"\">empty</a></main>"
        + "<main><h3>Second main</h3></main><h2>After main</h2></body></html>";

    @Test
    void findsWhatTheSelectorsFind() {
        Document document = Jsoup.parse(PAGE, "https://lmhtx.example/");
        PageElements found = PageElements.of(document);

        assertThat(found.withId()).containsExactlyElementsOf(document.select("[id]"));
        assertThat(found.headings()).containsExactlyElementsOf(
            document.select("main h2, main h3, main h4, main h5, main h6"));
        assertThat(found.links()).containsExactlyElementsOf(document.select("a[href]"));
        assertThat(found.images()).containsExactlyElementsOf(document.select("img"));
        assertThat(found.linked()).containsExactlyElementsOf(document.select(
            "a[href], link[href], img[src], script[src], source[src], video[src], audio[src]"));
        assertThat(found.namedAnchors()).containsExactlyElementsOf(document.select("a[name]"));
    }

    @Test
    void idsIncludeThoseGivenAfterTheWalk() {
        Document document = Jsoup.parse(PAGE, "https://lmhtx.example/");
        PageElements found = PageElements.of(document);

        found.headings().forEach(heading -> heading.id("h-" + heading.text().length()));

        assertThat(found.ids()).containsExactlyInAnyOrderElementsOf(document.select("[id], a[name]").stream()
            .map(element -> element.hasAttr("id") ? element.id() : element.attr("name")).distinct().toList());
    }
}
