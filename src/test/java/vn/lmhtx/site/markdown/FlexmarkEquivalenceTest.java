package vn.lmhtx.site.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link LinearInlineParser} and {@link PlainTextRenderer} replace parts of flexmark for speed only: on any Markdown
 * the HTML must be flexmark's own, byte for byte. Random documents are built from fragments that take each of their
 * paths (escapes, entities, carriage returns, links and their titles, references, images, autolinks, raw HTML, code,
 * emphasis, tables, lists) and compared with stock flexmark under the same options.
 */
class FlexmarkEquivalenceTest {

    private static final Parser STOCK_PARSER = Parser.builder(MarkdownRenderer.options()).build();
    private static final HtmlRenderer STOCK_RENDERER = HtmlRenderer.builder(MarkdownRenderer.options()).build();
    private static final MarkdownRenderer OURS = new MarkdownRenderer();

    private static final List<String> FRAGMENTS = List.of(
        "Hợp tác xã ", "kinh tế tập thể", " ", "\n", "\n\n", "\r\n", "\r", "\t", "\\", "\\*", "\\[", "\\&", "&amp;",
        "&copy;", "&#273;", "&#x110;", "&bogus;", "& ", "<", ">", "\"", "'", "*", "**", "_", "`", "``", "[", "]", "(",
        ")", "![", "[Liên minh](/gioi-thieu/)", "[a](http://x.vn \"tiêu đề\")", "[b]( <http://y.vn/a b> 'c' )",
        "[c][ref]", "[ref]", "\n[ref]: /dai-hoi/ \"Đại hội\"\n", "![ảnh](anh.jpg \"chú thích\")", "<http://z.vn>",
        "<b>đậm</b>", "<span onclick=\"x\">", "</span>", "<!-- ghi chú -->", "\n<div>\n", "\n</div>\n",
        "\n# Tiêu đề\n", "\n## Mục\n", "\n- mục\n", "\n1. một\n", "\n> trích\n", "\n```\nmã\n```\n",
        "\n    thụt lề\n", "\n| a | b |\n|---|---|\n| 1 | 2 |\n", "\n---\n", "  \n", "đ", "ệ", "\u00A0");

    @Provide
    Arbitrary<String> documents() {
        return Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Property(tries = 2000)
    void rendersWhatFlexmarkRenders(@ForAll("documents") String markdown) {
        assertThat(OURS.flexmarkHtml(markdown)).isEqualTo(STOCK_RENDERER.render(STOCK_PARSER.parse(markdown)));
    }

    @Example
    void paragraphWithManyLinksAndEscapes() {
        String markdown = "Xem [một](/a/ \"A\") \\*không\\* &amp; [hai](/b/)\r\n[ba][r] &#273;ây.\n\n[r]: /c/\n".repeat(50);
        assertThat(OURS.flexmarkHtml(markdown)).isEqualTo(STOCK_RENDERER.render(STOCK_PARSER.parse(markdown)));
    }
}
