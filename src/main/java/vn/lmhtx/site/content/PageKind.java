package vn.lmhtx.site.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of page the site has, each with its template key (the {@code <key>} of {@code template.<key>.file} in
 * jbake.properties, and the document type JBake sees), the template file the site ships for it, and who makes it.
 */
public enum PageKind {
    MASTERINDEX("masterindex", "index.ftl", Maker.JBAKE_RENDERER),
    NEWS("news", "news.ftl", Maker.JBAKE_DOCUMENT),
    CONGRESS("congress", "congress.ftl", Maker.JBAKE_DOCUMENT),
    ACHIEVEMENT("achievement", "achievement.ftl", Maker.JBAKE_DOCUMENT),
    HISTORY("history", "history.ftl", Maker.JBAKE_DOCUMENT),
    PAGE("page", "page.ftl", Maker.JBAKE_DOCUMENT),
    NEWSLIST("newslist", "news-list.ftl", Maker.JBAKE_DOCUMENT),
    NEWSYEAR("newsyear", "news-list.ftl", Maker.JBAKE_DOCUMENT),
    CONGRESSLIST("congresslist", "congress-list.ftl", Maker.JBAKE_DOCUMENT),
    ACHIEVEMENTLIST("achievementlist", "achievement-list.ftl", Maker.JBAKE_DOCUMENT),
    ABOUT("about", "about.ftl", Maker.JBAKE_DOCUMENT),
    DOCUMENT("document", "document.ftl", Maker.JBAKE_DOCUMENT),
    DOCUMENTLIST("documentlist", "document-list.ftl", Maker.JBAKE_DOCUMENT),
    DOCUMENTISSUER("documentissuer", "document-list.ftl", Maker.JBAKE_DOCUMENT),
    TAG("tag", "tag.ftl", Maker.JBAKE_DOCUMENT),
    TAGS("tags", "tags.ftl", Maker.JBAKE_DOCUMENT),
    CATEGORY("category", "tag.ftl", Maker.JBAKE_DOCUMENT),
    CATEGORIES("categories", "tags.ftl", Maker.JBAKE_DOCUMENT),
    SEARCH("search", "search.ftl", Maker.JBAKE_DOCUMENT),
    FEED("feed", "feed.ftl", Maker.JBAKE_RENDERER),
    SITEMAP("sitemap", "sitemap.ftl", Maker.JBAKE_RENDERER),
    ERROR404("error404", "error404.ftl", Maker.JBAKE_RENDERER),
    REDIRECT("redirect", "redirect.ftl", Maker.GENERATOR);

    /** Who writes a page of a kind. */
    public enum Maker {
        /** JBake renders a document the generator stages for it. */
        JBAKE_DOCUMENT,
        /** One of JBake's own renderers (index, feed, sitemap, 404) makes it, with no document behind it. */
        JBAKE_RENDERER,
        /** The generator writes it itself: JBake's file-name rule cannot produce an arbitrary old URL such as /x.html. */
        GENERATOR
    }

    private final String key;
    private final String defaultTemplate;
    private final Maker maker;

    PageKind(String key, String defaultTemplate, Maker maker) {
        this.key = key;
        this.defaultTemplate = defaultTemplate;
        this.maker = maker;
    }

    /** The key in {@code template.<key>.file}, and the document type JBake renders the page as. */
    public String key() {
        return key;
    }

    /** The file under templates/ the site ships for this kind, which jbake.properties names. */
    public String defaultTemplate() {
        return defaultTemplate;
    }

    /** Who makes pages of this kind. */
    public Maker maker() {
        return maker;
    }

    /** The kind whose template key is {@code key}. */
    public static Optional<PageKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    /** Every template key, in declaration order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(PageKind::key).toList();
    }
}
