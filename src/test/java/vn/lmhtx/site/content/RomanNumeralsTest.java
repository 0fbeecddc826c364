package vn.lmhtx.site.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One table of Roman numerals, read both ways. */
class RomanNumeralsTest {

    @Test
    void writesAndReadsEveryNumberUpToTheMaximum() {
        assertThat(RomanNumerals.of(1)).isEqualTo("I");
        assertThat(RomanNumerals.of(4)).isEqualTo("IV");
        assertThat(RomanNumerals.of(6)).isEqualTo("VI");
        assertThat(RomanNumerals.of(19)).isEqualTo("XIX");
        assertThat(RomanNumerals.of(RomanNumerals.MAX)).isEqualTo("XX");
        for (int n = 1; n <= RomanNumerals.MAX; n++) {
            assertThat(RomanNumerals.valueOf(RomanNumerals.of(n))).hasValue(n);
        }
        assertThat(RomanNumerals.valueOf("vi")).isEmpty();
        assertThat(RomanNumerals.valueOf("IIII")).isEmpty();
        assertThat(RomanNumerals.valueOf("XXI")).isEmpty();
        assertThatThrownBy(() -> RomanNumerals.of(0)).hasMessage("0 is not a number from 1 to 20");
        assertThatThrownBy(() -> RomanNumerals.of(21)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCongressOrdinalStopsWhereTheTableDoes() {
        assertThat(Congress.MAX_NUMBER).isEqualTo(RomanNumerals.MAX);
    }
}
