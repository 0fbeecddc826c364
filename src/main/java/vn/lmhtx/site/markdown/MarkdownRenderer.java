package vn.lmhtx.site.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import vn.lmhtx.site.content.LineIndex;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.messages.Message;

/**
 * Renders article bodies. The flexmark parser and renderer are built once and shared: they are immutable and
 * thread-safe, and building them per file is what made JBake's own Markdown engine slow.
 */
public final class MarkdownRenderer {

    /**
     * How many lists, quotes and emphases may sit inside each other. Real articles use a handful; thousands make the
     * renderer recurse until the stack runs out, so the limit is far above the one and far below the other.
     */
    public static final int MAX_NESTING = 50;

    /** How far a line's indentation, quote marks and list markers may reach: four columns for each level. */
    public static final int MAX_INDENT = 4 * MAX_NESTING;

    /** The longest line of rule characters (---); three make a rule. */
    public static final int MAX_RULE = 1_000;

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
        MutableDataSet options = options();
        // flexmark's parser and renderer, minus copies that made them slow on long articles (same output).
        // With an inline parser of its own, flexmark leaves out its core paragraph pre-processor (link reference
        // definitions): it is added back, after the tables' one as flexmark orders them.
        this.parser = Parser.builder(options).customInlineParserFactory(LinearInlineParser::new)
            .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
        this.renderer = HtmlRenderer.builder(options).nodeRendererFactory(o -> new PlainTextRenderer()).build();
    }

    /** flexmark's options for articles: tables; no heading ids; soft breaks as line ends. */
    static MutableDataSet options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        // Headings get their ids from the anchors pass, which makes ASCII ids out of Vietnamese text.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        return options;
    }

    /** flexmark's HTML for {@code markdown}, before it is checked and cleaned; tests compare it with flexmark's own. */
    String flexmarkHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
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
     * Renders a body whose first line is {@code firstLine} of file {@code path}; problems point at file lines. A body
     * that nests deeper than {@link #MAX_NESTING} is reported and not rendered.
     */
    public RenderedBody render(String markdown, String path, int firstLine) {
        List<Problem> problems = new ArrayList<>();
        if (!checkLines(markdown, path, firstLine, problems)) {
            return new RenderedBody("", problems);
        }
        Document document = parser.parse(markdown);
        // One line table per body: asking each node for its line (Node.getStartLineNumber) rescans the body.
        LineIndex lines = LineIndex.of(markdown);
        RawHtmlCheck check = new RawHtmlCheck(path, problems);
        List<MarkdownImage> images = new ArrayList<>();
        if (!checkNodes(document, node -> lines.lineOf(node.getStartOffset()) - 1 + firstLine, check, images, path, problems)) {
            return new RenderedBody("", problems);
        }
        // Buffers sized once for the page: one of megabytes otherwise grows them by doubling, copying them each time.
        StringBuilder unsafe = new StringBuilder(markdown.length() + markdown.length() / 4 + 64);
        renderer.render(document, unsafe);
        OutputSettings output = new OutputSettings().prettyPrint(false);
        org.jsoup.nodes.Document dirty = Jsoup.parseBodyFragment(unsafe.toString(), BASE);
        org.jsoup.nodes.Document clean = new Cleaner(safelist).clean(dirty);
        clean.outputSettings(output);
        if (!basePath.equals("/")) {
            prefixRootRelativeLinks(clean);
        }
        return new RenderedBody(stripped(clean.body().html(new StringBuilder(unsafe.length() + 64))), problems, images);
    }

    /** {@code text.toString().strip()}, copying the text once. */
    private static String stripped(StringBuilder text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * Refuses, before parsing, the lines flexmark's parser cannot take in reasonable time and stack. A line whose
     * indentation, quote marks and list markers reach past {@link #MAX_INDENT} columns: the parser passes over a line's
     * indentation once for every list or quote that is open, so a list nested thousands of levels deep takes minutes
     * (cubic in its depth). A rule longer than {@link #MAX_RULE}: the parser's pattern for rules recurses once per
     * character and runs out of stack at about 2,000.
     */
    private static boolean checkLines(String markdown, String path, int firstLine, List<Problem> problems) {
        int line = firstLine;
        for (int start = 0; start < markdown.length(); line++) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end;
            boolean rule = isRule(markdown, start, end);
            if (rule && end - start > MAX_RULE) {
                problems.add(Problem.error(path, line, "body", Message.RULE_TOO_LONG.text(end - start, MAX_RULE)));
                return false;
            }
            int width = rule ? 0 : prefixWidth(markdown, start, end);
            if (width > MAX_INDENT) {
                problems.add(Problem.error(path, line, "body", Message.INDENTED_TOO_DEEP.text(width, MAX_INDENT, MAX_NESTING)));
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    /** Whether a line holds only one of the rule characters -, * and _, with spaces or tabs. */
    private static boolean isRule(String text, int start, int end) {
        char rule = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t') {
                continue;
            }
            if ((c != '-' && c != '*' && c != '_') || (rule != 0 && c != rule)) {
                return false;
            }
            rule = c;
        }
        return rule != 0;
    }

    /** The columns taken by a line's leading spaces, tabs, quote marks and list markers ("- ", "* ", "+ ", "12. "). */
    private static int prefixWidth(String text, int start, int end) {
        int width = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ' || c == '>') {
                width++;
                i++;
            } else if (c == '\t') {
                width += 4 - width % 4;
                i++;
            } else {
                int marker = markerLength(text, i, end);
                if (marker == 0) {
                    break;
                }
                width += marker;
                i += marker;
            }
        }
        return width;
    }

    /** The length of a list marker with its space at {@code i} ("- ", "3. ", "12) "), or 0. */
    private static int markerLength(String text, int i, int end) {
        int j = i;
        while (j < end && j - i < 9 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
            j++;
        }
        boolean bullet = j == i && (text.charAt(i) == '-' || text.charAt(i) == '*' || text.charAt(i) == '+');
        boolean ordered = j > i && j < end && (text.charAt(j) == '.' || text.charAt(j) == ')');
        int after = bullet || ordered ? j + 1 : i;
        return after > i && after < end && (text.charAt(after) == ' ' || text.charAt(after) == '\t') ? after + 1 - i : 0;
    }

    /**
     * Checks every node's raw HTML and URLs, walking the tree without recursion; returns false, after reporting it,
     * when the body nests too deeply to render (flexmark's renderer recurses once per level).
     */
    private static boolean checkNodes(Document document, ToIntFunction<Node> lineOf, RawHtmlCheck check,
                                      List<MarkdownImage> images, String path, List<Problem> problems) {
        Node node = document.getFirstChild();
        int levels = 0;
        while (node != null) {
            int line = lineOf.applyAsInt(node);
            if (levels + levelOf(node) > MAX_NESTING) {
                problems.add(Problem.error(path, line, "body", Message.NESTED_TOO_DEEP.text(MAX_NESTING)));
                return false;
            }
            checkNode(node, line, check);
            if (node instanceof Image image) {
                images.add(new MarkdownImage(image.getUrl().toString(), image.getText().toString(), image.getTitle().toString(), line));
            }
            if (node.getFirstChild() != null) {
                levels += levelOf(node);
                node = node.getFirstChild();
                continue;
            }
            while (node != null && node.getNext() == null) {
                node = node.getParent();
                if (node == document) {
                    return true;
                }
                levels -= levelOf(node);
            }
            node = node == null ? null : node.getNext();
        }
        return true;
    }

    /** 1 for a node that nests others as an editor sees it: a list counts, its items and paragraphs do not. */
    private static int levelOf(Node node) {
        boolean level = node.hasChildren() && !(node instanceof ListItem || node instanceof Paragraph || node instanceof Document);
        return level ? 1 : 0;
    }

    private static void checkNode(Node node, int line, RawHtmlCheck check) {
        if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
            check.html(node.getChars().toString(), line);
        } else if (node instanceof Link link) {
            check.url(link.getUrl().toString(), line, false);
        } else if (node instanceof Image image) {
            check.url(image.getUrl().toString(), line, true);
        } else if (node instanceof AutoLink link) {
            check.url(link.getUrl().toString(), line, false);
        } else if (node instanceof Reference reference) {
            check.url(reference.getUrl().toString(), line, false);
        }
    }
}
