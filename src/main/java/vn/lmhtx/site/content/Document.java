package vn.lmhtx.site.content;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The facts of one official document (văn bản): its number, who issued it and what it concerns. Its date is the
 * item's {@code date}, the day it was signed, so lists and the search's year filter read documents like news.
 *
 * @param number the number as written on the document, such as {@code 1385/QĐ-UBND}
 * @param issuer who issued it, such as "Ủy ban nhân dân tỉnh Kiên Giang"
 * @param issuerLabel the issuer with its slug, for the list of one issuer's documents
 * @param approves what it approved, for decisions that recognise or approve the alliance's congresses
 * @param subject its subject line (trích yếu), when the editor gives it
 * @param attachment its file, when the site has one
 */
public record Document(String number, String issuer, Label issuerLabel, Optional<Decision.Approval> approves,
                       Optional<String> subject, Optional<Attachment> attachment) {

    /** Document numbers as Vietnamese documents write them: 747/QĐ-UB, 1189/QĐ-UBND, 15/2023/NĐ-CP. */
    public static final Pattern NUMBER = Pattern.compile("\\d+(?:/\\d{4})?/[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*");

    /** A document of {@code issuer}, whose documents are listed at {@link SiteUrls#documentIssuer}. */
    public static Document of(String number, String issuer, Optional<Decision.Approval> approves, Optional<String> subject,
                              Optional<Attachment> attachment) {
        String slug = Slugs.of(issuer);
        return new Document(number, issuer, new Label(issuer, slug, SiteUrls.documentIssuer(slug)), approves, subject,
            attachment);
    }

    /**
     * The number as it identifies a document, so that a congress's decision finds its document whatever the letter case
     * an editor copied ("1385/qđ-ubnd"): upper case in the root locale.
     */
    public static String key(String number) {
        return number.toUpperCase(java.util.Locale.ROOT);
    }
}
