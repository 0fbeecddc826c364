package vn.lmhtx.site.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import vn.lmhtx.site.content.Problem;

/** Checks HTML pasted into Markdown: what can run code is an error, what the allow-list lacks a warning. */
final class RawHtmlCheck {

    private static final Pattern SCRIPT_URL = Pattern.compile("^(?:javascript|vbscript):.*", Pattern.DOTALL);
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\p{Cntrl}]+");

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
                error(line, "<script> is not allowed in articles; remove it (the site adds its own scripts)");
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    error(line, "the " + name + "= attribute on <" + tag + "> runs code; remove it");
                } else if (isScriptUrl(attribute.getValue())) {
                    error(line, "javascript: links are not allowed (in <" + tag + " " + name + ">); link to a page instead");
                } else if (AllowList.allowsTag(tag) && !AllowList.allowsAttribute(tag, name)) {
                    removed.add("<" + tag + " " + name + ">");
                }
            }
            if (!AllowList.allowsTag(tag)) {
                removed.add("<" + tag + ">");
            }
        }
        if (!removed.isEmpty()) {
            problems.add(Problem.warning(path, line, "body", String.join(", ", removed)
                + " is not in the allowed HTML and was left out of the page (see README, \"HTML in articles\")"));
        }
    }

    void url(String rawUrl, int line) {
        // Markdown URLs may hide the scheme in entities (jav&#97;script:); browsers decode them first, so do we.
        String url = Parser.unescapeEntities(rawUrl, true);
        if (isScriptUrl(url)) {
            error(line, "javascript: links are not allowed (\"" + url + "\"); link to a page instead");
        }
    }

    private void error(int line, String message) {
        problems.add(Problem.error(path, line, "body", message));
    }

    private static boolean isScriptUrl(String url) {
        String squeezed = INVISIBLE.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        return SCRIPT_URL.matcher(squeezed).matches();
    }
}
