package vn.lmhtx.site.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.markdown.MarkdownRenderer;

/** What readers see at a fixed "now": published items, minus news dated later. */
class PublicationTest {

    /** 2025-06-01 07:00 in Vietnam. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path site;

    @Test
    void newsDatedBeforeNowIsVisible() throws IOException {
        writeNews("hom-qua", "2025-05-31T07:00:00+07:00", "published");
        writeNews("sang-nay", "2025-06-01", "published");

        assertThat(visibleSlugs()).containsExactlyInAnyOrder("hom-qua", "sang-nay");
    }

    @Test
    void newsDatedExactlyNowIsVisible() throws IOException {
        writeNews("dung-gio", "2025-06-01T07:00:00+07:00", "published");
        writeNews("dung-gio-utc", "2025-06-01T00:00:00Z", "published");

        assertThat(visibleSlugs()).containsExactlyInAnyOrder("dung-gio", "dung-gio-utc");
    }

    @Test
    void newsDatedAfterNowIsNotVisible() throws IOException {
        writeNews("mot-giay-sau", "2025-06-01T07:00:01+07:00", "published");
        writeNews("nam-sau", "2026-01-01", "published");

        assertThat(visibleSlugs()).isEmpty();
    }

    @Test
    void draftsAreNotVisible() throws IOException {
        writeNews("ban-nhap", "2018-02-21", "draft");
        write("gioi-thieu/trang-nhap.md", "---\ntitle: Trang nháp\ntype: page\nstatus: draft\n---\n\nVăn bản.\n");

        assertThat(visibleSlugs()).isEmpty();
    }

    @Test
    void otherItemsWithFutureDatesStayVisible() throws IOException {
        write("gioi-thieu/ke-hoach.md", "---\ntitle: Kế hoạch\ntype: page\ndate: 2031-01-01\n---\n\nVăn bản.\n");
        write("thanh-tuu/muc-tieu.md", "---\ntitle: Mục tiêu\ntype: achievement\ntheme: Kế hoạch\ndate: 2031-01-01\n---\n\nVăn bản.\n");

        assertThat(visibleSlugs()).containsExactlyInAnyOrder("ke-hoach", "muc-tieu");
    }

    @Test
    void everyItemIsStillLoadedForChecksAcrossFiles() throws IOException {
        writeNews("ban-nhap", "2018-02-21", "draft");
        writeNews("nam-sau", "2026-01-01", "published");

        LoadResult result = load();

        assertThat(result.items()).extracting(ContentItem::slug).containsExactly("ban-nhap", "nam-sau");
    }

    private List<String> visibleSlugs() {
        return Publication.visible(load().items(), NOW).stream().map(ContentItem::slug).toList();
    }

    private LoadResult load() {
        LoadResult result = new ContentLoader(new MarkdownRenderer()).load(site);
        assertThat(result.problems()).as("the test site itself is valid").isEmpty();
        return result;
    }

    private void writeNews(String slug, String date, String status) throws IOException {
        write("tin-tuc/" + slug + ".md", "---\ntitle: Tin " + slug + "\ntype: news\ndate: " + date
            + "\nsummary: Tóm tắt\nstatus: " + status + "\n---\n\nVăn bản.\n");
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve("content").resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(UTF_8));
    }
}
