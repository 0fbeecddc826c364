package vn.lmhtx.site.search;

/**
 * What the index knows of one page: what the reader sees of it.
 *
 * @param url site-relative URL
 * @param title the page's title
 * @param lead its summary, or the start of its text
 * @param text the body text as rendered (from the baked HTML)
 * @param meta tags, author and category, as one text
 * @param type the content type key ("news", "congress", …)
 * @param date the date shown ("21/02/2018"), or ""
 * @param year the year, or "" for undated pages
 */
public record SearchDocument(String url, String title, String lead, String text, String meta, String type, String date,
                             String year) {
}
