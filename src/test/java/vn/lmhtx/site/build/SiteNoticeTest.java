package vn.lmhtx.site.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.ContentErrorsException;
import vn.lmhtx.site.testing.Sites;

/** {@code site.notice}: off by default; when set, shown as plain text under the masthead of every page. */
class SiteNoticeTest {

    private static final List<String> PAGES = List.of("index.html", "tin-tuc/thong-bao/index.html", "tim-kiem/index.html",
        "404.html", "tu-khoa/index.html");

    @TempDir
    Path temp;

    @Test
    void noNoticeByDefault() throws Exception {
        Path output = build(site(""));

        for (String page : PAGES) {
            assertThat(parse(output, page).select(".site-notice, aside")).as(page).isEmpty();
        }
    }

    @Test
    void aNoticeIsShownUnderTheMastheadOfEveryPageAsPlainText() throws Exception {
        String notice = "Từ ngày 01/7/2025, trụ sở chuyển về địa chỉ mới <b>không in đậm</b>";
        Path output = build(site(notice));

        for (String page : PAGES) {
            Document html = parse(output, page);
            assertThat(html.select("aside.site-notice[aria-label=Thông báo]")).as(page).hasSize(1);
            assertThat(html.select("aside.site-notice").text()).as(page).isEqualTo(notice);
            assertThat(html.select("aside.site-notice b")).as("markup in the notice is text").isEmpty();
            // Right under the masthead, before the breadcrumbs and the content.
            assertThat(html.selectFirst("header.site-header").nextElementSibling().is("aside.site-notice")).as(page).isTrue();
        }
    }

    @Test
    void aNoticeTooLongToReadUnderTheMastheadIsAnErrorOnItsLine() throws Exception {
        Path site = site("Thông báo ".repeat(31).strip());

        assertThatThrownBy(() -> build(site)).isInstanceOf(ContentErrorsException.class)
            .hasMessageContaining("jbake.properties:" + lineOfNotice(site) + ": site.notice: is 309 characters long; "
                + "at most 300 fit under the masthead (link to an article for the details)");
    }

    private Path site(String notice) throws Exception {
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        Path settings = site.resolve("jbake.properties");
        Files.writeString(settings, Files.readString(settings, StandardCharsets.UTF_8)
            .replace("site.notice=\n", "site.notice=" + notice + "\n"), StandardCharsets.UTF_8);
        Sites.write(site, "content/tin-tuc/thong-bao.md",
            "---\ntitle: Thông báo\ntype: news\ndate: 2020-01-01\nsummary: Một tin.\ntags: [Hợp tác xã]\n---\n\nNội dung.\n");
        return site;
    }

    private static int lineOfNotice(Path site) throws Exception {
        List<String> lines = Files.readAllLines(site.resolve("jbake.properties"), StandardCharsets.UTF_8);
        return 1 + lines.indexOf(lines.stream().filter(line -> line.startsWith("site.notice=")).findFirst().orElseThrow());
    }

    private Path build(Path site) throws Exception {
        Path output = temp.resolve("public");
        new SiteBuilder(Sites.NOW).build(site, output);
        return output;
    }

    private static Document parse(Path output, String page) throws Exception {
        return Jsoup.parse(Files.readString(output.resolve(page), StandardCharsets.UTF_8));
    }
}
