package vn.lmhtx.site.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.lmhtx.site.content.Decision;
import vn.lmhtx.site.content.Document;
import vn.lmhtx.site.content.Keyed;
import vn.lmhtx.site.content.Slugs;

/** Reads the document fields: number, issuer, approves and subject. */
final class DocumentReader {

    private DocumentReader() {
    }

    static Optional<Document> read(Map<String, YamlField> fields, Values values) {
        Optional<String> number = Optional.ofNullable(fields.get("number")).flatMap(values::text)
            .filter(n -> checkNumber(n, fields.get("number"), values));
        Optional<String> issuer = Optional.ofNullable(fields.get("issuer")).flatMap(values::text)
            .filter(i -> checkIssuer(i, fields.get("issuer"), values));
        Optional<Decision.Approval> approves = Optional.ofNullable(fields.get("approves")).flatMap(f -> approval(f, values));
        Optional<String> subject = Optional.ofNullable(fields.get("subject")).flatMap(values::text);
        if (number.isEmpty() || issuer.isEmpty() || fields.containsKey("approves") && approves.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Document.of(number.get(), issuer.get(), approves, subject));
    }

    private static boolean checkNumber(String number, YamlField field, Values values) {
        if (Document.NUMBER.matcher(number).matches()) {
            return true;
        }
        values.report().error(field.line(), "number", "\"" + number
            + "\" is not a document number; write it as on the document, such as 1385/QĐ-UBND or 15/2023/NĐ-CP");
        return false;
    }

    /** The issuer names a page of its own (its slug), so it needs a letter or digit. */
    private static boolean checkIssuer(String issuer, YamlField field, Values values) {
        if (!Slugs.of(issuer).isEmpty()) {
            return true;
        }
        values.report().error(field.line(), "issuer", "\"" + issuer + "\" has no letter or digit; write the issuer's name, "
            + "such as Ủy ban nhân dân tỉnh Kiên Giang");
        return false;
    }

    private static Optional<Decision.Approval> approval(YamlField field, Values values) {
        return values.text(field).flatMap(text -> {
            Optional<Decision.Approval> approval = Keyed.byKey(Decision.Approval.class, text);
            if (approval.isEmpty()) {
                List<String> keys = Keyed.keys(Decision.Approval.class);
                values.report().error(field.line(), "approves", "\"" + text + "\" is not one of "
                    + String.join(", ", keys) + ItemReader.didYouMean(text, keys));
            }
            return approval;
        });
    }
}
