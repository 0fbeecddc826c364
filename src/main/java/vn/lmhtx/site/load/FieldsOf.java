package vn.lmhtx.site.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.lmhtx.site.content.PartialDate;
import vn.lmhtx.site.messages.Message;

/** Typed access to the fields of one nested mapping (a decision, a metric, a milestone). */
final class FieldsOf {

    private final Map<String, YamlField> fields;
    private final Values values;
    private final String prefix;
    private final int line;

    FieldsOf(Map<String, YamlField> fields, Values values, YamlField parent) {
        this.fields = fields;
        this.values = values;
        this.line = fields.values().stream().mapToInt(YamlField::line).min().orElse(parent.line());
        this.prefix = fields.values().stream().findFirst()
            .map(f -> f.name().substring(0, f.name().length() - f.key().length()))
            .orElse(parent.name() + ".");
    }

    /** Reports keys that are not among {@code specs}, suggesting the nearest one. */
    void checkKnown(List<FieldSpec> specs) {
        List<String> known = specs.stream().map(FieldSpec::name).toList();
        for (YamlField field : fields.values()) {
            if (!known.contains(field.key())) {
                values.report().error(field.line(), field.name(), Message.UNKNOWN_FIELD.text(ItemReader.didYouMean(field.key(), known)));
            }
        }
    }

    Optional<String> text(String key) {
        return required(key).flatMap(values::text);
    }

    Optional<String> optionalText(String key) {
        return Optional.ofNullable(fields.get(key)).flatMap(values::text);
    }

    Optional<Long> wholeNumber(String key, long min, long max) {
        return required(key).flatMap(f -> values.wholeNumber(f, min, max));
    }

    Optional<Long> optionalWholeNumber(String key, long min, long max) {
        return Optional.ofNullable(fields.get(key)).flatMap(f -> values.wholeNumber(f, min, max));
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    Optional<LocalDate> day(String key) {
        return required(key).flatMap(field -> values.text(field).flatMap(text -> {
            Optional<LocalDate> day = Dates.day(text);
            if (day.isEmpty()) {
                values.report().error(field.line(), field.name(), Message.NOT_A_DATE.text(text, Dates.suggestion(text)));
            }
            return day;
        }));
    }

    Optional<PartialDate> partialDate(String key) {
        return required(key).flatMap(field -> PartialDates.read(field, values));
    }

    private Optional<YamlField> required(String key) {
        YamlField field = fields.get(key);
        if (field == null) {
            values.report().error(line, prefix + key, Message.MISSING_IN_ENTRY.text(key));
        }
        return Optional.ofNullable(field);
    }
}
