package vn.lmhtx.site.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import vn.lmhtx.site.content.Problem;

/**
 * Renders article bodies. The flexmark parser and renderer are built once and shared: they are immutable and
 * thread-safe, and building them per file is what made JBake's own Markdown engine slow.
 */
public final class MarkdownRenderer {

    private static final String BASE = "https://site.invalid/";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist = AllowList.safelist();
    private final String basePath;

    /** A renderer for a site at a domain's root. */
    public MarkdownRenderer() {
        this("/");
    }

    /**
     * A renderer for a site served under {@code basePath} ("/" or "/lmhtx-site/"): editors write links from the
     * site's root ("/dai-hoi/"), and they are prefixed so they keep working under a sub-path.
     */
    public MarkdownRenderer(String basePath) {
        this.basePath = basePath;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        // Headings get their ids from the anchors pass, which makes ASCII ids out of Vietnamese text.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    private void prefixRootRelativeLinks(org.jsoup.nodes.Document document) {
        for (Element element : document.select("a[href], img[src]")) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            String url = element.attr(attribute);
            if (url.startsWith("/") && !url.startsWith("//")) {
                element.attr(attribute, basePath + url.substring(1));
            }
        }
    }

    /**
     * Renders a body whose first line is {@code firstLine} of file {@code path}; problems point at file lines.
     */
    public RenderedBody render(String markdown, String path, int firstLine) {
        Document document = parser.parse(markdown);
        List<Problem> problems = new ArrayList<>();
        RawHtmlCheck check = new RawHtmlCheck(path, problems);
        for (Node node : document.getDescendants()) {
            int line = node.getStartLineNumber() + firstLine;
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                check.html(node.getChars().toString(), line);
            } else if (node instanceof Link link) {
                check.url(link.getUrl().toString(), line);
            } else if (node instanceof Image image) {
                check.url(image.getUrl().toString(), line);
            } else if (node instanceof AutoLink link) {
                check.url(link.getUrl().toString(), line);
            } else if (node instanceof Reference reference) {
                check.url(reference.getUrl().toString(), line);
            }
        }
        String unsafe = renderer.render(document);
        OutputSettings output = new OutputSettings().prettyPrint(false);
        org.jsoup.nodes.Document dirty = Jsoup.parseBodyFragment(unsafe, BASE);
        org.jsoup.nodes.Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings(output);
        if (!basePath.equals("/")) {
            prefixRootRelativeLinks(clean);
        }
        return new RenderedBody(clean.body().html().strip(), problems);
    }
}
