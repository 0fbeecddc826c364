package vn.lmhtx.site.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.Label;

/**
 * Groups items by tag or category slug. Spellings that share a slug ("Hợp tác xã", "hợp tác xã") are one label,
 * named by its most used spelling; groups come in Vietnamese alphabetical order.
 */
final class LabelGroups {

    private LabelGroups() {
    }

    static Map<Label, List<ContentItem>> of(List<ContentItem> items, Function<ContentItem, List<Label>> labelsOf) {
        Map<String, List<ContentItem>> itemsBySlug = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Map<String, Label> firstBySlug = new HashMap<>();
        for (ContentItem item : items) {
            for (Label label : labelsOf.apply(item)) {
                itemsBySlug.computeIfAbsent(label.slug(), s -> new ArrayList<>()).add(item);
                firstBySlug.putIfAbsent(label.slug(), label);
                spellings.computeIfAbsent(label.slug(), s -> new HashMap<>()).merge(label.name(), 1, Integer::sum);
            }
        }
        Map<Label, List<ContentItem>> groups = new TreeMap<>(Ordering.byVietnameseName());
        itemsBySlug.forEach((slug, grouped) -> groups.put(firstBySlug.get(slug).named(mostUsed(spellings.get(slug))), grouped));
        return groups;
    }

    private static String mostUsed(Map<String, Integer> spellings) {
        Comparator<Map.Entry<String, Integer>> byUse = Map.Entry.comparingByValue();
        return spellings.entrySet().stream()
            .max(byUse.thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
            .orElseThrow().getKey();
    }
}
