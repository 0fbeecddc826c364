package vn.lmhtx.site.render;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.PassedClaims;

/**
 * What planning kept from the last plan made with it, so that a preview plans a save without working out again what
 * it did not change: each news tag's articles by rank and the related news of each set of tags ({@link Related}),
 * the links of each body ({@link ReadingPaths}), and the output claims that passed their check ({@code SitePlanner}).
 * Each is a pure function of what it is kept with, so a plan made with a memo is the plan made without. One memo per kind of plan (published, and with scheduled news and
 * drafts): the two rank the news differently.
 */
public final class PlanMemo {

    /** Each tag's ranks in the last plan. */
    private Map<String, int[]> tagRanks = Map.of();
    /** The related ranks worked out for the last plan, by tag set and limit. */
    private Map<Related.Key, int[]> related = Map.of();
    /** The base path the kept body links were taken with. */
    private String basePath = "";
    /** Each body's links, by item (the same item object while its file did not change). */
    private Map<ContentItem, List<String>> bodyLinks = new IdentityHashMap<>();
    /** The output claims of the last plan that passed their check. */
    private final PassedClaims claims = new PassedClaims();

    PassedClaims claims() {
        return claims;
    }

    Map<String, int[]> tagRanks() {
        return tagRanks;
    }

    Map<Related.Key, int[]> related() {
        return related;
    }

    /** Keeps what a plan's {@link Related} used, for the next plan: only that, so the memo does not grow. */
    void keepRelated(Map<String, int[]> ranks, Map<Related.Key, int[]> worked) {
        tagRanks = ranks;
        related = Map.copyOf(worked);
    }

    /** Each of {@code items}' body links, kept from the last plan or taken with {@code links}; keeps only these. */
    Map<ContentItem, List<String>> bodyLinks(List<ContentItem> items, String base, Function<ContentItem, List<String>> links) {
        Map<ContentItem, List<String>> known = base.equals(basePath) ? bodyLinks : Map.of();
        Map<ContentItem, List<String>> now = new IdentityHashMap<>();
        for (ContentItem item : items) {
            List<String> kept = known.get(item);
            now.put(item, kept != null ? kept : links.apply(item));
        }
        basePath = base;
        bodyLinks = now;
        return now;
    }
}
