package vn.lmhtx.site.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.load.ContentLoader;
import vn.lmhtx.site.load.LoadResult;
import vn.lmhtx.site.markdown.MarkdownRenderer;
import vn.lmhtx.site.render.PageModel.ItemPage;

/**
 * Reading paths ("Trang liên quan") as the planner gives them to templates: both directions of every body link,
 * achievement source and congress decision, grouped by list in section order, each list in its own order, once each,
 * never the page itself; under a base path too.
 */
class ReadingPathsTest {

    private static final String ARTICLE = "/tin-tuc/bai-goc/";

    @TempDir
    Path site;

    @Test
    void pathsRunBothWaysGroupedByListInTheListsOrderWithoutDuplicatesOrSelfLinks() throws IOException {
        for (String basePath : List.of("/", "/lmhtx-site/")) {
            writeSite();
            SitePlan plan = plan(basePath);

            assertThat(paths(plan, ARTICLE)).containsExactly(
                "Đại hội: /dai-hoi/lan-1/ /dai-hoi/lan-2/",
                "Thành tựu: /thanh-tuu/tin-dung/",
                "Giới thiệu: /gioi-thieu/lich-su/",
                "Văn bản: /van-ban/qd-2/");
            // The congress links the article twice (once by an old address, once with a fragment) and itself.
            assertThat(paths(plan, "/dai-hoi/lan-2/")).containsExactly("Tin tức: " + ARTICLE, "Văn bản: /van-ban/qd-2/");
            assertThat(paths(plan, "/van-ban/qd-2/")).containsExactly("Tin tức: " + ARTICLE, "Đại hội: /dai-hoi/lan-2/");
            assertThat(paths(plan, "/thanh-tuu/tin-dung/")).containsExactly("Tin tức: " + ARTICLE);
            // A link to a list or to another site is no reading path; a page nobody cites and citing nobody has none.
            assertThat(paths(plan, "/tin-tuc/khac/")).isEmpty();
        }
    }

    @Test
    void bodyLinksAreReadUnderTheBasePathWithoutFragmentOrQuery() {
        String html = "<p><a href=\"/x/dai-hoi/a/#muc\">a</a> <a href=\"/x/b?q=1\">b</a> <a href=\"/x/c/index.html\">c</a>"
            + " <a href=\"https://example.org/x/d/\">d</a> <a href=\"/y/e/\">e</a> <a href=\"/x/feed.xml\">f</a></p>";

        assertThat(ReadingPaths.bodyLinks(html, "/x/")).containsExactly("/dai-hoi/a/", "/b/", "/c/", "/feed.xml");
    }

    private void writeSite() throws IOException {
        write("tin-tuc/bai-goc.md", "---\ntitle: Bài gốc\ntype: news\ndate: 2018-02-21T14:45:00+07:00\nsummary: Tóm tắt\n"
            + "aliases: [/tin-cu/bai-goc.html]\n---\n\nBài này tự [dẫn tới chính nó](/tin-tuc/bai-goc/) và tới [tin tức](/tin-tuc/).\n");
        write("tin-tuc/khac.md", "---\ntitle: Khác\ntype: news\ndate: 2018-03-01\nsummary: Tóm tắt\n---\n\n"
            + "Xem [trang ngoài](https://example.org/tin-tuc/bai-goc/).\n");
        write("dai-hoi/lan-2.md", congress(2, "2/qđ-ubnd") + "Theo [bài](/tin-cu/bai-goc.html), [lại bài](/tin-tuc/bai-goc/#muc)"
            + " và [chính nó](/dai-hoi/lan-2/).\n");
        write("dai-hoi/lan-1.md", congress(1, "1/QĐ-UBND") + "Theo [bài](/tin-tuc/bai-goc/).\n");
        write("van-ban/qd-2.md", "---\ntitle: Quyết định 2\ntype: document\nnumber: 2/QĐ-UBND\ndate: 2002-01-28\n"
            + "issuer: Ủy ban nhân dân tỉnh\n---\n\nTheo [bài](/tin-tuc/bai-goc/).\n");
        write("thanh-tuu/tin-dung.md", "---\ntitle: Tín dụng\ntype: achievement\ntheme: Tín dụng\nsource: " + ARTICLE
            + "\nmetrics:\n  - label: thành viên\n    value: 1943\n    unit: thành viên\n---\n\nVăn bản.\n");
        write("gioi-thieu/lich-su.md", "---\ntitle: Lịch sử\ntype: history\n---\n\nTheo [bài](/tin-tuc/bai-goc/index.html).\n");
    }

    private static String congress(int number, String decision) {
        return "---\ntitle: Đại hội lần " + number + "\ntype: congress\nnumber: " + number + "\nheld: " + (1990 + number)
            + "-01-01\ndecision:\n  number: " + decision + "\n  date: 2002-01-28\n  issuer: Ủy ban nhân dân tỉnh\n"
            + "  approves: regulation\n---\n\n";
    }

    private SitePlan plan(String basePath) {
        LoadResult loaded = new ContentLoader(new MarkdownRenderer(basePath)).load(site);
        assertThat(loaded.problems()).isEmpty();
        SiteSettings settings = new SiteSettings("Liên minh", "Mô tả", "https://lmhtx.example", basePath, "", "", "", "", 10,
            "/assets/icon.svg");
        return new SitePlanner(settings).plan(loaded.items());
    }

    /** Each group of the page's paths as "heading: url url". */
    private static List<String> paths(SitePlan plan, String url) {
        ItemPage page = (ItemPage) plan.pages().stream().filter(p -> p.url().equals(url)).findFirst().orElseThrow().model();
        return page.paths().stream()
            .map(g -> g.heading() + ": " + String.join(" ", g.items().stream().map(ContentItem::url).toList())).toList();
    }

    private void write(String path, String text) throws IOException {
        Path file = site.resolve("content").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, UTF_8);
    }
}
