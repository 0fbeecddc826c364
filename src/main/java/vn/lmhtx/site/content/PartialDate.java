package vn.lmhtx.site.content;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Objects;

/**
 * A day, a run of days, a month or a year: the precisions the alliance's record gives for when
 * something happened ("09/9/1994", "20-21/7/2006", "tháng 12/2010", "năm 1992").
 *
 * @param start first day covered (the first of the month or year for coarser precisions)
 * @param end last day covered, equal to {@code start} for a single day
 * @param precision how much of the date is known
 */
public record PartialDate(LocalDate start, LocalDate end, Precision precision) implements Comparable<PartialDate> {

    /** How much of a date the source gives. */
    public enum Precision { DAY, DAY_RANGE, MONTH, YEAR }

    public PartialDate {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        Objects.requireNonNull(precision);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    public static PartialDate day(LocalDate day) {
        return new PartialDate(day, day, Precision.DAY);
    }

    public static PartialDate days(LocalDate first, LocalDate last) {
        return new PartialDate(first, last, Precision.DAY_RANGE);
    }

    public static PartialDate month(YearMonth month) {
        return new PartialDate(month.atDay(1), month.atEndOfMonth(), Precision.MONTH);
    }

    public static PartialDate year(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR);
    }

    public int year() {
        return start.getYear();
    }

    /** The Vietnamese reading of this date: "09/09/1994", "20-21/07/2006", "tháng 12/2010", "năm 1992". */
    public String display() {
        return switch (precision) {
            case DAY -> VietnameseDates.date(start);
            case DAY_RANGE -> dayRange();
            case MONTH -> String.format(Locale.ROOT, "tháng %02d/%d", start.getMonthValue(), start.getYear());
            case YEAR -> "năm " + start.getYear();
        };
    }

    /** The start in ISO 8601 at this date's precision: "1994-09-09", "2010-12" or "1992" (for JSON-LD). */
    public String isoStart() {
        return switch (precision) {
            case DAY, DAY_RANGE -> start.toString();
            case MONTH -> YearMonth.from(start).toString();
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    /** The end in ISO 8601 at this date's precision. */
    public String isoEnd() {
        return precision == Precision.DAY_RANGE ? end.toString() : isoStart();
    }

    /** "20-21/07/2006" within a month, "31/07-01/08/2006" across months, "31/12/2006-01/01/2007" across years. */
    private String dayRange() {
        String last = VietnameseDates.date(end);
        if (start.getYear() != end.getYear()) {
            return VietnameseDates.date(start) + "-" + last;
        }
        if (start.getMonthValue() != end.getMonthValue()) {
            return String.format(Locale.ROOT, "%02d/%02d-%s", start.getDayOfMonth(), start.getMonthValue(), last);
        }
        return String.format(Locale.ROOT, "%02d-%s", start.getDayOfMonth(), last);
    }

    @Override
    public int compareTo(PartialDate other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }
}
