package vn.lmhtx.site.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ASCII slugs from Vietnamese text, the same whatever the default locale. */
class SlugsTest {

    static Stream<Arguments> slugs() {
        return DefaultLocale.everyLocale(Stream.of(
            arguments("Đại hội lần thứ VI", "dai-hoi-lan-thu-vi"),
            arguments("ĐẠI HỘI", "dai-hoi"),
            arguments("HỢP TÁC XÃ", "hop-tac-xa"),
            arguments("TIN TỨC KIÊN GIANG", "tin-tuc-kien-giang"),
            arguments("Liên minh HTX tỉnh Kiên Giang", "lien-minh-htx-tinh-kien-giang"),
            arguments("Thương mại – Dịch vụ", "thuong-mai-dich-vu"),
            arguments("Ưu đãi ở Phú Quốc", "uu-dai-o-phu-quoc"),
            arguments("Năm 2018: 1.943 thành viên", "nam-2018-1-943-thanh-vien"),
            arguments("../Bad Name", "bad-name"),
            arguments("  --Đã có--  ", "da-co"),
            arguments("?!…–—/\\ \"'", ""),
            arguments("", "")));
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" → \"{2}\"")
    @MethodSource("slugs")
    void slugOfText(String locale, String text, String slug) {
        DefaultLocale.run(locale, () -> assertThat(Slugs.of(text)).isEqualTo(slug));
    }

    @ParameterizedTest(name = "[{0}] \"{1}\"")
    @MethodSource("slugs")
    void decomposedTextHasTheSameSlugAsComposed(String locale, String text, String slug) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);

        DefaultLocale.run(locale, () -> assertThat(Slugs.of(decomposed)).isEqualTo(Slugs.of(text)).isEqualTo(slug));
    }

    @ParameterizedTest(name = "[{0}] \"{1}\"")
    @MethodSource("slugs")
    void everyNonEmptySlugIsValid(String locale, String text, String slug) {
        DefaultLocale.run(locale, () -> assertThat(Slugs.of(text).isEmpty() || Slugs.isValid(Slugs.of(text))).isTrue());
    }

    static Stream<Arguments> validity() {
        return DefaultLocale.everyLocale(Stream.of(
            arguments("dai-hoi-lan-thu-vi", true),
            arguments("2018", true),
            arguments("a", true),
            arguments("tin-tuc-2018-02-21", true),
            arguments("Dai-hoi", false),
            arguments("DAI-HOI", false),
            arguments("đại-hội", false),
            arguments("dai hoi", false),
            arguments("dai_hoi", false),
            arguments("dai--hoi", false),
            arguments("-dai-hoi", false),
            arguments("dai-hoi-", false),
            arguments("../dai-hoi", false),
            arguments("dai.hoi", false),
            arguments("", false)));
    }

    @ParameterizedTest(name = "[{0}] \"{1}\" valid: {2}")
    @MethodSource("validity")
    void isValidAcceptsOnlyLowercaseAsciiWordsJoinedByOneHyphen(String locale, String text, boolean valid) {
        DefaultLocale.run(locale, () -> assertThat(Slugs.isValid(text)).isEqualTo(valid));
    }
}
