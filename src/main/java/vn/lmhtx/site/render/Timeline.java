package vn.lmhtx.site.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.lmhtx.site.content.Congress;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.Milestone;

/** Builds the history timeline from congress items and history milestones, so no fact is typed twice. */
final class Timeline {

    private Timeline() {
    }

    static List<TimelineEntry> of(List<ContentItem> items) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (ContentItem item : items) {
            for (Milestone milestone : item.milestones()) {
                entries.add(new TimelineEntry(milestone.when(), Optional.empty(), milestone.text(), Optional.empty()));
            }
            item.congress().ifPresent(congress -> entries.add(entry(congress, item)));
        }
        entries.sort(Comparator.comparing(TimelineEntry::when).thenComparing(TimelineEntry::text));
        return entries;
    }

    /** "Đại hội lần thứ III" with its date, term, name and decision in one sentence. */
    static String describe(Congress congress) {
        StringBuilder text = new StringBuilder("Tổ chức ").append(heldPhrase(congress));
        congress.term().ifPresent(term -> text.append(", nhiệm kỳ ").append(term.display()));
        congress.adoptedName().ifPresent(name -> text.append(", lấy tên ").append(name));
        return text.append(". ").append(congress.decision().sentence()).append('.').toString();
    }

    private static TimelineEntry entry(Congress congress, ContentItem item) {
        return new TimelineEntry(congress.held(), Optional.of("Đại hội lần thứ " + congress.roman()), describe(congress), Optional.of(item.url()));
    }

    private static String heldPhrase(Congress congress) {
        return switch (congress.held().precision()) {
            case DAY, DAY_RANGE -> "ngày " + congress.held().display();
            case MONTH, YEAR -> congress.held().display();
        };
    }
}
