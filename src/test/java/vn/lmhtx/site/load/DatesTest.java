package vn.lmhtx.site.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.lmhtx.site.content.ContentDate;
import vn.lmhtx.site.content.VietnameseDates;

/** Publication dates: the quick reading of "2018-02-21T14:45:00+07:00" agrees with java.time's strict ISO parser. */
class DatesTest {

    /** What {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} makes of {@code text}, as {@link Dates#dateTime} gives it. */
    private static Optional<ContentDate> byTheIsoParser(String text) {
        try {
            return Optional.of(new ContentDate(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                .atZoneSameInstant(VietnameseDates.ZONE), true));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Test
    void momentsAndTheirEdgesAreReadAsTheIsoParserReadsThem() {
        List<String> texts = new ArrayList<>(List.of(
            "2018-02-21T14:45:00+07:00", "2012-04-12T13:29:00-03:30", "2000-02-29T00:00:00+00:00",
            "2000-02-29T23:59:59-00:00", "0000-01-01T00:00:00+18:00", "9999-12-31T23:59:59-18:00",
            "2018-02-30T10:00:00+07:00", "2019-02-29T10:00:00+07:00", "2018-13-01T10:00:00+07:00",
            "2018-00-10T10:00:00+07:00", "2018-01-00T10:00:00+07:00", "2018-04-31T10:00:00+07:00",
            "2018-02-21T24:00:00+07:00", "2018-02-21T23:60:00+07:00", "2018-02-21T23:59:60+07:00",
            "2018-02-21T14:45:00+07:60", "2018-02-21T14:45:00+18:01", "2018-02-21T14:45:00+19:00",
            "2018-02-21T14:45:00-18:30", "2018-02-21T14:45:00+00:59"));
        // And random fields around the ranges' edges, valid or not.
        Random random = new Random(20261201);
        for (int i = 0; i < 5_000; i++) {
            texts.add(String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d%s%02d:%02d", random.nextInt(10_000),
                random.nextInt(14), random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62),
                random.nextBoolean() ? "+" : "-", random.nextInt(20), random.nextInt(62)));
        }
        for (String text : texts) {
            assertThat(Dates.dateTime(text)).as(text).isEqualTo(byTheIsoParser(text));
        }
    }

    @Test
    void otherFormsStillGoToTheIsoParser() {
        assertThat(Dates.dateTime("2018-02-21t14:45:00+07:00")).isEqualTo(byTheIsoParser("2018-02-21T14:45:00+07:00"));
        assertThat(Dates.dateTime("2018-02-21T14:45:00.5+07:00")).isEqualTo(byTheIsoParser("2018-02-21T14:45:00.5+07:00"));
        assertThat(Dates.dateTime("2018-02-21T14:45+07:00")).isEqualTo(byTheIsoParser("2018-02-21T14:45+07:00"));
        assertThat(Dates.dateTime("2018-02-21T07:45:00Z")).isEqualTo(byTheIsoParser("2018-02-21T07:45:00Z"));
        assertThat(Dates.dateTime("2018-02-21T14:45:00+07")).isEmpty();
        assertThat(Dates.dateTime("2018-02-21 14:45:00+07:00")).isEmpty();
    }
}
