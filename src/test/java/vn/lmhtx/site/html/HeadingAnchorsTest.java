package vn.lmhtx.site.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Heading ids: ASCII from the text, numbered when taken, numbered once through. */
class HeadingAnchorsTest {

    @Test
    void repeatedHeadingsAreNumberedFromTwoSkippingTakenIds() {
        HtmlPage page = page("<h2>Ảnh minh họa</h2><h2 id=\"anh-minh-hoa-3\">Có sẵn</h2><h2>Ảnh minh họa</h2>"
            + "<h3>Ảnh minh họa</h3><h2>Ảnh minh họa</h2><h2>!!!</h2><h2>???</h2>");

        new HeadingAnchors().apply(page, new ArrayList<>());

        assertThat(page.document().select("h2, h3").eachAttr("id")).containsExactly(
            "anh-minh-hoa", "anh-minh-hoa-3", "anh-minh-hoa-2", "anh-minh-hoa-4", "anh-minh-hoa-5", "muc", "muc-2");
    }

    @Test
    void thousandsOfRepeatedHeadingsOfOneTextAreNumberedInOrder() {
        int headings = 30_000;
        HtmlPage page = page("<h3>Ảnh minh họa</h3>".repeat(headings));

        // Counting up from 2 for every heading: 450 million lookups, minutes; once through: milliseconds. The time is
        // not asserted (it would flake on a busy machine); a regression shows as a stalled run.
        new HeadingAnchors().apply(page, new ArrayList<>());

        assertThat(page.document().select("h3").last().id()).isEqualTo("anh-minh-hoa-" + headings);
    }

    private static HtmlPage page(String body) {
        Document document = Jsoup.parse("<main>" + body + "</main>", "https://lmhtx.example/");
        return new HtmlPage("/", Path.of("index.html"), document, Optional.empty(), "content/x.md", Optional.empty());
    }
}
