package vn.lmhtx.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.lmhtx.site.content.RomanNumerals;

/** The analysis (and, through the manifest, the browser client) reads "thứ VI" with the site's one Roman table. */
class RomanNumeralTableTest {

    @Test
    void theAnalysisTableIsTheSitesTableInLowerCase() {
        assertThat(VietnameseAnalysis.ROMANS).isEqualTo(RomanNumerals.all().stream().map(r -> r.toLowerCase(Locale.ROOT)).toList());
        assertThat(VietnameseAnalysis.ROMANS).startsWith("i", "ii", "iii", "iv").endsWith("xix", "xx");
    }
}
