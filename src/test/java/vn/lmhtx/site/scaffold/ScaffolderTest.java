package vn.lmhtx.site.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.ContentType;
import vn.lmhtx.site.content.Status;
import vn.lmhtx.site.load.ContentLoader;
import vn.lmhtx.site.load.LoadResult;
import vn.lmhtx.site.markdown.MarkdownRenderer;

/** {@code new}: valid drafts at ASCII file names, today's date in Vietnam, never an overwrite. */
class ScaffolderTest {

    /** 2026-11-27 20:30 UTC is already 28/11 in Vietnam (UTC+7). */
    private static final Clock EVENING_UTC = Clock.fixed(Instant.parse("2026-11-27T20:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path site;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Đại hội lần thứ VI | dai-hoi-lan-thu-vi",
        "Hội nghị tổng kết năm 2026: “Kinh tế tập thể” | hoi-nghi-tong-ket-nam-2026-kinh-te-tap-the",
        "  ĐẠI HỘI   Đại biểu  | dai-hoi-dai-bieu",
        "Thông báo #3 (khẩn) | thong-bao-3-khan"})
    void namesTheFileByTheTitlesAsciiSlug(String title, String slug) throws Exception {
        Path file = new Scaffolder(EVENING_UTC).create(site, ContentType.NEWS, title);

        assertThat(file).isEqualTo(site.resolve("content/tin-tuc/" + slug + ".md"));
        assertThat(onlyItem().title()).isEqualTo(title.strip());
    }

    @Test
    void slugsDoNotDependOnTheDefaultLocale() throws Exception {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertThat(new Scaffolder(EVENING_UTC).create(site, ContentType.PAGE, "TIN TỨC İÇİN KIÊN GIANG"))
                .hasFileName("tin-tuc-icin-kien-giang.md");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ContentType.class, names = {"NEWS", "CONGRESS", "ACHIEVEMENT", "PAGE"})
    void everyTypeScaffoldsAValidDraft(ContentType type) throws Exception {
        new Scaffolder(EVENING_UTC).create(site, type, "Mục mới");

        ContentItem item = onlyItem();
        assertThat(item.type()).isEqualTo(type);
        assertThat(item.status()).isEqualTo(Status.DRAFT);
    }

    @Test
    void newsIsDatedNowInVietnam() throws Exception {
        Path file = new Scaffolder(EVENING_UTC).create(site, ContentType.NEWS, "Tin");

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("date: 2026-11-28T03:30:00+07:00");
        assertThat(onlyItem().date().orElseThrow().display()).isEqualTo("03:30 | 28/11/2026");
    }

    @Test
    void aCongressTakesItsNumberFromTheRomanNumeralOfItsTitle() throws Exception {
        new Scaffolder(EVENING_UTC).create(site, ContentType.CONGRESS, "Đại hội lần thứ VI");

        assertThat(onlyItem().congress().orElseThrow().number()).isEqualTo(6);
    }

    @Test
    void refusesToOverwrite() throws Exception {
        Path file = new Scaffolder(EVENING_UTC).create(site, ContentType.NEWS, "Tin");
        Files.writeString(file, "edited", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new Scaffolder(EVENING_UTC).create(site, ContentType.NEWS, "Tin"))
            .isInstanceOf(Scaffolder.ScaffoldException.class)
            .hasMessageContaining("already exists");
        assertThat(file).hasContent("edited");
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "creating symbolic links needs privileges on Windows")
    void neverWritesThroughALink(@TempDir Path outside) throws Exception {
        Files.createDirectories(site.resolve("content/dai-hoi"));
        Files.createSymbolicLink(site.resolve("content/tin-tuc"), outside);
        Files.createSymbolicLink(site.resolve("content/dai-hoi/dai-hoi-lan-thu-vi.md"), outside.resolve("bashrc"));

        assertThatThrownBy(() -> new Scaffolder(EVENING_UTC).create(site, ContentType.NEWS, "Tin"))
            .isInstanceOf(Scaffolder.ScaffoldException.class)
            .hasMessage("content/tin-tuc is a symbolic link (to " + outside
                + "); links are not allowed in the site folder — replace it with the folder or file itself");
        assertThatThrownBy(() -> new Scaffolder(EVENING_UTC).create(site, ContentType.CONGRESS, "Đại hội lần thứ VI"))
            .isInstanceOf(Scaffolder.ScaffoldException.class)
            .hasMessageStartingWith("content/dai-hoi/dai-hoi-lan-thu-vi.md is a symbolic link (to " + outside.resolve("bashrc") + ")");
        try (var written = Files.list(outside)) {
            assertThat(written).isEmpty();
        }
    }

    @Test
    void refusesATitleWithoutLetters() {
        assertThatThrownBy(() -> new Scaffolder(EVENING_UTC).create(site, ContentType.NEWS, "?!"))
            .isInstanceOf(Scaffolder.ScaffoldException.class)
            .hasMessageContaining("no letter or digit");
    }

    private ContentItem onlyItem() {
        LoadResult result = new ContentLoader(new MarkdownRenderer()).load(site);
        assertThat(result.problems()).isEmpty();
        assertThat(result.items()).hasSize(1);
        return result.items().get(0);
    }
}
