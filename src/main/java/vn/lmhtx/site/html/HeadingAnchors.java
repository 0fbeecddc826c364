package vn.lmhtx.site.html;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.content.Slugs;

/** Gives headings in the main content ASCII ids from their text ("Tóm tắt" → "tom-tat"), so sections can be linked. */
final class HeadingAnchors implements HtmlPass {

    @Override
    public boolean apply(HtmlPage page, List<Problem> problems) {
        Set<String> taken = new HashSet<>();
        page.document().select("[id]").forEach(e -> taken.add(e.id()));
        boolean changed = false;
        for (Element heading : page.document().select("main h2, main h3, main h4, main h5, main h6")) {
            if (!heading.id().isEmpty()) {
                continue;
            }
            String base = Slugs.of(heading.text());
            String id = base.isEmpty() ? "muc" : base;
            for (int n = 2; taken.contains(id); n++) {
                id = (base.isEmpty() ? "muc" : base) + "-" + n;
            }
            taken.add(id);
            heading.id(id);
            changed = true;
        }
        return changed;
    }
}
