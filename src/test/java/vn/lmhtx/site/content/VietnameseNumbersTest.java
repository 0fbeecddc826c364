package vn.lmhtx.site.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Figures as Vietnamese readers write them, whatever the default locale. */
class VietnameseNumbersTest {

    static Stream<Arguments> grouped() {
        return DefaultLocale.everyLocale(Stream.of(
            arguments(0L, "0"),
            arguments(7L, "7"),
            arguments(999L, "999"),
            arguments(1000L, "1.000"),
            arguments(1943L, "1.943"),
            arguments(25000L, "25.000"),
            arguments(147000L, "147.000"),
            arguments(1234567L, "1.234.567"),
            arguments(97155000000L, "97.155.000.000")));
    }

    @ParameterizedTest(name = "[{0}] {1} → {2}")
    @MethodSource("grouped")
    void groupedPutsADotBetweenThousands(String locale, long value, String text) {
        DefaultLocale.run(locale, () -> assertThat(VietnameseNumbers.grouped(value)).isEqualTo(text));
    }

    static Stream<Arguments> amounts() {
        return DefaultLocale.everyLocale(Stream.of(
            arguments(97155000000L, "97 tỷ 155 triệu"),
            arguments(13416000000L, "13 tỷ 416 triệu"),
            arguments(2000000000L, "2 tỷ"),
            arguments(1005000000L, "1 tỷ 5 triệu"),
            arguments(1250000000000L, "1.250 tỷ"),
            arguments(500000000L, "500.000.000"),
            arguments(1000000001L, "1.000.000.001")));
    }

    @ParameterizedTest(name = "[{0}] {1} → {2}")
    @MethodSource("amounts")
    void amountsOfWholeMillionsFromABillionReadInTyAndTrieu(String locale, long value, String text) {
        DefaultLocale.run(locale, () -> assertThat(VietnameseNumbers.amount(value)).isEqualTo(text));
    }
}
