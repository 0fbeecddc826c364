package vn.lmhtx.site.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.Label;

/**
 * Related articles: other news sharing tags, most shared tags first, then newest. Each tag's articles are kept newest
 * first, and an article's lists are walked together newest first, so an article's shared-tag count is complete when
 * it is reached; the walk stops as soon as the kept articles share every tag, since no older article can beat them.
 * With few tags on many articles (every article shares a tag with thousands) this reads a handful of articles per
 * page instead of all that share a tag, which made planning quadratic.
 *
 * <p>Articles are walked by their rank in the newest-first order, a number: real tags are few and broad, so one
 * article's walk can still pass over thousands of others, and comparing their dates at each step (a date to an
 * instant, twice per comparison) was most of the planning time at 5,000 articles.
 */
final class Related {

    /** Every news article, newest first: an article's rank is its index here. */
    private final List<ContentItem> ranked;
    /** Each tag's articles as ranks, ascending (newest first); an article tagged twice with one slug is there twice. */
    private final Map<String, int[]> byTag = new HashMap<>();

    Related(List<ContentItem> news) {
        ranked = news.stream().sorted(Ordering.NEWEST_FIRST).toList();
        Map<ContentItem, Integer> rank = new IdentityHashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            rank.put(ranked.get(i), i);
        }
        Map<String, List<Integer>> lists = new HashMap<>();
        for (ContentItem item : news) {
            item.tags().forEach(tag -> lists.computeIfAbsent(tag.slug(), t -> new ArrayList<>()).add(rank.get(item)));
        }
        lists.forEach((tag, ranks) -> byTag.put(tag, ranks.stream().mapToInt(Integer::intValue).sorted().toArray()));
    }

    private record Candidate(ContentItem item, int shared) {
    }

    List<ContentItem> to(ContentItem item, int limit) {
        Set<String> tags = new LinkedHashSet<>();
        item.tags().forEach((Label tag) -> tags.add(tag.slug()));
        int[][] lists = tags.stream().map(byTag::get).toArray(int[][]::new);
        int[] at = new int[lists.length];
        // Best first: most shared tags, then newest (arrival order, as the walk goes newest first).
        List<Candidate> kept = new ArrayList<>();
        while (!(kept.size() == limit && kept.get(limit - 1).shared() == tags.size())) {
            int next = Integer.MAX_VALUE;
            for (int i = 0; i < lists.length; i++) {
                if (at[i] < lists[i].length) {
                    next = Math.min(next, lists[i][at[i]]);
                }
            }
            if (next == Integer.MAX_VALUE) {
                break;
            }
            int shared = 0;
            for (int i = 0; i < lists.length; i++) {
                while (at[i] < lists[i].length && lists[i][at[i]] == next) {
                    at[i]++;
                    shared++;
                }
            }
            ContentItem candidate = ranked.get(next);
            if (candidate != item) {
                keep(kept, new Candidate(candidate, shared), limit);
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
