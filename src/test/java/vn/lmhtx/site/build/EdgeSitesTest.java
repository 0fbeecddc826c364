package vn.lmhtx.site.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.search.NodeRunner;
import vn.lmhtx.site.testing.Sites;

/** Sites at the edges, built with the project's own templates: nothing published yet, hostile plain text in the feed. */
class EdgeSitesTest {

    @TempDir
    Path temp;

    @Test
    void aSiteWithNoContentBuildsAndSaysThereIsNoNewsYet() throws Exception {
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        Path output = temp.resolve("public");

        BuildResult result = new SiteBuilder(Sites.NOW).build(site, output);

        assertThat(result.items()).isZero();
        assertThat(Files.readString(output.resolve("index.html"), StandardCharsets.UTF_8)).contains("Chưa có tin nào được đăng.");
        assertThat(output.resolve("search/manifest.json")).content(StandardCharsets.UTF_8).contains("\"docs\":0");
        assertThat(searchResults(output, "hợp tác xã")).isEmpty();
    }

    @Test
    void aSiteWithOnlyADraftAndScheduledNewsBuildsWithoutThem() throws Exception {
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        Sites.write(site, "content/tin-tuc/nhap.md", "---\ntitle: Bản nháp\ntype: news\ndate: 2020-01-01\nsummary: Nháp.\n"
            + "status: draft\n---\n\nZQDRAFTWORD\n");
        Sites.write(site, "content/tin-tuc/hen-gio.md", "---\ntitle: Hẹn giờ\ntype: news\ndate: 2099-01-01\nsummary: Sau.\n---\n\nZQLATERWORD\n");
        Path output = temp.resolve("public");

        BuildResult result = new SiteBuilder(Sites.NOW).build(site, output);

        assertThat(result.items()).isZero();
        assertThat(result.hidden()).isEqualTo(2);
        assertThat(Sites.allText(output)).doesNotContain("ZQDRAFTWORD", "ZQLATERWORD");
        assertThat(searchResults(output, "hen gio")).isEmpty();
    }

    /** Feed readers render RSS text elements as HTML, so markup typed as plain text must arrive escaped twice. */
    @Test
    void plainTextInTheFeedIsNeverMarkupForAFeedReader() throws Exception {
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        String attack = "<img src=x onerror=alert(1)> & <b>đậm</b>";
        Sites.write(site, "content/tin-tuc/tin.md", "---\ntitle: \"Tiêu đề <script>x()</script>\"\ntype: news\ndate: 2020-01-01\n"
            + "summary: \"" + attack + "\"\nauthor: \"<i>Tác giả</i>\"\ntags: [\"<u>thẻ</u>\"]\n---\n\nThân bài.\n");
        Path output = temp.resolve("public");

        new SiteBuilder(Sites.NOW).build(site, output);

        Document feed = Jsoup.parse(Files.readString(output.resolve("feed.xml"), StandardCharsets.UTF_8), "", Parser.xmlParser());
        for (String element : List.of("item > title", "item > description", "item > category", "item > dc|creator")) {
            String shown = feed.select(element).text();
            assertThat(shown).as(element).isNotEmpty();
            // What a feed reader displays after parsing the element's text as HTML:
            Document rendered = Jsoup.parseBodyFragment(shown);
            assertThat(rendered.select("img, script, b, i, u")).as("markup in %s: %s", element, shown).isEmpty();
        }
        assertThat(Jsoup.parseBodyFragment(feed.select("item > description").text()).text()).isEqualTo(attack);
    }

    @SuppressWarnings("unchecked")
    private List<Object> searchResults(Path output, String query) throws Exception {
        Map<String, Object> answer = NodeRunner.run(output, Map.of("queries", List.of(Map.of("q", query))), temp);
        return ((List<List<Object>>) answer.get("results")).get(0);
    }
}
