package vn.lmhtx.site.render;

/** One entry of the main navigation. */
public record NavItem(String title, String url) {

    /** Whether a page at {@code pageUrl} sits in this entry's part of the site. */
    boolean covers(String pageUrl) {
        return url.equals("/") ? pageUrl.equals("/") : pageUrl.startsWith(url);
    }
}
