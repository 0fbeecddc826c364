package vn.lmhtx.site.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.Section;
import vn.lmhtx.site.render.PageModel.PathGroup;

/**
 * Reading paths ("Trang liên quan"): for each item, the other items of the site it cites and that cite it, so no page
 * is a dead end. A citation is a link in an item's body to another item's page or one of its old addresses, an
 * achievement's {@code source}, or a congress's decision document. Links are read from the rendered bodies (with the
 * base path the Markdown stage put in front of root-relative links); links to lists, tags and other sites do not count.
 * Each item's paths are grouped by the list its section belongs to, in the planner's section order, and sorted as that
 * list sorts; an item is listed once, and never on its own page.
 */
final class ReadingPaths {

    private static final String HREF = "href=\"";

    private final List<Section> sections;
    private final Map<ContentItem, Set<ContentItem>> neighbours = new IdentityHashMap<>();

    /**
     * The paths between {@code visible} items.
     *
     * @param basePath the site's base path, which body links start with
     * @param decisionDocument the document a congress's decision names, when the site has one
     * @param memo the body links of the last plan made with it
     */
    ReadingPaths(List<ContentItem> visible, List<Section> sections, String basePath,
                 Function<ContentItem, Optional<ContentItem>> decisionDocument, PlanMemo memo) {
        this.sections = List.copyOf(sections);
        Map<String, ContentItem> byUrl = new HashMap<>();
        visible.forEach(item -> item.aliases().forEach(alias -> byUrl.put(alias, item)));
        visible.forEach(item -> byUrl.put(item.url(), item));
        // A body is kept compressed: its links are taken once per item, not on every plan of a preview.
        Map<ContentItem, List<String>> links = memo.bodyLinks(visible, basePath, item -> bodyLinks(item.bodyHtml(), basePath));
        for (ContentItem item : visible) {
            for (String link : links.get(item)) {
                cite(item, byUrl.get(link));
            }
            item.achievement().flatMap(a -> a.source()).ifPresent(source -> cite(item, byUrl.get(source)));
            decisionDocument.apply(item).ifPresent(document -> cite(item, document));
        }
    }

    /** The items {@code item} cites or is cited by, grouped by list. */
    List<PathGroup> of(ContentItem item) {
        Set<ContentItem> linked = neighbours.getOrDefault(item, Set.of());
        Map<String, List<ContentItem>> byList = new LinkedHashMap<>();
        sections.forEach(section -> byList.putIfAbsent(section.url(), new ArrayList<>()));
        linked.forEach(other -> byList.computeIfAbsent(other.section().url(), url -> new ArrayList<>()).add(other));
        List<PathGroup> groups = new ArrayList<>();
        byList.forEach((url, items) -> {
            if (!items.isEmpty()) {
                Section first = items.stream().map(ContentItem::section).filter(sections::contains).findFirst()
                    .orElse(items.get(0).section());
                items.sort(Ordering.of(first.order()).thenComparing(ContentItem::source));
                groups.add(new PathGroup(first.listTitle(), items));
            }
        });
        return groups;
    }

    private void cite(ContentItem from, ContentItem to) {
        if (to != null && to != from) {
            neighbours.computeIfAbsent(from, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(to);
            neighbours.computeIfAbsent(to, k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(from);
        }
    }

    /**
     * The site-relative URLs the links of a sanitised body lead to, fragment and query left out ("/dai-hoi/x/" for
     * {@code href="/lmhtx/dai-hoi/x/#muc"} under the base path "/lmhtx/"). The sanitiser writes every attribute
     * between double quotes, so a scan for {@code href="} finds them all without parsing the HTML again.
     */
    static List<String> bodyLinks(String html, String basePath) {
        List<String> links = new ArrayList<>();
        for (int at = html.indexOf(HREF); at >= 0; at = html.indexOf(HREF, at)) {
            int start = at + HREF.length();
            int end = html.indexOf('"', start);
            if (end < 0) {
                break;
            }
            at = end;
            String href = html.substring(start, end);
            int cut = firstOf(href, '#', '?');
            href = href.substring(0, cut);
            if (href.startsWith(basePath) && !href.startsWith("//")) {
                links.add(siteRelative(href.substring(basePath.length() - 1)));
            }
        }
        return links;
    }

    /** "/x/index.html" and "/x" name the page "/x/"; a file ("/feed.xml", "/x.html") stays as it is. */
    private static String siteRelative(String url) {
        if (url.endsWith("/index.html")) {
            return url.substring(0, url.length() - "index.html".length());
        }
        String last = url.substring(url.lastIndexOf('/') + 1);
        return last.isEmpty() || last.contains(".") ? url : url + "/";
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? (j < 0 ? text.length() : j) : (j < 0 ? i : Math.min(i, j));
    }
}
