package vn.lmhtx.site.html;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.content.Slugs;

/** Gives headings in the main content ASCII ids from their text ("Tóm tắt" → "tom-tat"), so sections can be linked. */
final class HeadingAnchors implements HtmlPass {

    @Override
    public boolean apply(HtmlPage page, List<Problem> problems) {
        Set<String> taken = new HashSet<>();
        page.elements().withId().forEach(e -> taken.add(e.id()));
        // The next number to try for each heading text: counting up from 2 for every heading would make a page with
        // thousands of headings of one text ("Ảnh minh họa") quadratic. Ids are only added, so the first free number
        // is never below the one remembered, and the ids are those of counting from 2.
        Map<String, Integer> next = new HashMap<>();
        boolean changed = false;
        for (Element heading : page.elements().headings()) {
            if (!heading.id().isEmpty()) {
                continue;
            }
            String slug = Slugs.of(heading.text());
            String base = slug.isEmpty() ? "muc" : slug;
            String id = base;
            if (taken.contains(id)) {
                int n = next.getOrDefault(base, 2);
                while (taken.contains(base + "-" + n)) {
                    n++;
                }
                id = base + "-" + n;
                next.put(base, n + 1);
            }
            taken.add(id);
            heading.id(id);
            changed = true;
        }
        return changed;
    }
}
