package vn.lmhtx.site.load;

import java.util.Optional;
import vn.lmhtx.site.content.PartialDate;
import vn.lmhtx.site.messages.Message;

/** Reads a day, a run of days, a month or a year, as congress dates and milestones are given. */
final class PartialDates {

    private PartialDates() {
    }

    static Optional<PartialDate> read(YamlField field, Values values) {
        return values.text(field).flatMap(text -> {
            Optional<PartialDate> date = Dates.partial(text);
            if (date.isEmpty()) {
                values.report().error(field.line(), field.name(), Message.NOT_A_PARTIAL_DATE.text(text, Dates.suggestion(text)));
            }
            return date;
        });
    }
}
