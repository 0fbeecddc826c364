package vn.lmhtx.site.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.lmhtx.site.content.Achievement;
import vn.lmhtx.site.content.Metric;
import vn.lmhtx.site.messages.Message;
import vn.lmhtx.site.content.PartialDate;

/** Reads the achievement fields: theme, order, metrics and where and when the figures come from. */
final class AchievementReader {

    private static final long MAX_VALUE = 999_999_999_999_999L;

    private AchievementReader() {
    }

    static Optional<Achievement> read(Map<String, YamlField> fields, Values values) {
        Optional<String> theme = Optional.ofNullable(fields.get("theme")).flatMap(values::text);
        int order = Optional.ofNullable(fields.get("order")).flatMap(f -> values.wholeNumber(f, 0, 999))
            .map(Long::intValue).orElse(0);
        List<Metric> metrics = new ArrayList<>();
        YamlField metricsField = fields.get("metrics");
        if (metricsField != null) {
            values.mappingList(metricsField).ifPresent(entries -> {
                for (Map<String, YamlField> entry : entries) {
                    metric(entry, values, metricsField).ifPresent(metrics::add);
                }
            });
        }
        Optional<String> source = Optional.ofNullable(fields.get("source")).flatMap(f -> Aliases.readOne(f, values));
        Optional<PartialDate> asOf = Optional.ofNullable(fields.get("as_of")).flatMap(f -> PartialDates.read(f, values));
        return theme.map(t -> new Achievement(t, order, metrics, source, asOf));
    }

    private static Optional<Metric> metric(Map<String, YamlField> entry, Values values, YamlField parent) {
        FieldsOf of = new FieldsOf(entry, values, parent);
        of.checkKnown(Schema.field("metrics").orElseThrow().children());
        Optional<String> label = of.text("label");
        Optional<Long> value = of.wholeNumber("value", 0, MAX_VALUE);
        Optional<Long> max = of.optionalWholeNumber("max", 0, MAX_VALUE);
        Optional<String> unit = of.text("unit");
        Optional<String> qualifier = of.optionalText("qualifier");
        if (value.isPresent() && max.isPresent() && max.get() <= value.get()) {
            values.report().error(entry.get("max").line(), entry.get("max").name(),
                Message.MAX_NOT_ABOVE_VALUE.text(max.get(), value.get()));
            return Optional.empty();
        }
        if (label.isEmpty() || value.isEmpty() || unit.isEmpty() || (of.has("max") && max.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Metric(label.get(), value.get(), max, unit.get(), qualifier));
    }
}
