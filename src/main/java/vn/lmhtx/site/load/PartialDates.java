package vn.lmhtx.site.load;

import java.util.Optional;
import vn.lmhtx.site.content.PartialDate;

/** Reads a day, a run of days, a month or a year, as congress dates and milestones are given. */
final class PartialDates {

    private PartialDates() {
    }

    static Optional<PartialDate> read(YamlField field, Values values) {
        return values.text(field).flatMap(text -> {
            Optional<PartialDate> date = Dates.partial(text);
            if (date.isEmpty()) {
                values.report().error(field.line(), field.name(), "\"" + text + "\" is not a date; write a day ("
                    + Dates.suggestion(text) + "), two days (2006-07-20/2006-07-21), a month (2010-12) or a year (1992)");
            }
            return date;
        });
    }
}
