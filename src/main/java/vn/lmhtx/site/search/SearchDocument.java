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
 * @param body the body text as rendered (from the baked HTML) and an attached PDF's text, deflated until it is indexed
 *             ({@link #text()})
 * @param meta tags, author and category, as one text
 * @param type the key of its section ("news", "congress", …), the search filter's value
 * @param typeLabel what readers call its section ("Tin tức"), the filter's label
 * @param date the date shown ("21/02/2018"), or ""
 * @param year the year, or "" for undated pages
 */
public record SearchDocument(String url, String title, String lead, CompressedText body, String meta, String type, String typeLabel,
                             String date, String year) {

    private static final int LEAD_LENGTH = 200;

    /**
     * The attribute by which templates mark what search indexes, so that a designer's renamed CSS class cannot change
     * it: {@code data-search="text"} on the element whose text is the page's text, {@code "skip"} on what inside it is
     * not (the heading, indexed as the title; dates, tools, tags), {@code "body"} on the article body, whose start is
     * the lead of a page without summary.
     */
    public static final String MARKER = "data-search";

    /**
     * The document of a content page, from its baked and parsed HTML: the text its template marks. The page is left as
     * it is (the text is taken from a copy).
     *
     * @throws IllegalStateException if the page's template marks no text: search would silently miss the page
     */
    public static SearchDocument of(ContentItem item, Document page) {
        Element copy = marked(item, page).clone();
        copy.select("[" + MARKER + "=skip], script").remove();
        String text = copy.text();
        // The body's text is only needed for a lead, and taking it walks most of the page again.
        String lead = item.summary().orElseGet(() -> {
            Element articleBody = copy.selectFirst("[" + MARKER + "=body]");
            String body = articleBody == null ? text : articleBody.text();
            return body.length() > LEAD_LENGTH ? body.substring(0, LEAD_LENGTH) + "…" : body;
        });
        List<String> meta = new ArrayList<>();
        item.tags().forEach(tag -> meta.add(tag.name()));
        item.author().ifPresent(meta::add);
        item.category().ifPresent(category -> meta.add(category.name()));
        String date = item.date().map(d -> d.display()).orElse("");
        String year = item.date().map(d -> Integer.toString(d.year())).orElse("");
        return new SearchDocument(item.url(), item.title(), lead, CompressedText.of(withAttachment(item, text)), String.join("\n", meta),
            item.section().key(), item.section().label(), date, year);
    }

    /**
     * Checks, as {@link #of} does, that a content page marks the text search indexes, without taking it (a check makes
     * no index); returns the page's URL.
     *
     * @throws IllegalStateException if the page's template marks no text
     */
    public static String requireMarked(ContentItem item, Document page) {
        marked(item, page);
        return item.url();
    }

    private static Element marked(ContentItem item, Document page) {
        Element marked = page.selectFirst("[" + MARKER + "=text]");
        if (marked == null) {
            throw new IllegalStateException("the page " + item.url() + " has no element marked " + MARKER + "=\"text\"; "
                + "its template must mark the text search indexes (see README, Search)");
        }
        return marked;
    }

    /**
     * The page's text followed by its attached PDF's text, if it has any: on a line of its own, so that no phrase spans
     * the two ({@link VietnameseAnalysis#PHRASE_END}). The lead never comes from the PDF, whose first lines are a
     * letterhead ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM…"), not what a reader wants to see under a result.
     */
    private static String withAttachment(ContentItem item, String text) {
        return item.document().flatMap(d -> d.attachment()).flatMap(a -> a.text())
            .map(pdf -> text + "\n" + pdf).orElse(text);
    }

    /** The body text as rendered, and an attached PDF's text after it. */
    public String text() {
        return body.toString();
    }
}
