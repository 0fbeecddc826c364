package vn.lmhtx.site.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** ASCII slugs from Vietnamese text: marks stripped, đ→d, lowercase, words joined by hyphens. */
public final class Slugs {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /** Whether text is already a slug: lowercase ASCII letters and digits in hyphen-joined runs. */
    public static boolean isValid(String text) {
        return VALID.matcher(text).matches();
    }

    /**
     * The slug of any text: "Đại hội lần thứ VI" → "dai-hoi-lan-thu-vi". Independent of the default locale
     * (Turkish dotless i, say). Empty when the text has no letter or digit.
     */
    public static String of(String text) {
        // NFD separates marks from letters; đ/Đ (and their look-alikes ð/Ð, typed by some keyboards) are letters
        // of their own and need mapping by hand.
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
            .replace('đ', 'd').replace('Đ', 'D').replace('ð', 'd').replace('Ð', 'D');
        String ascii = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        String hyphenated = NOT_SLUG.matcher(ascii).replaceAll("-");
        return trimHyphens(hyphenated);
    }

    /** {@code slug} cut to at most {@code limit} characters, at the end of a word when one ends within the limit. */
    public static String shortened(String slug, int limit) {
        if (slug.length() <= limit) {
            return slug;
        }
        int lastHyphen = slug.lastIndexOf('-', limit);
        return trimHyphens(slug.substring(0, lastHyphen > 0 ? lastHyphen : limit));
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }
}
