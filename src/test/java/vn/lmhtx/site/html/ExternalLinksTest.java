package vn.lmhtx.site.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.messages.Language;
import vn.lmhtx.site.render.SiteSettings;

/** Links that leave the site, written with a scheme or protocol-relative (//host), are treated alike. */
class ExternalLinksTest {

    private static final SiteSettings SETTINGS = new SiteSettings("LMHTX", "Trang", "https://lmhtx.example", "/", "", "", "", "",
        10, "/assets/images/icon.svg");

    @TempDir
    Path output;

    @Test
    void protocolRelativeAndUppercaseLinksGetTheSameRelAsHttpsLinks() {
        HtmlPage page = page("<a href=\"https://example.org/a\">1</a> <a href=\"//example.org/b\">2</a> "
            + "<a href=\"HTTPS://example.org/c\">3</a> <a href=\"//lmhtx.example/tin-tuc/\">own</a> <a href=\"/tin-tuc/\">in</a>");

        boolean changed = new ExternalLinks(SETTINGS.hostName()).apply(page, new ArrayList<>());

        assertThat(changed).isTrue();
        assertThat(page.document().select("a").eachAttr("rel"))
            .containsExactly("noopener noreferrer", "noopener noreferrer", "noopener noreferrer");
        assertThat(page.document().select("a[rel]").eachText()).containsExactly("1", "2", "3");
    }

    @Test
    void linkCheckerLeavesProtocolRelativeAndUppercaseExternalLinksAlone() throws Exception {
        Files.createDirectories(output.resolve("tin-tuc"));
        Files.writeString(output.resolve("tin-tuc/index.html"), "<p id=\"a\">x</p>");
        HtmlPage page = page("<a href=\"//example.org/khong-co/\">1</a> <a href=\"HTTPS://example.org/khong-co/\">2</a> "
            + "<img src=\"//example.org/anh.jpg\"> <a href=\"//lmhtx.example/tin-tuc/\">own</a> "
            + "<a href=\"//lmhtx.example/khong-co/\">own, broken</a>");
        LinkChecker checker = new LinkChecker(output, SETTINGS, java.util.Set.of("tin-tuc/index.html"), Unpublished.none());

        LinkedPage linked = new LinkedPage("/", "content/x.md", Optional.empty(), checker.pending("/", page.document()));
        List<Problem> problems = checker.check(linked, Map.of());

        assertThat(problems).extracting(Problem::message).containsExactly(
            "\"//lmhtx.example/khong-co/\" on / leads to no page or file (/khong-co/)");
    }

    @Test
    void imageFromAnotherSiteByProtocolRelativeOrUppercaseUrlIsAWarning() {
        HtmlPage page = page("<img src=\"//example.org/a.jpg\" alt=\"a\"><img src=\"HTTP://example.org/b.jpg\" alt=\"b\">"
            + "<img src=\"//lmhtx.example/assets/c.jpg\" alt=\"c\">");
        List<Problem> problems = new ArrayList<>();

        new ImageChecks(SETTINGS.hostName()).apply(page, problems);

        assertThat(problems).extracting(Problem::message).containsExactly(
            "\"//example.org/a.jpg\" is loaded from another site; save the photo as a file beside the article and show it "
                + "with ![mô tả ảnh](ten-anh.jpg) so readers' phones fetch nothing from third parties",
            "\"HTTP://example.org/b.jpg\" is loaded from another site; save the photo as a file beside the article and show it "
                + "with ![mô tả ảnh](ten-anh.jpg) so readers' phones fetch nothing from third parties");
    }

    @Test
    @SuppressWarnings("try") // the choice is the resource: it holds for the block
    void linkAndImageProblemsAreVietnameseByDefault() throws Exception {
        HtmlPage page = page("<a href=\"/khong-co/\">x</a> <img src=\"//example.org/a.jpg\">");
        LinkChecker checker = new LinkChecker(output, SETTINGS, java.util.Set.of(), Unpublished.none());
        List<Problem> problems = new ArrayList<>();
        List<String> printed;

        try (Language.Choice vi = Language.choose(Language.VI)) {
            new ImageChecks(SETTINGS.hostName()).apply(page, problems);
            problems.addAll(checker.check(new LinkedPage("/", "content/x.md", Optional.empty(), checker.pending("/", page.document())),
                Map.of()));
            printed = problems.stream().map(Problem::toString).toList();
        }

        assertThat(printed).containsExactly(
            "content/x.md:1: image: cảnh báo: \"//example.org/a.jpg\" chưa có mô tả ảnh; hãy viết mô tả trong ngoặc vuông: "
                + "![mô tả ảnh](//example.org/a.jpg)",
            "content/x.md:1: image: cảnh báo: \"//example.org/a.jpg\" được tải từ trang web khác; hãy lưu ảnh thành "
                + "tệp cạnh bài viết rồi chèn bằng ![mô tả ảnh](ten-anh.jpg) để điện thoại người đọc không phải tải gì từ bên thứ ba",
            "content/x.md:1: link: \"/khong-co/\" trên trang / không dẫn tới trang hay tệp nào (/khong-co/)");
    }

    private HtmlPage page(String body) {
        Document document = Jsoup.parse("<main>" + body + "</main>", "https://lmhtx.example/");
        return new HtmlPage("/", output.resolve("index.html"), document, Optional.empty(), "content/x.md", Optional.empty());
    }
}
