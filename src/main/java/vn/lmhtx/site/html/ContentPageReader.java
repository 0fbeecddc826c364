package vn.lmhtx.site.html;

import org.jsoup.nodes.Document;
import vn.lmhtx.site.content.ContentItem;

/**
 * Takes what a later stage needs from a content page while the HTML passes hold it parsed, so that no page is parsed
 * twice and the HTML stage need not know what is taken (the search index, today). Called on the passes' threads, once
 * per content page; must not change the page.
 *
 * @param <T> what it takes
 */
@FunctionalInterface
public interface ContentPageReader<T> {

    /** What to keep of {@code item}'s baked page, as the passes left it. */
    T read(ContentItem item, Document page);
}
