package vn.lmhtx.site.render;

import vn.lmhtx.site.content.Section;
import vn.lmhtx.site.content.SiteUrls;

/**
 * The site-relative URLs of the pages every template may link to, ready-made so that templates never spell or
 * concatenate a path; templates pass them to {@code site.link} or {@code site.absolute} for the base path.
 */
public record SiteLinks(String home, String news, String congresses, String achievements, String about, String tags,
                        String categories, String search, String feed) {

    /** The site's links, as the URL policy ({@link SiteUrls}, {@link Section}) makes them. */
    public static final SiteLinks OF_THE_SITE = new SiteLinks(SiteUrls.HOME, Section.NEWS.url(), Section.CONGRESS.url(),
        Section.ACHIEVEMENT.url(), Section.PAGE.url(), SiteUrls.TAGS, SiteUrls.CATEGORIES, SiteUrls.SEARCH, SiteUrls.FEED);
}
