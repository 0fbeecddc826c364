package vn.lmhtx.site.markdown;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.safety.Safelist;

/**
 * The HTML editors may paste into Markdown, and what Markdown itself produces. Anything else is removed from
 * the page (with a warning); scripts, {@code on*=} handlers and {@code javascript:} URLs are errors.
 * README's "HTML in articles" section lists this table; keep the two in step.
 */
public final class AllowList {

    /** Tags allowed, each with the attributes it may carry. */
    public static final Map<String, Set<String>> TAGS = tags();

    private AllowList() {
    }

    private static Map<String, Set<String>> tags() {
        Map<String, Set<String>> tags = new TreeMap<>();
        for (String plain : new String[] {"b", "blockquote", "br", "caption", "cite", "dd", "del", "details", "div",
            "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "ins", "kbd", "li",
            "mark", "p", "pre", "s", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "tfoot",
            "thead", "tr", "u", "ul"}) {
            tags.put(plain, Set.of());
        }
        tags.put("a", Set.of("href", "title"));
        tags.put("abbr", Set.of("title"));
        tags.put("code", Set.of("class"));
        tags.put("img", Set.of("src", "alt", "title", "width", "height"));
        tags.put("ol", Set.of("start"));
        tags.put("q", Set.of("cite"));
        tags.put("td", Set.of("colspan", "rowspan", "align"));
        tags.put("th", Set.of("colspan", "rowspan", "align", "scope"));
        return Map.copyOf(tags);
    }

    public static boolean allowsTag(String tag) {
        return TAGS.containsKey(tag);
    }

    public static boolean allowsAttribute(String tag, String attribute) {
        return TAGS.getOrDefault(tag, Set.of()).contains(attribute);
    }

    /** The jsoup safelist that enforces this table; relative links are kept as written. */
    static Safelist safelist() {
        Safelist safelist = Safelist.none().preserveRelativeLinks(true);
        TAGS.forEach((tag, attributes) -> {
            safelist.addTags(tag);
            if (!attributes.isEmpty()) {
                safelist.addAttributes(tag, attributes.toArray(String[]::new));
            }
        });
        safelist.addProtocols("a", "href", "http", "https", "mailto", "tel");
        safelist.addProtocols("img", "src", "http", "https");
        return safelist;
    }
}
