package vn.lmhtx.site.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.lmhtx.site.content.Attachment;
import vn.lmhtx.site.content.CompressedText;
import vn.lmhtx.site.content.Decision;
import vn.lmhtx.site.content.Document;
import vn.lmhtx.site.content.Keyed;
import vn.lmhtx.site.content.Slugs;
import vn.lmhtx.site.messages.Message;

/** Reads the document fields: number, issuer, approves, subject and the attached file (its page count and text, {@link PdfText}). */
final class DocumentReader {

    private DocumentReader() {
    }

    /** An attachment's name: it becomes part of a URL, so ASCII as slugs are, and a PDF. */
    private static final Pattern ATTACHMENT = Pattern.compile("[a-z0-9]+(?:[-_.][a-z0-9]+)*\\.pdf");

    /**
     * The document of a file, whose page is at {@code url} and whose attachment, if it names one, is a file in
     * {@code folder} (the folder of the content file; {@code sourceFolder} is that folder relative to the site).
     */
    static Optional<Document> read(Map<String, YamlField> fields, Values values, Path folder, String sourceFolder, String url) {
        Optional<String> number = Optional.ofNullable(fields.get("number")).flatMap(values::text)
            .filter(n -> checkNumber(n, fields.get("number"), values));
        Optional<String> issuer = Optional.ofNullable(fields.get("issuer")).flatMap(values::text)
            .filter(i -> checkIssuer(i, fields.get("issuer"), values));
        Optional<Decision.Approval> approves = Optional.ofNullable(fields.get("approves")).flatMap(f -> approval(f, values));
        Optional<String> subject = Optional.ofNullable(fields.get("subject")).flatMap(values::text);
        Optional<Attachment> attachment = Optional.ofNullable(fields.get("attachment"))
            .flatMap(f -> attachment(f, values, folder, sourceFolder, url));
        if (number.isEmpty() || issuer.isEmpty() || fields.containsKey("approves") && approves.isEmpty()
            || fields.containsKey("attachment") && attachment.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Document.of(number.get(), issuer.get(), approves, subject, attachment));
    }

    private static Optional<Attachment> attachment(YamlField field, Values values, Path folder, String sourceFolder, String url) {
        return values.text(field).flatMap(name -> {
            if (!ATTACHMENT.matcher(name).matches()) {
                values.report().error(field.line(), "attachment", Message.ATTACHMENT_NAME.text(name));
                return Optional.empty();
            }
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                values.report().error(field.line(), "attachment", Message.ATTACHMENT_MISSING.text(name, sourceFolder));
                return Optional.empty();
            }
            try {
                long bytes = Files.size(file);
                PdfText.Reading pdf = PdfText.read(file, name, bytes);
                pdf.warning().ifPresent(warning -> values.report().warning(field.line(), "attachment", warning));
                return Optional.of(new Attachment(sourceFolder + "/" + name, url + name, bytes, pdf.pages(),
                    pdf.text().map(CompressedText::of)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + sourceFolder + "/" + name, e);
            }
        });
    }

    private static boolean checkNumber(String number, YamlField field, Values values) {
        if (Document.NUMBER.matcher(number).matches()) {
            return true;
        }
        values.report().error(field.line(), "number", Message.NOT_A_DOCUMENT_NUMBER.text(number));
        return false;
    }

    /** The issuer names a page of its own (its slug), so it needs a letter or digit. */
    private static boolean checkIssuer(String issuer, YamlField field, Values values) {
        if (!Slugs.of(issuer).isEmpty()) {
            return true;
        }
        values.report().error(field.line(), "issuer", Message.ISSUER_WITHOUT_LETTERS.text(issuer));
        return false;
    }

    private static Optional<Decision.Approval> approval(YamlField field, Values values) {
        return values.text(field).flatMap(text -> {
            Optional<Decision.Approval> approval = Keyed.byKey(Decision.Approval.class, text);
            if (approval.isEmpty()) {
                List<String> keys = Keyed.keys(Decision.Approval.class);
                values.report().error(field.line(), "approves", Message.NOT_ONE_OF.text(text,
                    String.join(", ", keys), ItemReader.didYouMean(text, keys)));
            }
            return approval;
        });
    }
}
