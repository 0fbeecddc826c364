package vn.lmhtx.site.content;

import java.util.Set;

/** The site-relative URLs the generator itself owns, which content may not take. */
public final class SiteUrls {

    public static final String HOME = "/";
    public static final String NEWS = "/tin-tuc/";
    public static final String CONGRESSES = "/dai-hoi/";
    public static final String ACHIEVEMENTS = "/thanh-tuu/";
    public static final String ABOUT = "/gioi-thieu/";
    public static final String TAGS = "/tu-khoa/";
    public static final String CATEGORIES = "/chuyen-muc/";
    public static final String SEARCH = "/tim-kiem/";
    public static final String FEED = "/feed.xml";
    public static final String SITEMAP = "/sitemap.xml";
    public static final String NOT_FOUND = "/404.html";

    /** First path segments reserved for generated pages and files. */
    public static final Set<String> RESERVED_SEGMENTS = Set.of("tin-tuc", "dai-hoi", "thanh-tuu", "gioi-thieu",
        "tu-khoa", "chuyen-muc", "tim-kiem", "assets", "search", "404.html", "feed.xml", "sitemap.xml", "robots.txt");

    private SiteUrls() {
    }

    /** The URL of a tag's page. */
    public static String tag(Label tag) {
        return TAGS + tag.slug() + "/";
    }

    /** The URL of a category's page. */
    public static String category(Label category) {
        return CATEGORIES + category.slug() + "/";
    }
}
