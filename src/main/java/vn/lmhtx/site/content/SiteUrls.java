package vn.lmhtx.site.content;

import java.util.regex.Pattern;
import vn.lmhtx.site.messages.Message;

/**
 * The site's URL policy: every site-relative URL the generator writes (items, section lists, pages of the news list,
 * years, tags, categories, fixed pages, asset and search folders) is made here, and the URLs the build owns, which
 * content may not take, are claimed here. Templates get these URLs ready-made; {@code SiteSettings.link} adds the base
 * path.
 */
public final class SiteUrls {

    public static final String HOME = "/";
    public static final String NEWS = Section.NEWS.url();
    public static final String CONGRESSES = Section.CONGRESS.url();
    public static final String ACHIEVEMENTS = Section.ACHIEVEMENT.url();
    public static final String ABOUT = Section.PAGE.url();
    public static final String DOCUMENTS = Section.DOCUMENT.url();
    public static final String TAGS = "/tu-khoa/";
    public static final String CATEGORIES = "/chuyen-muc/";
    public static final String SEARCH = "/tim-kiem/";
    public static final String FEED = "/feed.xml";
    public static final String SITEMAP = "/sitemap.xml";
    public static final String NOT_FOUND = "/404.html";

    public static final String ROBOTS = "/robots.txt";
    /** The folder the build copies {@code assets/} into, with content-hashed copies of its CSS and JS. */
    public static final String ASSETS = "/assets/";
    /** The folder of the search index and its static export (see the search package). */
    public static final String SEARCH_DATA = "/search/";
    /** The web editor (Decap CMS), written only when {@code cms.enabled=true} but reserved always. */
    public static final String WEB_EDITOR = "/quan-tri/";

    /** The folder under the documents' list that holds one list per issuer. */
    private static final String ISSUERS = "co-quan";

    /**
     * Everything the build writes whatever the content says: its fixed pages and files, and the folders it fills
     * (assets, the search index, tag and category pages, the news list's later pages and years). Content URLs are
     * claimed against these, so an alias or slug can never replace them.
     */
    public static OutputClaims claimsOfTheBuild() {
        OutputClaims claims = new OutputClaims();
        claims.reserve(HOME, Message.RESERVED_HOME.text());
        // Sections that share a segment share one list; the build's own claims are not checked against each other.
        Section.ALL.stream().map(Section::url).distinct().forEach(url -> claims.reserve(url, Message.RESERVED_LIST.text(
            Section.ALL.stream().filter(s -> s.url().equals(url)).findFirst().orElseThrow().listName().text())));
        claims.reserve(TAGS, Message.RESERVED_TAGS.text());
        claims.reserve(CATEGORIES, Message.RESERVED_CATEGORIES.text());
        claims.reserve(SEARCH, Message.RESERVED_SEARCH.text());
        claims.reserve(FEED, Message.RESERVED_FEED.text());
        claims.reserve(SITEMAP, Message.RESERVED_SITEMAP.text());
        claims.reserve(NOT_FOUND, Message.RESERVED_NOT_FOUND.text());
        claims.reserve(ROBOTS, Message.RESERVED_ROBOTS.text());
        claims.reserveFolders(folder(ASSETS), Message.RESERVED_ASSETS.text());
        claims.reserveFolders(folder(SEARCH_DATA), Message.RESERVED_SEARCH_DATA.text());
        claims.reserveFolders(folder(WEB_EDITOR), Message.RESERVED_WEB_EDITOR.text());
        claims.reserveFolders(folder(TAGS), Message.RESERVED_TAG_PAGES.text());
        claims.reserveFolders(folder(CATEGORIES), Message.RESERVED_CATEGORY_PAGES.text());
        claims.reserveFolders(folder(NEWS) + "/(trang|nam)-[0-9]+", Message.RESERVED_NEWS_PAGES.text());
        claims.reserveFolders(folder(DOCUMENTS) + "/" + ISSUERS, Message.RESERVED_ISSUER_LISTS.text());
        return claims;
    }

    /**
     * The share card (the {@code og:image} drawn by the build) whose name is {@code hash}, in the assets folder the
     * build owns: {@code /assets/og/<hash>.png}.
     */
    public static String shareCard(String hash) {
        return ASSETS + "og/" + hash + ".png";
    }

    /** The list of the documents one issuer issued, such as /van-ban/co-quan/uy-ban-nhan-dan-tinh-kien-giang/. */
    public static String documentIssuer(String slug) {
        return DOCUMENTS + ISSUERS + "/" + slug + "/";
    }

    /** Page {@code number} of the news list; the first page is the list itself. */
    public static String newsPage(int number) {
        return number == 1 ? NEWS : NEWS + "trang-" + number + "/";
    }

    /** The list of one year's news. */
    public static String newsYear(int year) {
        return NEWS + "nam-" + year + "/";
    }

    private SiteUrls() {
    }

    /** The list of the section whose URL segment is {@code segment}. */
    static String list(String segment) {
        return "/" + segment + "/";
    }

    /** The page of an item whose file is in {@code folder} under content/ ("" for the top level). */
    public static String item(String folder, String slug) {
        return "/" + (folder.isEmpty() ? "" : folder + "/") + slug + "/";
    }

    /** The URL of a tag's page. */
    public static String tag(String slug) {
        return TAGS + slug + "/";
    }

    /** The URL of a category's page. */
    public static String category(String slug) {
        return CATEGORIES + slug + "/";
    }

    /** A folder URL as {@link OutputClaims#reserveFolders} matches it: "/tin-tuc/" → "tin-tuc", quoted. */
    private static String folder(String url) {
        return Pattern.quote(url.substring(1, url.length() - 1));
    }
}
