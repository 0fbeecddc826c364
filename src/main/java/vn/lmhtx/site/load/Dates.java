package vn.lmhtx.site.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lmhtx.site.content.ContentDate;
import vn.lmhtx.site.content.PartialDate;
import vn.lmhtx.site.content.VietnameseDates;

/**
 * Strict date parsing for front matter. Only ISO forms are accepted (java.time's strict resolver, so 2018-02-30
 * is refused); anything else is reported with the ISO form the editor most likely meant.
 */
final class Dates {

    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ANY_YMD = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern ANY_DMY = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final String EXAMPLE = "2018-02-21";

    private Dates() {
    }

    /** A publication date: a day ("2018-02-21") or a moment ("2018-02-21T14:45:00+07:00", zone optional). */
    static Optional<ContentDate> dateTime(String text) {
        if (isPlainMoment(text)) {
            return plainMoment(text);
        }
        try {
            if (ISO_DAY.matcher(text).matches()) {
                LocalDate day = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
                return Optional.of(new ContentDate(day.atStartOfDay(VietnameseDates.ZONE), false));
            }
            if (text.length() > 19 && (text.endsWith("Z") || text.charAt(text.length() - 6) == '+'
                || text.charAt(text.length() - 6) == '-')) {
                OffsetDateTime moment = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                return Optional.of(new ContentDate(moment.atZoneSameInstant(VietnameseDates.ZONE), true));
            }
            LocalDateTime local = LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            return Optional.of(new ContentDate(local.atZone(VietnameseDates.ZONE), true));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code text} is written exactly as "2018-02-21T14:45:00+07:00" (digits where the digits go, an upper-case
     * T, a sign and an offset in hours and minutes): how every news date is written, and what java.time's ISO parser,
     * a general engine, takes several microseconds to read.
     */
    private static boolean isPlainMoment(String text) {
        if (text.length() != 25) {
            return false;
        }
        for (int i = 0; i < 25; i++) {
            char c = text.charAt(i);
            boolean ok = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == 'T';
                case 13, 16, 22 -> c == ':';
                case 19 -> c == '+' || c == '-';
                default -> c >= '0' && c <= '9';
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * A text that {@link #isPlainMoment} read field by field, with java.time's own range checks: the same moment, and
     * the same refusals (2018-02-30, 24:00, second 60, minute 60 of an offset, offsets past 18 hours), as
     * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}'s strict parsing.
     */
    private static Optional<ContentDate> plainMoment(String text) {
        try {
            LocalDateTime local = LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10),
                number(text, 11, 13), number(text, 14, 16), number(text, 17, 19));
            int sign = text.charAt(19) == '-' ? -1 : 1;
            ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * number(text, 20, 22), sign * number(text, 23, 25));
            return Optional.of(new ContentDate(OffsetDateTime.of(local, offset).atZoneSameInstant(VietnameseDates.ZONE), true));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The decimal number of ASCII digits {@code text[start, end)}. */
    private static int number(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** A calendar day in ISO form. */
    static Optional<LocalDate> day(String text) {
        if (!ISO_DAY.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A day, a run of days ("2006-07-20/2006-07-21"), a month ("2010-12") or a year ("1992"). */
    static Optional<PartialDate> partial(String text) {
        try {
            int slash = text.indexOf('/');
            if (slash > 0) {
                Optional<LocalDate> first = day(text.substring(0, slash));
                Optional<LocalDate> last = day(text.substring(slash + 1));
                if (first.isPresent() && last.isPresent() && first.get().isBefore(last.get())) {
                    return Optional.of(PartialDate.days(first.get(), last.get()));
                }
                return Optional.empty();
            }
            if (ISO_MONTH.matcher(text).matches()) {
                return Optional.of(PartialDate.month(YearMonth.parse(text)));
            }
            if (YEAR.matcher(text).matches()) {
                return Optional.of(PartialDate.year(Integer.parseInt(text)));
            }
            return day(text).map(PartialDate::day);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * What to write instead of a date that did not parse: the same day in ISO form, moved to the month's
     * last day when the day does not exist ("31/02/2018" → "2018-02-28"), with the time kept if one was given.
     */
    static String suggestion(String text) {
        Optional<LocalDate> day = guessDay(text);
        if (day.isEmpty()) {
            return EXAMPLE;
        }
        Matcher time = TIME.matcher(text);
        if (time.find() && Integer.parseInt(time.group(1)) < 24 && Integer.parseInt(time.group(2)) < 60) {
            return String.format(Locale.ROOT, "%sT%02d:%s:00+07:00", day.get(), Integer.parseInt(time.group(1)), time.group(2));
        }
        return day.get().toString();
    }

    private static Optional<LocalDate> guessDay(String text) {
        Matcher ymd = ANY_YMD.matcher(text);
        if (ymd.find()) {
            return clamp(ymd.group(1), ymd.group(2), ymd.group(3));
        }
        Matcher dmy = ANY_DMY.matcher(text);
        if (dmy.find()) {
            return clamp(dmy.group(3), dmy.group(2), dmy.group(1));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> clamp(String year, String month, String day) {
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        if (m < 1 || m > 12 || d < 1) {
            return Optional.empty();
        }
        YearMonth yearMonth = YearMonth.of(Integer.parseInt(year), m);
        return Optional.of(yearMonth.atDay(Math.min(d, yearMonth.lengthOfMonth())));
    }
}
