package vn.lmhtx.site.search;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.lmhtx.site.content.CompressedText;
import vn.lmhtx.site.content.ContentItem;

/**
 * What the index knows of one page: what the reader sees of it.
 *
 * @param url site-relative URL
 * @param title the page's title
 * @param lead its summary, or the start of its text
 * @param body the body text as rendered (from the baked HTML), deflated until it is indexed ({@link #text()})
 * @param meta tags, author and category, as one text
 * @param type the content type key ("news", "congress", …)
 * @param date the date shown ("21/02/2018"), or ""
 * @param year the year, or "" for undated pages
 */
public record SearchDocument(String url, String title, String lead, CompressedText body, String meta, String type,
                             String date, String year) {

    private static final int LEAD_LENGTH = 200;
    /** What surrounds the article in {@code <main>} and is not its text. */
    private static final String NOT_TEXT = "h1, nav, .article-tools, .tags, .meta, .lead, script";

    /**
     * The document of a content page, from its baked and parsed HTML: the text of its main content without heading,
     * navigation and tools. The page is left as it is (the text is taken from a copy of its main content).
     */
    public static SearchDocument of(ContentItem item, Document page) {
        Element pageMain = page.selectFirst("main");
        String text = "";
        String body = "";
        if (pageMain != null) {
            Element main = pageMain.clone();
            main.select(NOT_TEXT).remove();
            text = main.text();
            Element articleBody = main.selectFirst(".body");
            body = articleBody == null ? text : articleBody.text();
        }
        String lead = item.summary().orElse(body.length() > LEAD_LENGTH ? body.substring(0, LEAD_LENGTH) + "…" : body);
        List<String> meta = new ArrayList<>();
        item.tags().forEach(tag -> meta.add(tag.name()));
        item.author().ifPresent(meta::add);
        item.category().ifPresent(category -> meta.add(category.name()));
        String date = item.date().map(d -> d.display()).orElse("");
        String year = item.date().map(d -> Integer.toString(d.year())).orElse("");
        return new SearchDocument(item.url(), item.title(), lead, CompressedText.of(text), String.join("\n", meta),
            item.type().key(), date, year);
    }

    /** The body text as rendered. */
    public String text() {
        return body.toString();
    }
}
