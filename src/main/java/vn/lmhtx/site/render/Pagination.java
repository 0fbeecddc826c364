package vn.lmhtx.site.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a list page sits among its siblings.
 *
 * @param current 1-based number of this page
 * @param pages the URLs of all pages of the list, first page first
 */
public record Pagination(int current, List<String> pages) {

    /**
     * How many numbered links stand on each side of the current page's. The first and the last page are always
     * linked; the pages between them and this window are a gap. Linking every page made each list page's pager grow
     * with the list: 997 links (50 kB) on each of 997 pages of 10,000 articles, a quarter of the site's HTML.
     */
    static final int NEIGHBOURS = 2;

    public Pagination {
        // The caller's list itself when it is already a List.copyOf or List.of: one list for all the pages of a list.
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

    /**
     * The pager's entries in order: the first page, the current one with {@link #NEIGHBOURS} on each side, the last
     * page, and a gap wherever pages are left out between them (a single page left out is linked instead: a gap would
     * take as much room).
     */
    public List<PageLink> links() {
        int last = pages.size();
        int from = Math.max(1, current - NEIGHBOURS);
        int to = Math.min(last, current + NEIGHBOURS);
        List<PageLink> links = new ArrayList<>();
        links.add(link(1));
        addGapOrPage(links, 1, from);
        for (int n = Math.max(2, from); n <= to; n++) {
            links.add(link(n));
        }
        if (to < last) {
            addGapOrPage(links, to, last);
            links.add(link(last));
        }
        return links;
    }

    /** What stands between linked pages {@code before} and {@code after}: nothing, the one page, or a gap. */
    private void addGapOrPage(List<PageLink> links, int before, int after) {
        if (after - before == 2) {
            links.add(link(before + 1));
        } else if (after - before > 2) {
            links.add(PageLink.GAP);
        }
    }

    private PageLink link(int number) {
        return new PageLink(number, pages.get(number - 1), number == current, false);
    }

    /**
     * One entry of a pagination bar: a numbered link, or a gap for pages left out.
     *
     * @param gap whether this stands for pages left out (then it has no number or URL)
     */
    public record PageLink(int number, String url, boolean current, boolean gap) {

        static final PageLink GAP = new PageLink(0, "", false, true);
    }
}
