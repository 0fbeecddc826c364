package vn.lmhtx.site.content;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Runs checks under other default locales, restoring the JVM's own afterwards (after jsoup's MultiLocaleTest).
 * Turkish lowercases I to dotless ı; Vietnamese is the editors' own; Arabic (Egypt) formats digits as ٠١٢.
 */
final class DefaultLocale {

    /** The locale tags every locale-sensitive test runs under. */
    static final List<String> TAGS = List.of("tr", "vi", "en", "ar-EG");

    private DefaultLocale() {
    }

    /** Runs {@code check} with the default locale set to {@code tag}, then puts the previous default back. */
    static void run(String tag, Runnable check) {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            check.run();
        } finally {
            Locale.setDefault(saved);
        }
    }

    /** Every case under every locale tag: the tag first, then the case's own arguments. */
    static Stream<Arguments> everyLocale(Stream<Arguments> cases) {
        List<Arguments> all = cases.toList();
        return TAGS.stream().flatMap(tag -> all.stream().map(c -> {
            Object[] own = c.get();
            Object[] withTag = new Object[own.length + 1];
            withTag[0] = tag;
            System.arraycopy(own, 0, withTag, 1, own.length);
            return Arguments.of(withTag);
        }));
    }
}
