package vn.lmhtx.site.content;

import java.util.List;
import java.util.Optional;

/**
 * The structured part of an achievement item.
 *
 * @param theme the theme the achievement belongs to, for grouping
 * @param order position within the site's list of achievements
 * @param metrics the key figures shown as figure cards
 * @param source the site-relative URL of the news article the figures come from
 * @param asOf when the figures hold, as the source states it; without it, the source's own date
 */
public record Achievement(String theme, int order, List<Metric> metrics, Optional<String> source,
                          Optional<PartialDate> asOf) {

    public Achievement {
        metrics = List.copyOf(metrics);
    }
}
