package vn.lmhtx.site.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.messages.Message;

/** Checks HTML pasted into Markdown: what can run code is an error, what the allow-list lacks a warning. */
final class RawHtmlCheck {

    private static final Pattern SCRIPT_URL = Pattern.compile("^(?:javascript|vbscript):.*", Pattern.DOTALL);
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Cntrl}]+");
    private static final Pattern SCHEME = Pattern.compile("([a-z][a-z0-9+.-]*):");
    /** The schemes {@link AllowList#safelist()} keeps; any other is removed from the page. */
    private static final List<String> LINK_SCHEMES = List.of("http", "https", "mailto", "tel");
    private static final List<String> IMAGE_SCHEMES = List.of("http", "https");
    private static final int SHOWN = 40;

    private final String path;
    private final List<Problem> problems;

    RawHtmlCheck(String path, List<Problem> problems) {
        this.path = path;
        this.problems = problems;
    }

    void html(String fragment, int line) {
        Set<String> removed = new TreeSet<>();
        for (Element element : Jsoup.parseBodyFragment(fragment).body().getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("body")) {
                continue;
            }
            if (tag.equals("script")) {
                error(line, Message.SCRIPT_NOT_ALLOWED.text());
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    error(line, Message.EVENT_ATTRIBUTE.text(name, tag));
                } else if (isScriptUrl(attribute.getValue())) {
                    error(line, Message.JAVASCRIPT_IN_TAG.text(tag + " " + name));
                } else if (isUrlAttribute(tag, name)) {
                    scheme(attribute.getValue(), line, tag.equals("img"));
                } else if (AllowList.allowsTag(tag) && !AllowList.allowsAttribute(tag, name)) {
                    removed.add("<" + tag + " " + name + ">");
                }
            }
            if (!AllowList.allowsTag(tag)) {
                removed.add("<" + tag + ">");
            }
        }
        if (!removed.isEmpty()) {
            problems.add(Problem.warning(path, line, "body", Message.HTML_LEFT_OUT.text(String.join(", ", removed))));
        }
    }

    /** Checks a Markdown link's or image's URL (entities not yet decoded). */
    void url(String rawUrl, int line, boolean image) {
        // Markdown URLs may hide the scheme in entities (jav&#97;script:); browsers decode them first, so do we.
        String url = Parser.unescapeEntities(rawUrl, true);
        if (isScriptUrl(url)) {
            error(line, Message.JAVASCRIPT_LINK.text(url));
        } else {
            scheme(url, line, image);
        }
    }

    /**
     * Reports a URL whose scheme the allow-list would strip from the page without a word: a data: URL (an image pasted
     * from a word processor), a file on the editor's computer, or a scheme browsers do not open from a web page.
     */
    private void scheme(String url, int line, boolean image) {
        Matcher scheme = SCHEME.matcher(INVISIBLE.matcher(url).replaceAll("").toLowerCase(Locale.ROOT));
        if (!scheme.lookingAt()) {
            return;
        }
        String name = scheme.group(1);
        String quoted = "\"" + shortened(url) + "\"";
        if ((image ? IMAGE_SCHEMES : LINK_SCHEMES).contains(name)) {
            return;
        }
        if (name.equals("data")) {
            error(line, (image ? Message.DATA_URL_IMAGE : Message.DATA_URL_LINK).text(quoted));
        } else if (name.equals("file") || name.length() == 1) {
            error(line, Message.LOCAL_FILE.text(quoted));
        } else {
            error(line, (image ? Message.SCHEME_IMAGE : Message.SCHEME_LINK).text(quoted, name,
                String.join(", ", (image ? IMAGE_SCHEMES : LINK_SCHEMES).stream().map(s -> s + ":").toList())));
        }
    }

    /** The first characters of a URL, enough to find it: data: URLs run to megabytes. */
    private static String shortened(String url) {
        String stripped = url.strip();
        return stripped.length() <= SHOWN ? stripped : stripped.substring(0, SHOWN) + "…";
    }

    private static boolean isUrlAttribute(String tag, String attribute) {
        return (tag.equals("a") && attribute.equals("href")) || (tag.equals("img") && attribute.equals("src"));
    }

    private void error(int line, String message) {
        problems.add(Problem.error(path, line, "body", message));
    }

    private static boolean isScriptUrl(String url) {
        String squeezed = INVISIBLE.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        return SCRIPT_URL.matcher(squeezed).matches();
    }
}
