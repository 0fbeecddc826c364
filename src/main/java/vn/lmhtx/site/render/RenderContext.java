package vn.lmhtx.site.render;

import java.util.List;

/** The root of every template's data: {@code site}, {@code page}, {@code nav}, {@code assets} and {@code links}. */
public record RenderContext(SiteSettings site, Page page, List<NavItem> nav, AssetManifest assets) {

    public RenderContext {
        nav = List.copyOf(nav);
    }

    /** The URLs of the site's fixed pages and lists, for links that are not in the page's model. */
    public SiteLinks links() {
        return SiteLinks.OF_THE_SITE;
    }

    /** The image this page shows when shared: its lead image, or the card the build draws with its title. */
    public ShareImage shareImage() {
        return ShareImage.forPage(page, site);
    }

    /** The URL of the menu entry to mark as current: the most specific one covering this page, or "". */
    public String currentNavUrl() {
        return nav.stream().filter(item -> item.covers(page.url()))
            .map(NavItem::url)
            .max(java.util.Comparator.comparingInt(String::length))
            .orElse("");
    }
}
