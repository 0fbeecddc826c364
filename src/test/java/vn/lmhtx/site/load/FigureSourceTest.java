package vn.lmhtx.site.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.Achievement;
import vn.lmhtx.site.content.PartialDate;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.markdown.MarkdownRenderer;

/**
 * An achievement's {@code source} and {@code as_of}: where and when its figures come from. Each bad value is one
 * {@code path:line: field: message}, all of them in one run.
 */
class FigureSourceTest {

    private static final String ARTICLE = "/tin-tuc/bai-nguon/";

    @TempDir
    Path site;

    private final ContentLoader loader = new ContentLoader(new MarkdownRenderer());

    @Test
    void aSourceAndPeriodAreReadAndAnOldAddressIsNormalised() throws IOException {
        write("tin-tuc/bai-nguon.md", news("aliases: [/tin-cu/bai-nguon.html]\n"));
        write("thanh-tuu/a.md", achievement("source: /tin-tuc/bai-nguon\nas_of: 2017\n"));

        LoadResult result = loader.load(site);

        assertThat(problems(result)).isEmpty();
        Achievement achievement = result.items().stream().flatMap(i -> i.achievement().stream()).findFirst().orElseThrow();
        assertThat(achievement.source()).contains(ARTICLE);
        assertThat(achievement.asOf()).contains(PartialDate.year(2017));
    }

    @Test
    void everyBadSourceAndPeriodIsReportedOnItsLineInOneRun() throws IOException {
        write("tin-tuc/bai-nguon.md", news("aliases: [/tin-cu/bai-nguon.html]\n"));
        write("tin-tuc/ban-nhap.md", news("status: draft\n"));
        write("gioi-thieu/trang.md", "---\ntitle: Trang\ntype: page\n---\n\nVăn bản.\n");
        write("thanh-tuu/khong-co.md", achievement("source: /tin-tuc/khong-co/\n"));
        write("thanh-tuu/khong-phai-tin.md", achievement("source: /gioi-thieu/trang/\n"));
        write("thanh-tuu/nhap.md", achievement("source: /tin-tuc/ban-nhap/\n"));
        write("thanh-tuu/dia-chi-cu.md", achievement("source: /tin-cu/bai-nguon.html\n"));
        write("thanh-tuu/sau-ngay-dang.md", achievement("source: " + ARTICLE + "\nas_of: 2018-03\n"));
        write("thanh-tuu/ngay-sai.md", achievement("source: " + ARTICLE + "\nas_of: 2018-02-30\n"));
        write("thanh-tuu/khong-phai-dia-chi.md", achievement("source: tin-tuc/bai nguon\n"));
        write("thanh-tuu/khong-nguon.md", achievement("as_of: 2017\n"));

        assertThat(problems(loader.load(site))).containsExactly(
            "content/thanh-tuu/dia-chi-cu.md:5: source: /tin-cu/bai-nguon.html is an old address of content/tin-tuc/bai-nguon.md; "
                + "write its address " + ARTICLE,
            "content/thanh-tuu/khong-co.md:5: source: /tin-tuc/khong-co/ is not the address of any page of the site; "
                + "write the address of the news article the figures come from",
            "content/thanh-tuu/khong-nguon.md:5: as_of: a period needs the article that states it: add source: with "
                + "the address of the news article the figures come from",
            "content/thanh-tuu/khong-phai-dia-chi.md:5: source: \"tin-tuc/bai nguon\" is not a site path a static host can serve; "
                + "write it from the site root with ASCII letters, digits, '-', '_' and '.', such as /tin-cu/bai-viet.html",
            "content/thanh-tuu/khong-phai-tin.md:5: source: /gioi-thieu/trang/ is content/gioi-thieu/trang.md, not a news article; "
                + "write the address of the news article the figures come from",
            "content/thanh-tuu/ngay-sai.md:6: as_of: \"2018-02-30\" is not a date; write a day (2018-02-28), two days "
                + "(2006-07-20/2006-07-21), a month (2010-12) or a year (1992)",
            "content/thanh-tuu/nhap.md:5: source: /tin-tuc/ban-nhap/ is content/tin-tuc/ban-nhap.md, a draft; cite a published article",
            "content/thanh-tuu/sau-ngay-dang.md:6: as_of: tháng 03/2018 is after the date of the source article (21/02/2018); "
                + "figures cannot hold later than the article that gives them");
    }

    @Test
    void onlyAchievementsCarryASource() throws IOException {
        write("tin-tuc/bai-nguon.md", news("source: " + ARTICLE + "\n"));

        assertThat(problems(loader.load(site))).singleElement().asString()
            .startsWith("content/tin-tuc/bai-nguon.md:6: source: ");
    }

    private static String news(String extraFields) {
        return "---\ntitle: Bài nguồn\ntype: news\ndate: 2018-02-21T14:45:00+07:00\nsummary: Tóm tắt\n" + extraFields
            + "---\n\nVăn bản.\n";
    }

    /** An achievement whose extra fields start on line 5. */
    private static String achievement(String extraFields) {
        return "---\ntitle: Thành tựu\ntype: achievement\ntheme: Tín dụng\n" + extraFields
            + "metrics:\n  - label: thành viên\n    value: 1943\n    unit: thành viên\n---\n\nVăn bản.\n";
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve("content").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, UTF_8);
    }

    private static List<String> problems(LoadResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }
}
