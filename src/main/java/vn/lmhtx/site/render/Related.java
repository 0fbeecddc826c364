package vn.lmhtx.site.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.Label;

/**
 * Related articles: other news sharing tags, most shared tags first, then newest. Each tag's articles are kept newest
 * first, and an article's lists are walked together newest first, so an article's shared-tag count is complete when
 * it is reached; the walk stops as soon as the kept articles share every tag, since no older article can beat them.
 * With few tags on many articles (every article shares a tag with thousands) this reads a handful of articles per
 * page instead of all that share a tag, which made planning quadratic.
 */
final class Related {

    private final Map<String, List<ContentItem>> byTag = new HashMap<>();

    Related(List<ContentItem> news) {
        for (ContentItem item : news) {
            item.tags().forEach(tag -> byTag.computeIfAbsent(tag.slug(), t -> new ArrayList<>()).add(item));
        }
        byTag.values().forEach(items -> items.sort(Ordering.NEWEST_FIRST));
    }

    /** A position in one tag's list. */
    private static final class Cursor {
        private final List<ContentItem> items;
        private int at;

        Cursor(List<ContentItem> items) {
            this.items = items;
        }

        ContentItem current() {
            return items.get(at);
        }

        boolean advance() {
            return ++at < items.size();
        }
    }

    private record Candidate(ContentItem item, int shared) {
    }

    List<ContentItem> to(ContentItem item, int limit) {
        Set<String> tags = new LinkedHashSet<>();
        item.tags().forEach((Label tag) -> tags.add(tag.slug()));
        PriorityQueue<Cursor> walk = new PriorityQueue<>(Comparator.comparing(Cursor::current, Ordering.NEWEST_FIRST));
        for (String tag : tags) {
            walk.add(new Cursor(byTag.get(tag)));
        }
        // Best first: most shared tags, then newest (arrival order, as the walk goes newest first).
        List<Candidate> kept = new ArrayList<>();
        while (!walk.isEmpty() && !(kept.size() == limit && kept.get(limit - 1).shared() == tags.size())) {
            ContentItem next = walk.peek().current();
            int shared = 0;
            while (!walk.isEmpty() && walk.peek().current() == next) {
                Cursor cursor = walk.poll();
                shared++;
                if (cursor.advance()) {
                    walk.add(cursor);
                }
            }
            if (next != item) {
                keep(kept, new Candidate(next, shared), limit);
            }
        }
        return kept.stream().map(Candidate::item).toList();
    }

    /** Inserts after every kept candidate sharing as many tags or more (they are newer), keeping at most limit. */
    private static void keep(List<Candidate> kept, Candidate candidate, int limit) {
        int at = kept.size();
        while (at > 0 && kept.get(at - 1).shared() < candidate.shared()) {
            at--;
        }
        if (at < limit) {
            kept.add(at, candidate);
            if (kept.size() > limit) {
                kept.remove(limit);
            }
        }
    }
}
