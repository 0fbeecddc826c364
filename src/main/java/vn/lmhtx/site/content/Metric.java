package vn.lmhtx.site.content;

import java.util.Locale;
import java.util.Optional;

/**
 * One key figure of an achievement, such as 1.943 members or 25.000 ha.
 *
 * @param label what is counted, in Vietnamese
 * @param value the figure (the lower bound when {@code max} is given)
 * @param max the upper bound of a range ("từ 07 đến 09 lớp"), if any
 * @param unit the unit after the figure ("thành viên", "ha", "đồng")
 * @param qualifier a word before the figure the source uses, such as "trên" (more than)
 */
public record Metric(String label, long value, Optional<Long> max, String unit, Optional<String> qualifier) {

    /** The figure as a card shows it: "1.943", "7–9", "trên 25.000", "97 tỷ 155 triệu". */
    public String figure() {
        String number = unit.equals("đồng") ? VietnameseNumbers.amount(value) : VietnameseNumbers.grouped(value);
        String range = max.map(m -> number + "–" + VietnameseNumbers.grouped(m)).orElse(number);
        return qualifier.map(q -> q + " " + range).orElse(range);
    }

    /**
     * Whether the label already opens with the unit ("thành viên HTX được …" after "1.943 thành viên"), so that a card
     * printing the unit and then the label would stutter; such cards print the label alone.
     */
    public boolean labelRepeatsUnit() {
        String lower = label.toLowerCase(Locale.ROOT);
        String start = unit.toLowerCase(Locale.ROOT);
        return lower.startsWith(start) && (lower.length() == start.length() || !Character.isLetterOrDigit(lower.charAt(start.length())));
    }
}
