package vn.lmhtx.site.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import vn.lmhtx.site.content.TermYears;
import vn.lmhtx.site.messages.Message;

/**
 * Reads YAML values of one file into Java types, reporting a wrong shape or value at the value's line.
 * Each method returns empty after reporting, so callers collect every problem rather than stop at the first.
 */
final class Values {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,15}");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})\\s*[-–]\\s*(\\d{4})");

    /** How much of a value that is too long a message quotes, enough to find it. */
    private static final int SHOWN = 40;

    private final FileReport report;
    private final int offset;

    Values(FileReport report, int offset) {
        this.report = report;
        this.offset = offset;
    }

    FileReport report() {
        return report;
    }

    int lineOf(Node node) {
        return YamlFrontMatter.lineOf(node, offset);
    }

    /** A non-empty single value, stripped. */
    Optional<String> text(YamlField field) {
        if (!(field.value() instanceof ScalarNode scalar)) {
            report.error(field.line(), field.name(), Message.NOT_A_SINGLE_VALUE.text(shapeOf(field.value())));
            return Optional.empty();
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty() || YamlFrontMatter.isNull(scalar)) {
            report.error(field.line(), field.name(), Message.EMPTY.text());
            return Optional.empty();
        }
        int max = Schema.maxLength(field.name());
        int length = value.codePointCount(0, value.length());
        if (max > 0 && length > max) {
            report.error(field.line(), field.name(), Message.TOO_LONG.text(
                value.substring(0, value.offsetByCodePoints(0, SHOWN)), length, max));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A list of non-empty single values. */
    Optional<List<String>> textList(YamlField field) {
        if (!(field.value() instanceof SequenceNode sequence)) {
            report.error(field.line(), field.name(), Message.NOT_A_LIST.text(shapeOf(field.value()), field.key()));
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        boolean ok = true;
        int index = 1;
        for (Node element : sequence.getValue()) {
            YamlField entry = new YamlField(field.name() + "[" + index++ + "]", field.key(), lineOf(element), element);
            Optional<String> value = text(entry);
            value.ifPresent(values::add);
            ok &= value.isPresent();
        }
        return ok ? Optional.of(values) : Optional.empty();
    }

    /** A whole number within bounds; "1.943" is refused with the digits to write instead. */
    Optional<Long> wholeNumber(YamlField field, long min, long max) {
        Optional<String> text = text(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get();
        if (GROUPED_NUMBER.matcher(value).matches()) {
            report.error(field.line(), field.name(), Message.DIGIT_GROUPING.text(value, value.replaceAll("[.,]", "")));
            return Optional.empty();
        }
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            report.error(field.line(), field.name(), Message.NOT_A_WHOLE_NUMBER.text(value, min));
            return Optional.empty();
        }
        long number = Long.parseLong(value);
        if (number < min || number > max) {
            report.error(field.line(), field.name(), Message.OUT_OF_RANGE.text(number, min, max));
            return Optional.empty();
        }
        return Optional.of(number);
    }

    /** A term such as "2001-2005". */
    Optional<TermYears> years(YamlField field) {
        Optional<String> text = text(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = YEARS.matcher(text.get());
        if (!m.matches() || Integer.parseInt(m.group(2)) < Integer.parseInt(m.group(1))) {
            report.error(field.line(), field.name(), Message.NOT_A_TERM.text(text.get()));
            return Optional.empty();
        }
        return Optional.of(new TermYears(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    /** The fields of a nested mapping, named {@code parent.child}. */
    Optional<Map<String, YamlField>> mapping(YamlField field) {
        if (!(field.value() instanceof MappingNode)) {
            report.error(field.line(), field.name(), Message.NOT_NESTED_FIELDS.text(shapeOf(field.value())));
            return Optional.empty();
        }
        return YamlFrontMatter.mapping(field.value(), field.name() + ".", offset, report);
    }

    /** A list of mappings, each entry's fields named {@code parent[n].child}. */
    Optional<List<Map<String, YamlField>>> mappingList(YamlField field) {
        if (!(field.value() instanceof SequenceNode sequence)) {
            report.error(field.line(), field.name(), Message.NOT_A_LIST_OF_ENTRIES.text(shapeOf(field.value())));
            return Optional.empty();
        }
        List<Map<String, YamlField>> entries = new ArrayList<>();
        boolean ok = true;
        int index = 1;
        for (Node element : sequence.getValue()) {
            Optional<Map<String, YamlField>> entry =
                YamlFrontMatter.mapping(element, field.name() + "[" + index++ + "].", offset, report);
            entry.ifPresent(entries::add);
            ok &= entry.isPresent();
        }
        return ok ? Optional.of(entries) : Optional.empty();
    }

    private static String shapeOf(Node node) {
        if (node instanceof SequenceNode) {
            return Message.SHAPE_LIST.text();
        }
        if (node instanceof MappingNode) {
            return Message.SHAPE_NESTED.text();
        }
        return Message.SHAPE_SINGLE.text();
    }
}
