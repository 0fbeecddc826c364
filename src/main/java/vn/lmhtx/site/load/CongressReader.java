package vn.lmhtx.site.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.lmhtx.site.content.Congress;
import vn.lmhtx.site.content.Decision;
import vn.lmhtx.site.content.Keyed;
import vn.lmhtx.site.content.PartialDate;
import vn.lmhtx.site.content.TermYears;
import vn.lmhtx.site.messages.Message;

/** Reads the congress fields: number, held, term, adopted_name and decision. */
final class CongressReader {

    /** Decision numbers as Vietnamese documents write them: 747/QĐ-UB, 1189/QĐ-UBND. */
    private static final Pattern DECISION_NUMBER = Pattern.compile("\\d+/[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*");

    private CongressReader() {
    }

    static Optional<Congress> read(Map<String, YamlField> fields, Values values) {
        Optional<Long> number = Optional.ofNullable(fields.get("number"))
            .flatMap(f -> values.wholeNumber(f, 1, Congress.MAX_NUMBER));
        Optional<PartialDate> held = Optional.ofNullable(fields.get("held")).flatMap(f -> PartialDates.read(f, values));
        Optional<TermYears> term = Optional.ofNullable(fields.get("term")).flatMap(values::years);
        Optional<String> adoptedName = Optional.ofNullable(fields.get("adopted_name")).flatMap(values::text);
        Optional<Decision> decision = Optional.ofNullable(fields.get("decision")).flatMap(f -> decision(f, values));
        if (number.isEmpty() || held.isEmpty() || decision.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Congress(number.get().intValue(), held.get(), term, adoptedName, decision.get()));
    }

    private static Optional<Decision> decision(YamlField field, Values values) {
        return values.mapping(field).flatMap(entry -> {
            FieldsOf of = new FieldsOf(entry, values, field);
            of.checkKnown(Schema.field("decision").orElseThrow().children());
            Optional<String> number = of.text("number");
            number.filter(n -> !DECISION_NUMBER.matcher(n).matches()).ifPresent(n -> values.report().error(
                entry.get("number").line(), "decision.number",
                Message.NOT_A_DECISION_NUMBER.text(n)));
            Optional<LocalDate> date = of.day("date");
            Optional<String> issuer = of.text("issuer");
            Optional<Decision.Approval> approves = of.text("approves").flatMap(text -> approval(text, entry, values));
            if (number.isEmpty() || date.isEmpty() || issuer.isEmpty() || approves.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Decision(number.get(), date.get(), issuer.get(), approves.get()));
        });
    }

    private static Optional<Decision.Approval> approval(String text, Map<String, YamlField> entry, Values values) {
        Optional<Decision.Approval> approval = Keyed.byKey(Decision.Approval.class, text);
        if (approval.isPresent()) {
            return approval;
        }
        List<String> keys = Keyed.keys(Decision.Approval.class);
        values.report().error(entry.get("approves").line(), "decision.approves", Message.NOT_ONE_OF.text(text, String.join(", ", keys),
            ItemReader.didYouMean(text, keys)));
        return Optional.empty();
    }
}
