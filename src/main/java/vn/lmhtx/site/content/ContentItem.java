package vn.lmhtx.site.content;

import java.util.List;
import java.util.Optional;

/**
 * One validated content file: its front matter as typed fields and its body rendered to safe HTML.
 *
 * @param source the file's path relative to the site folder, with forward slashes ({@code content/tin-tuc/x.md})
 * @param type what kind of item it is, which decides its fields
 * @param section the part of the site it belongs to, which decides its page kind, list and search filter
 * @param title the title readers see
 * @param slug the last segment of its URL, ASCII
 * @param url its site-relative URL, such as {@code /tin-tuc/x/}
 * @param date when it was published; always present for news
 * @param summary the lead shown in lists and feeds; always present for news
 * @param tags its tags, in the order the editor wrote them
 * @param author who wrote it
 * @param category the category it is filed under
 * @param status published or draft
 * @param aliases old site-relative URLs that must keep leading to it
 * @param body the body as sanitised HTML, deflated ({@link #bodyHtml()} gives it as text)
 * @param congress the congress facts, for congress items
 * @param achievement the achievement facts, for achievement items
 * @param document the document facts, for document items
 * @param milestones timeline points that are not congresses, for history items
 * @param image the lead image, when the front matter names one
 * @param pictures every photo the page publishes (the lead image and the body's), which the bake stage copies
 */
public record ContentItem(String source, ContentType type, Section section, String title, String slug, String url,
                          Optional<ContentDate> date, Optional<String> summary, List<Label> tags,
                          Optional<String> author, Optional<Label> category, Status status, List<String> aliases,
                          CompressedText body, Optional<Congress> congress, Optional<Achievement> achievement,
                          Optional<Document> document,
                          List<Milestone> milestones, Optional<LeadImage> image, List<Picture> pictures) {

    public ContentItem {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
        milestones = List.copyOf(milestones);
        pictures = List.copyOf(pictures);
    }

    /** An item without photos. */
    public ContentItem(String source, ContentType type, Section section, String title, String slug, String url,
                       Optional<ContentDate> date, Optional<String> summary, List<Label> tags,
                       Optional<String> author, Optional<Label> category, Status status, List<String> aliases,
                       CompressedText body, Optional<Congress> congress, Optional<Achievement> achievement,
                       Optional<Document> document, List<Milestone> milestones) {
        this(source, type, section, title, slug, url, date, summary, tags, author, category, status, aliases, body, congress,
            achievement, document, milestones, Optional.empty(), List.of());
    }

    /** The body as sanitised HTML (what templates print). */
    public String bodyHtml() {
        return body.toString();
    }
}
