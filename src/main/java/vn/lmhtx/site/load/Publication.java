package vn.lmhtx.site.load;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.ContentType;
import vn.lmhtx.site.content.Status;

/** Decides what reaches readers: published items, minus news dated after "now". */
public final class Publication {

    private Publication() {
    }

    /** The items readers may see at the clock's instant; drafts and scheduled news are left out entirely. */
    public static List<ContentItem> visible(List<ContentItem> items, Clock clock) {
        Instant now = clock.instant();
        return items.stream()
            .filter(item -> item.status() == Status.PUBLISHED)
            .filter(item -> publishedFrom(item).map(from -> !from.isAfter(now)).orElse(true))
            .toList();
    }

    /** Scheduled news: published items that readers will see once the clock passes their date. */
    public static List<ContentItem> scheduled(List<ContentItem> items, Clock clock) {
        Instant now = clock.instant();
        return items.stream()
            .filter(item -> item.status() == Status.PUBLISHED)
            .filter(item -> publishedFrom(item).map(from -> from.isAfter(now)).orElse(false))
            .toList();
    }

    /** Drafts ({@code status: draft}): never public until the editor removes that line; shown only in the preview. */
    public static List<ContentItem> drafts(List<ContentItem> items) {
        return items.stream().filter(item -> item.status() == Status.DRAFT).toList();
    }

    /** When a news item goes public: its date; other items have no date that holds them back. */
    public static Optional<Instant> publishedFrom(ContentItem item) {
        return item.type() == ContentType.NEWS ? item.date().map(d -> d.value().toInstant()) : Optional.empty();
    }
}
