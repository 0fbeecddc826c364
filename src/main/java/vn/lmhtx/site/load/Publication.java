package vn.lmhtx.site.load;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
            .filter(item -> item.type() != ContentType.NEWS
                || item.date().map(d -> !d.value().toInstant().isAfter(now)).orElse(true))
            .toList();
    }
}
