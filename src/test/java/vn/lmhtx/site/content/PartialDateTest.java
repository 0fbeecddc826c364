package vn.lmhtx.site.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Vietnamese readings of a day, a run of days, a month and a year. */
class PartialDateTest {

    @Test
    void dayShowsDayMonthYearWithLeadingZeros() {
        assertThat(PartialDate.day(LocalDate.of(1994, 9, 9)).display()).isEqualTo("09/09/1994");
    }

    @Test
    void runOfDaysInOneMonthShowsBothDaysThenMonthAndYear() {
        assertThat(PartialDate.days(LocalDate.of(2006, 7, 20), LocalDate.of(2006, 7, 21)).display()).isEqualTo("20-21/07/2006");
        assertThat(PartialDate.days(LocalDate.of(2016, 4, 1), LocalDate.of(2016, 4, 2)).display()).isEqualTo("01-02/04/2016");
    }

    @Test
    void monthShowsThang() {
        assertThat(PartialDate.month(YearMonth.of(2010, 12)).display()).isEqualTo("tháng 12/2010");
        assertThat(PartialDate.month(YearMonth.of(2011, 2)).display()).isEqualTo("tháng 02/2011");
    }

    @Test
    void yearShowsNam() {
        assertThat(PartialDate.year(1992).display()).isEqualTo("năm 1992");
    }

    @Test
    void monthAndYearCoverTheirWholeSpan() {
        assertThat(PartialDate.month(YearMonth.of(2012, 2)))
            .isEqualTo(new PartialDate(LocalDate.of(2012, 2, 1), LocalDate.of(2012, 2, 29), PartialDate.Precision.MONTH));
        assertThat(PartialDate.year(1992))
            .isEqualTo(new PartialDate(LocalDate.of(1992, 1, 1), LocalDate.of(1992, 12, 31), PartialDate.Precision.YEAR));
    }

    @Test
    void endBeforeStartIsRefused() {
        assertThatThrownBy(() -> PartialDate.days(LocalDate.of(2006, 7, 21), LocalDate.of(2006, 7, 20)))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersByStartThenEnd() {
        PartialDate year = PartialDate.year(2006);
        PartialDate month = PartialDate.month(YearMonth.of(2006, 7));
        PartialDate days = PartialDate.days(LocalDate.of(2006, 7, 20), LocalDate.of(2006, 7, 21));

        assertThat(List.of(days, month, year).stream().sorted().toList()).containsExactly(year, month, days);
    }

    @Test
    void runOfDaysAcrossMonthsShowsBothMonths() {
        assertThat(PartialDate.days(LocalDate.of(2006, 7, 31), LocalDate.of(2006, 8, 1)).display()).isEqualTo("31/07-01/08/2006");
        assertThat(PartialDate.days(LocalDate.of(2006, 12, 31), LocalDate.of(2007, 1, 1)).display()).isEqualTo("31/12/2006-01/01/2007");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"tr", "vi", "en"})
    void displayIsTheSameUnderOtherDefaultLocales(String locale) {
        DefaultLocale.run(locale, PartialDateTest::assertEveryPrecisionDisplays);
    }

    @Test
    void displayKeepsAsciiDigitsUnderALocaleWithOtherDigits() {
        DefaultLocale.run("ar-EG", PartialDateTest::assertEveryPrecisionDisplays);
    }

    private static void assertEveryPrecisionDisplays() {
        assertThat(PartialDate.day(LocalDate.of(1994, 9, 9)).display()).isEqualTo("09/09/1994");
        assertThat(PartialDate.days(LocalDate.of(2006, 7, 20), LocalDate.of(2006, 7, 21)).display()).isEqualTo("20-21/07/2006");
        assertThat(PartialDate.month(YearMonth.of(2010, 12)).display()).isEqualTo("tháng 12/2010");
        assertThat(PartialDate.year(1992).display()).isEqualTo("năm 1992");
    }
}
