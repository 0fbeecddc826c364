package vn.lmhtx.site.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.markdown.MarkdownRenderer;

/**
 * Aliases and slugs are compared as the output files they become, against each other and against every page and
 * file the build writes itself; a clash is reported on the line of the {@code aliases} or {@code slug} field.
 * The reproductions of issue #10, item 1, each with its exact message.
 */
class UrlClashTest {

    private static final String REMOVE = "; remove it from aliases";

    @TempDir
    Path site;

    private final ContentLoader loader = new ContentLoader(new MarkdownRenderer());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/index.html          | /index.html is the same file as /, the home page, which the site generates",
        "/tin-tuc/index.html  | /tin-tuc/index.html is the same file as /tin-tuc/, the news list, which the site generates",
        "/tim-kiem/index.html | /tim-kiem/index.html is the same file as /tim-kiem/, the search page, which the site generates",
        "/404.html            | /404.html is already the page-not-found page, which the site generates",
        "/tin-tuc             | /tin-tuc/ is already the news list, which the site generates",
        "/Tin-Tuc/Index.html  | /Tin-Tuc/Index.html is the same file as /tin-tuc/ on disks that ignore letter case (macOS, Windows), the news list, which the site generates"})
    void anAliasCannotReplaceAGeneratedPage(String alias, String message) {
        assertThat(problemsOf("tin-tuc/x.md", news("aliases: [" + alias + "]\n"))).containsExactly(
            "content/tin-tuc/x.md:6: aliases: " + message + REMOVE);
    }

    @Test
    void anAliasCannotReplaceAnArticle() {
        write("gioi-thieu/lich-su.md", "---\ntitle: Lịch sử\ntype: history\n---\n\nVăn bản.\n");

        assertThat(problemsOf("tin-tuc/x.md", news("aliases: [/gioi-thieu/lich-su/index.html]\n"))).containsExactly(
            "content/tin-tuc/x.md:6: aliases: /gioi-thieu/lich-su/index.html is the same file as /gioi-thieu/lich-su/, "
                + "the URL of content/gioi-thieu/lich-su.md" + REMOVE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/feed.xml             | /feed.xml/ would be written as feed.xml/index.html, but feed.xml is already the file of /feed.xml, the news feed, which the site generates",
        "/sitemap.xml          | /sitemap.xml/ would be written as sitemap.xml/index.html, but sitemap.xml is already the file of /sitemap.xml, the sitemap, which the site generates",
        "/robots.txt           | /robots.txt/ would be written as robots.txt/index.html, but robots.txt is already the file of /robots.txt, the file for search engines, which the build writes",
        "/assets/css/site.css  | /assets/css/site.css/ would be written as assets/css/site.css/index.html, inside /assets/, the folder the build copies assets/ into",
        "/assets/cu.html       | /assets/cu.html would be written as assets/cu.html, inside /assets/, the folder the build copies assets/ into",
        "/search/manifest.json | /search/manifest.json/ would be written as search/manifest.json/index.html, inside /search/, the folder of the search index, which the build writes",
        "/search               | /search/ is the folder of the search index, which the build writes",
        "/tu-khoa/cu/          | /tu-khoa/cu/ would be written as tu-khoa/cu/index.html, inside /tu-khoa/, the folder of the tag pages, which the site generates",
        "/tin-tuc/trang-2/     | /tin-tuc/trang-2/ is reserved for the news list's later pages and years (trang-N, nam-N), which the site generates",
        "/tin-tuc.html         | /tin-tuc.html would be written as tin-tuc.html, which hosts such as GitHub Pages also serve at /tin-tuc, the address of /tin-tuc/, the news list, which the site generates"})
    void anAliasCannotTakeAFileOrFolderTheBuildWrites(String alias, String message) {
        assertThat(problemsOf("tin-tuc/x.md", news("aliases: [" + alias + "]\n"))).containsExactly(
            "content/tin-tuc/x.md:6: aliases: " + message + REMOVE);
    }

    @Test
    void anAliasCannotMakeAnotherPagesFileAFolder() {
        write("tin-tuc/a.md", news(""));

        assertThat(problemsOf("tin-tuc/x.md", news("aliases: [/tin-tuc/a/index.html/]\n"))).containsExactly(
            "content/tin-tuc/x.md:6: aliases: /tin-tuc/a/index.html/ would be written as tin-tuc/a/index.html/index.html, "
                + "but tin-tuc/a/index.html is already the file of /tin-tuc/a/, the URL of content/tin-tuc/a.md" + REMOVE);
    }

    @Test
    void twoArticlesCannotShareAnOldUrlAsFileAndFolder() {
        write("tin-tuc/a.md", news("aliases: [/tin-cu/x.html]\n"));

        assertThat(problemsOf("tin-tuc/b.md", news("tags: [Một]\naliases:\n  - /tin-cu/x.html/\n"))).containsExactly(
            "content/tin-tuc/b.md:7: aliases: /tin-cu/x.html/ would be written as tin-cu/x.html/index.html, but "
                + "tin-cu/x.html is already the file of /tin-cu/x.html, an alias of content/tin-tuc/a.md" + REMOVE);
    }

    @Test
    void anAliasOfTheSameFileAsThePagesOwnUrlIsSaidSo() {
        assertThat(problemsOf("tin-tuc/x.md", news("aliases: [/tin-tuc/X/index.html]\n"))).containsExactly(
            "content/tin-tuc/x.md:6: aliases: /tin-tuc/X/index.html is this page's own URL or listed twice");
    }

    @Test
    void aPageMayKeepItsOwnUrlWithHtmlAsAnAlias() {
        assertThat(problemsOf("tin-tuc/x.md", news("aliases: [/tin-tuc/x.html, /tin-cu/x.html, /tin-cu/x/]\n"))).isEmpty();
    }

    @Test
    void aDraftCannotTakeAPageEither() {
        assertThat(problemsOf("tin-tuc/x.md", news("status: draft\naliases: [/index.html]\n"))).containsExactly(
            "content/tin-tuc/x.md:7: aliases: /index.html is the same file as /, the home page, which the site generates" + REMOVE);
    }

    @Test
    void aNewsSlugCannotTakeALaterPageOrAYearOfTheNewsList() {
        write("tin-tuc/a.md", news("slug: trang-2\n"));

        assertThat(problemsOf("tin-tuc/b.md", news("tags: [Một]\nslug: nam-2018\n"))).containsExactly(
            "content/tin-tuc/a.md:6: slug: URL /tin-tuc/trang-2/ is reserved for the news list's later pages and years "
                + "(trang-N, nam-N), which the site generates; choose another slug",
            "content/tin-tuc/b.md:7: slug: URL /tin-tuc/nam-2018/ is reserved for the news list's later pages and years "
                + "(trang-N, nam-N), which the site generates; choose another slug");
    }

    @Test
    void aTopLevelPageCannotTakeAFolderOfTheBuild() {
        assertThat(problemsOf("search.md", "---\ntitle: Tìm\ntype: page\n---\n\nVăn bản.\n")).containsExactly(
            "content/search.md:1: slug: URL /search/ is the folder of the search index, which the build writes; choose another slug");
        write("search.md", "---\ntitle: Tìm\ntype: page\nslug: tin-tuc\n---\n\nVăn bản.\n");
        assertThat(problems()).containsExactly(
            "content/search.md:4: slug: URL /tin-tuc/ is already the news list, which the site generates; choose another slug");
    }

    @Test
    void anAliasCannotTakeAnotherArticlesSlug() {
        write("tin-tuc/a.md", news("aliases: [/tin-tuc/b/]\n"));
        write("tin-tuc/b.md", news(""));

        assertThat(problems()).containsExactly(
            "content/tin-tuc/a.md:6: aliases: /tin-tuc/b/ is already the URL of content/tin-tuc/b.md" + REMOVE);
    }

    /** A valid news file: 1 "---", 2 title, 3 type, 4 date, 5 summary, then {@code extraFields} from line 6. */
    private static String news(String extraFields) {
        return "---\ntitle: Tin mới\ntype: news\ndate: 2018-02-21\nsummary: Tóm tắt\n" + extraFields + "---\n\nVăn bản.\n";
    }

    private void write(String path, String text) {
        try {
            Path file = site.resolve("content").resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> problems() {
        return loader.load(site).problems().stream().map(Problem::toString).toList();
    }

    private List<String> problemsOf(String path, String text) {
        write(path, text);
        return problems();
    }
}
