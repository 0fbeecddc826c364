package vn.lmhtx.site.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.Label;

/**
 * Related articles: other news sharing tags, most shared tags first, then newest. An index from tag to articles
 * keeps this proportional to the articles that share a tag, instead of comparing every pair of articles.
 */
final class Related {

    private final Map<String, List<ContentItem>> byTag = new HashMap<>();

    Related(List<ContentItem> news) {
        for (ContentItem item : news) {
            item.tags().forEach(tag -> byTag.computeIfAbsent(tag.slug(), t -> new ArrayList<>()).add(item));
        }
    }

    List<ContentItem> to(ContentItem item, int limit) {
        Map<ContentItem, Integer> shared = new IdentityHashMap<>();
        for (Label tag : item.tags()) {
            for (ContentItem other : byTag.getOrDefault(tag.slug(), List.of())) {
                if (other != item) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        Comparator<ContentItem> best = Comparator.comparingInt((ContentItem other) -> -shared.get(other))
            .thenComparing(Ordering.NEWEST_FIRST);
        // Keep the best few in a small heap whose head is the worst kept, so each candidate costs O(log limit).
        PriorityQueue<ContentItem> kept = new PriorityQueue<>(best.reversed());
        for (ContentItem candidate : shared.keySet()) {
            kept.add(candidate);
            if (kept.size() > limit) {
                kept.poll();
            }
        }
        List<ContentItem> related = new ArrayList<>(kept);
        related.sort(best);
        return related;
    }
}
