package vn.lmhtx.site.content;

/**
 * A tag or category: its Vietnamese name as readers see it, the ASCII slug its URL carries, and the URL of its page.
 */
public record Label(String name, String slug, String url) {

    /** A tag, whose page lists the news carrying it. */
    public static Label tag(String name, String slug) {
        return new Label(name, slug, SiteUrls.tag(slug));
    }

    /** A category, whose page lists the news filed under it. */
    public static Label category(String name, String slug) {
        return new Label(name, slug, SiteUrls.category(slug));
    }

    /** The same label under another spelling of its name. */
    public Label named(String otherName) {
        return new Label(otherName, slug, url);
    }
}
