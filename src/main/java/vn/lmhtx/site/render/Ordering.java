package vn.lmhtx.site.render;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import vn.lmhtx.site.content.ContentDate;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.Label;
import vn.lmhtx.site.content.Section.ListOrder;

/** The orders pages list things in; every order ends in a unique key so output never depends on input order. */
final class Ordering {

    /** Newest first; undated items last; ties by source path. */
    static final Comparator<ContentItem> NEWEST_FIRST = Comparator
        .comparing((ContentItem item) -> item.date().orElse(null), Comparator.nullsLast(Comparator.<ContentDate>reverseOrder()))
        .thenComparing(ContentItem::source);

    private Ordering() {
    }

    /**
     * Vietnamese alphabetical order (a ă â b c d đ e ê …), which {@code String.compareTo} gets wrong. A new
     * Collator each call, since Collator instances are not thread-safe.
     */
    static Comparator<Label> byVietnameseName() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        collator.setStrength(Collator.TERTIARY);
        return Comparator.comparing(Label::name, collator).thenComparing(Label::slug);
    }

    /** The order a section's list asks for. */
    static Comparator<ContentItem> of(ListOrder order) {
        return switch (order) {
            case NEWEST_FIRST -> NEWEST_FIRST;
            case BY_NUMBER -> Comparator.comparing((ContentItem i) -> i.congress().orElseThrow().number());
            case BY_ORDER -> Comparator.comparing((ContentItem i) -> i.achievement().orElseThrow().order())
                .thenComparing(byVietnameseTitle());
            case BY_TITLE -> byVietnameseTitle();
        };
    }

    /** Vietnamese alphabetical order of titles, for pages without dates. */
    static Comparator<ContentItem> byVietnameseTitle() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        return Comparator.comparing(ContentItem::title, collator).thenComparing(ContentItem::source);
    }
}
