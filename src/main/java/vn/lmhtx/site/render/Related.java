package vn.lmhtx.site.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
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
 *
 * <p>The best articles for a set of tags do not depend on which of them asks: the walk finds one more than asked for,
 * the asking article included, which is then left out. So each set of tags is walked once per plan, and, with a
 * {@link PlanMemo}, not at all when its tags' articles have the same ranks as in the last plan (a save that moves no
 * article in the newest-first order, such as a body or title edit).
 */
final class Related {

    /** Every news article, newest first: an article's rank is its index here. */
    private final List<ContentItem> ranked;
    /** Each tag's articles as ranks, ascending (newest first); an article tagged twice with one slug is there twice. */
    private final Map<String, int[]> byTag = new HashMap<>();
    /** The tags whose ranks are those of the memo's last plan. */
    private final Set<String> unchanged = new HashSet<>();
    private final PlanMemo memo;
    /** The ranks each tag set and limit gave in this plan. */
    private final Map<Key, int[]> worked = new HashMap<>();

    /** A set of tags (slugs) and how many articles were asked for. */
    record Key(Set<String> tags, int limit) {
    }

    Related(List<ContentItem> news, PlanMemo memo) {
        this.memo = memo;
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
        byTag.forEach((tag, ranks) -> {
            if (Arrays.equals(ranks, memo.tagRanks().get(tag))) {
                unchanged.add(tag);
            }
        });
    }

    /** Hands what this plan worked out to the memo, for the next plan. */
    void keep() {
        memo.keepRelated(byTag, worked);
    }

    private record Candidate(int rank, int shared) {
    }

    /** The {@code limit} articles most related to {@code item}, best first. */
    List<ContentItem> to(ContentItem item, int limit) {
        Set<String> tags = new LinkedHashSet<>();
        item.tags().forEach((Label tag) -> tags.add(tag.slug()));
        Key key = new Key(Set.copyOf(tags), limit);
        int[] best = worked.get(key);
        if (best == null) {
            best = unchanged.containsAll(tags) ? memo.related().get(key) : null;
            best = best != null ? best : walk(tags, limit + 1);
            worked.put(key, best);
        }
        List<ContentItem> related = new ArrayList<>(limit);
        for (int rank : best) {
            ContentItem candidate = ranked.get(rank);
            if (candidate != item && related.size() < limit) {
                related.add(candidate);
            }
        }
        return related;
    }

    /** The ranks of the {@code limit} articles sharing most of {@code tags}, best first. */
    private int[] walk(Set<String> tags, int limit) {
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
            keep(kept, new Candidate(next, shared), limit);
        }
        return kept.stream().mapToInt(Candidate::rank).toArray();
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
