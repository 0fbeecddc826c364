package vn.lmhtx.site.render;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Where a list page sits among its siblings.
 *
 * @param current 1-based number of this page
 * @param pages the URLs of all pages of the list, first page first
 */
public record Pagination(int current, List<String> pages) {

    public Pagination {
        pages = List.copyOf(pages);
    }

    public int count() {
        return pages.size();
    }

    public boolean hasPrevious() {
        return current > 1;
    }

    public boolean hasNext() {
        return current < pages.size();
    }

    public String previousUrl() {
        return pages.get(current - 2);
    }

    public String nextUrl() {
        return pages.get(current);
    }

    /** The numbered links, as (number, url) pairs. */
    public List<PageLink> links() {
        return IntStream.rangeClosed(1, pages.size()).mapToObj(n -> new PageLink(n, pages.get(n - 1), n == current)).toList();
    }

    /** One numbered link of a pagination bar. */
    public record PageLink(int number, String url, boolean current) {
    }
}
