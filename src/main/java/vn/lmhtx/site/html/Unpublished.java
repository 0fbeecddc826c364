package vn.lmhtx.site.html;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import vn.lmhtx.site.render.Page;

/**
 * What the link check knows of pages readers cannot see yet.
 *
 * @param pages pages baked for the check only, by URL: scheduled news and the pages that appear with it (a new tag's
 *     page, say); they are checked like published pages, then removed before publishing
 * @param publishedFrom when each of those pages goes public: a link may only lead to a page that is public no later
 *     than the page holding the link, or the link breaks for a while once the first is published
 * @param unbuilt URLs of content files that have errors in this run: links to them are checked once the file is fixed,
 *     not reported now as broken on top of the file's own errors
 */
public record Unpublished(Map<String, Page> pages, Map<String, Instant> publishedFrom, Set<String> unbuilt) {

    public Unpublished {
        pages = Map.copyOf(pages);
        publishedFrom = Map.copyOf(publishedFrom);
        unbuilt = Set.copyOf(unbuilt);
    }

    /** Nothing unpublished: every link must lead to a published page. */
    public static Unpublished none() {
        return new Unpublished(Map.of(), Map.of(), Set.of());
    }

    /** When the page at {@code url} goes public; {@link Instant#MIN} for pages that already are. */
    Instant publishedFrom(String url) {
        return publishedFrom.getOrDefault(url, Instant.MIN);
    }
}
