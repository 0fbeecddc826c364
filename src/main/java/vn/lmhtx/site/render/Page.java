package vn.lmhtx.site.render;

import java.util.List;
import vn.lmhtx.site.content.PageKind;

/**
 * One output page.
 *
 * @param url its site-relative URL: "/x/" for pages, or a file such as "/feed.xml"
 * @param kind what kind of page it is, which decides its template (jbake.properties maps {@code template.<key>.file})
 * @param title its title, for the head and the heading
 * @param breadcrumbs the trail from the home page to its parent
 * @param model what it shows
 */
public record Page(String url, PageKind kind, String title, List<Crumb> breadcrumbs, PageModel model) {

    public Page {
        breadcrumbs = List.copyOf(breadcrumbs);
    }
}
