package vn.lmhtx.site.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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

    /** Walks {@code document} once. */
    static PageElements of(Document document) {
        PageElements found = new PageElements(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
            new ArrayList<>(), new ArrayList<>());
        for (Element element : document.getAllElements()) {
            found.add(element);
        }
        return found;
    }

    private void add(Element element) {
        String name = element.normalName();
        if (element.hasAttr("id")) {
            withId.add(element);
        }
        switch (name) {
            case "h2", "h3", "h4", "h5", "h6" -> {
                if (insideMain(element)) {
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

    private static boolean insideMain(Element element) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (parent.nameIs("main")) {
                return true;
            }
        }
        return false;
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
