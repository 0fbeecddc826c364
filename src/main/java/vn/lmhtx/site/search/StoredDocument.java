package vn.lmhtx.site.search;

/**
 * What the index stores of a page, read back by doc id for the browser export: what a result and the filters show.
 *
 * @param url site-relative URL
 * @param title the page's title
 * @param lead its summary, or the start of its text
 * @param type the content type key ("news", …)
 * @param date the date shown, or ""
 * @param year the year, or "" for undated pages
 */
record StoredDocument(String url, String title, String lead, String type, String date, String year) {
}
