package vn.lmhtx.site.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements of a page that the passes and the link check look at, found in one walk of its tree, each list in
 * document order. Each pass selecting its own (ids, headings, links, images, linked files, anchors) walked every page
 * six times; the passes change only attributes, never the tree, so one walk before them finds the same elements.
 *
 * @param withId elements with an id attribute ({@code [id]}), as parsed
 * @param headings h2 to h6 inside a main element ({@code main h2, …, main h6})
 * @param links links with an href ({@code a[href]})
 * @param images images ({@code img})
 * @param linked what the link check follows, in document order
 *     ({@code a[href], link[href], img[src], script[src], source[src], video[src], audio[src]})
 * @param namedAnchors anchors with a name ({@code a[name]}), which links may point into like ids
 */
record PageElements(List<Element> withId, List<Element> headings, List<Element> links, List<Element> images,
                    List<Element> linked, List<Element> namedAnchors) {

    /**
     * Walks {@code document} once, in document order, counting the main elements the walk is inside of rather than
     * asking each heading's ancestors, and without listing every element first.
     */
    static PageElements of(Document document) {
        PageElements found = new PageElements(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
            new ArrayList<>(), new ArrayList<>());
        NodeTraversor.traverse(new NodeVisitor() {
            private int mains;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    found.add(element, mains > 0);
                    if (element.nameIs("main")) {
                        mains++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.nameIs("main")) {
                    mains--;
                }
            }
        }, document);
        return found;
    }

    private void add(Element element, boolean insideMain) {
        String name = element.normalName();
        if (element.hasAttr("id")) {
            withId.add(element);
        }
        switch (name) {
            case "h2", "h3", "h4", "h5", "h6" -> {
                if (insideMain) {
                    headings.add(element);
                }
            }
            case "a" -> {
                if (element.hasAttr("href")) {
                    links.add(element);
                    linked.add(element);
                }
                if (element.hasAttr("name")) {
                    namedAnchors.add(element);
                }
            }
            case "img" -> {
                images.add(element);
                if (element.hasAttr("src")) {
                    linked.add(element);
                }
            }
            case "link" -> {
                if (element.hasAttr("href")) {
                    linked.add(element);
                }
            }
            case "script", "source", "video", "audio" -> {
                if (element.hasAttr("src")) {
                    linked.add(element);
                }
            }
            default -> {
            }
        }
    }

    /**
     * The ids and anchor names links may point to ({@code [id], a[name]}), read now: after the passes, so that the ids
     * the heading pass gave are among them.
     */
    Set<String> ids() {
        Set<String> ids = new HashSet<>();
        withId.forEach(element -> ids.add(element.id()));
        for (Element heading : headings) {
            if (heading.hasAttr("id")) {
                ids.add(heading.id());
            }
        }
        for (Element anchor : namedAnchors) {
            ids.add(anchor.hasAttr("id") ? anchor.id() : anchor.attr("name"));
        }
        return ids;
    }
}
