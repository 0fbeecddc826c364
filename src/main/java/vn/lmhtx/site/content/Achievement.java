package vn.lmhtx.site.content;

import java.util.List;

/**
 * The structured part of an achievement item.
 *
 * @param theme the theme the achievement belongs to, for grouping
 * @param order position within the site's list of achievements
 * @param metrics the key figures shown as figure cards
 */
public record Achievement(String theme, int order, List<Metric> metrics) {

    public Achievement {
        metrics = List.copyOf(metrics);
    }
}
