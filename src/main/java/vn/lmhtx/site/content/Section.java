package vn.lmhtx.site.content;

import vn.lmhtx.site.messages.Message;

import java.util.List;

/**
 * A part of the site: which items it holds, where their files live, the URL of its list and how that list is shown.
 * The site's sections are {@link #ALL}; every stage (load, plan, claims, search labels) reads them from here, so adding
 * a section is one constant here (plus a {@link ContentType} for its front matter, and its templates).
 *
 * <p>A record rather than an enum so that tests can build a throwaway section and hand it to the planner.
 *
 * @param key the word editors write in {@code type:}, and the search filter's value
 * @param label what readers call one of its items ("Tin tức"), in the search page's filter and results
 * @param folders the folders under {@code content/} its files may live in, the default one first; "" is the top level
 * @param segment the URL segment of its list ("tin-tuc" for /tin-tuc/)
 * @param itemKind the kind of its items' pages
 * @param listKind the kind of its list page; sections that share a segment share one list
 * @param listTitle the list's title, in the head, the breadcrumbs and the menu
 * @param listHeading the list's heading
 * @param listName what the list is, as an error message names it (Message.LIST_NEWS)
 * @param order the order of the list
 */
public record Section(String key, String label, List<String> folders, String segment, PageKind itemKind,
                      PageKind listKind, String listTitle, String listHeading, Message listName, ListOrder order) {

    /** The order of a section's list. */
    public enum ListOrder {
        /** Newest first (by date). */
        NEWEST_FIRST,
        /** By congress number. */
        BY_NUMBER,
        /** By the editor's {@code order}, then by title. */
        BY_ORDER,
        /** By title, as Vietnamese readers sort. */
        BY_TITLE
    }

    public static final Section NEWS = new Section("news", "Tin tức", List.of("tin-tuc"), "tin-tuc", PageKind.NEWS,
        PageKind.NEWSLIST, "Tin tức", "Tin tức", Message.LIST_NEWS, ListOrder.NEWEST_FIRST);
    public static final Section CONGRESS = new Section("congress", "Đại hội", List.of("dai-hoi"), "dai-hoi",
        PageKind.CONGRESS, PageKind.CONGRESSLIST, "Đại hội", "Các kỳ Đại hội", Message.LIST_CONGRESSES, ListOrder.BY_NUMBER);
    public static final Section ACHIEVEMENT = new Section("achievement", "Thành tựu", List.of("thanh-tuu"), "thanh-tuu",
        PageKind.ACHIEVEMENT, PageKind.ACHIEVEMENTLIST, "Thành tựu", "Thành tựu nổi bật", Message.LIST_ACHIEVEMENTS,
        ListOrder.BY_ORDER);
    public static final Section HISTORY = new Section("history", "Lịch sử", List.of("gioi-thieu", ""), "gioi-thieu",
        PageKind.HISTORY, PageKind.ABOUT, "Giới thiệu", "Giới thiệu", Message.LIST_ABOUT, ListOrder.BY_TITLE);
    public static final Section PAGE = new Section("page", "Giới thiệu", List.of("gioi-thieu", ""), "gioi-thieu",
        PageKind.PAGE, PageKind.ABOUT, "Giới thiệu", "Giới thiệu", Message.LIST_ABOUT, ListOrder.BY_TITLE);

    public static final Section DOCUMENT = new Section("document", "Văn bản", List.of("van-ban"), "van-ban",
        PageKind.DOCUMENT, PageKind.DOCUMENTLIST, "Văn bản", "Văn bản", Message.LIST_DOCUMENTS, ListOrder.NEWEST_FIRST);

    /** The site's sections. */
    public static final List<Section> ALL = List.of(NEWS, CONGRESS, ACHIEVEMENT, HISTORY, PAGE, DOCUMENT);

    public Section {
        folders = List.copyOf(folders);
        if (folders.isEmpty()) {
            throw new IllegalArgumentException("section " + key + " has no content folder");
        }
    }

    /** The folder {@code new} scaffolds into and the error messages point to. */
    public String defaultFolder() {
        return folders.get(0);
    }

    /** The site-relative URL of its list. */
    public String url() {
        return SiteUrls.list(segment);
    }
}
