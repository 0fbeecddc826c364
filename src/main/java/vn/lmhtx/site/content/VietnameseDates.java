package vn.lmhtx.site.content;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates the way Vietnamese readers expect them: {@code 21/02/2018} and {@code 14:45 | 21/02/2018}. */
public final class VietnameseDates {

    /** The zone every date on the site is read and shown in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private VietnameseDates() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "14:45 | 21/02/2018", in the site's zone whatever zone the value carries. */
    public static String timeAndDate(ZonedDateTime when) {
        ZonedDateTime local = when.withZoneSameInstant(ZONE);
        return TIME.format(local) + " | " + DATE.format(local);
    }

    /** "21/02/2018 14:45", in the site's zone whatever zone the value carries. */
    public static String dateAndTime(ZonedDateTime when) {
        ZonedDateTime local = when.withZoneSameInstant(ZONE);
        return DATE.format(local) + " " + TIME.format(local);
    }
}
