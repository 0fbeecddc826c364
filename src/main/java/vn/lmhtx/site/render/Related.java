package vn.lmhtx.site.render;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.Label;

/** Related articles: other news sharing tags, most shared tags first, then newest. */
final class Related {

    private Related() {
    }

    static List<ContentItem> to(ContentItem item, List<ContentItem> news, int limit) {
        Set<String> tags = item.tags().stream().map(Label::slug).collect(Collectors.toSet());
        if (tags.isEmpty()) {
            return List.of();
        }
        return news.stream()
            .filter(other -> other != item)
            .filter(other -> shared(other, tags) > 0)
            .sorted(Comparator.comparingLong((ContentItem other) -> -shared(other, tags)).thenComparing(Ordering.NEWEST_FIRST))
            .limit(limit)
            .toList();
    }

    private static long shared(ContentItem other, Set<String> tags) {
        return other.tags().stream().filter(t -> tags.contains(t.slug())).count();
    }
}
