package vn.lmhtx.site.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.parallel.Workers;
import vn.lmhtx.site.render.SitePlan;
import vn.lmhtx.site.render.SitePlanner;
import vn.lmhtx.site.render.SiteSettings;

/** The passes that a check runs leave the baked files alone and find what the build's passes find. */
class HtmlPassesTest {

    private static final SiteSettings SETTINGS = new SiteSettings("LMHTX", "Trang", "https://lmhtx.example", "/", "", "", "", "",
        10, "/assets/images/icon.svg");
    private static final String PAGE = "<html><head></head><body><main><h2>Lịch sử</h2>"
        + "<a href=\"https://example.org/\">ngoài</a> <a href=\"/khong-co/\">hỏng</a> <a href=\"#lich-su\">mục</a></main></body></html>";

    @TempDir
    Path temp;

    @Test
    void withoutWritingFindsTheSameProblemsAndLeavesThePageAsBaked() throws Exception {
        SitePlan plan = new SitePlanner(SETTINGS).plan(List.of());
        Path written = page(temp.resolve("written"));
        Path kept = page(temp.resolve("kept"));
        HtmlPasses passes = new HtmlPasses(SETTINGS, temp, "target/public", Workers.sequential());

        List<Problem> writing = passes.run(written.getParent(), plan, Unpublished.none(), (item, page) -> item.url()).problems();
        List<Problem> checking = passes.withoutWriting().run(kept.getParent(), plan, Unpublished.none(), (item, page) -> item.url())
            .problems();

        assertThat(Files.readString(written, StandardCharsets.UTF_8)).contains("<h2 id=\"lich-su\">", "rel=\"noopener noreferrer\"");
        assertThat(kept).hasContent(PAGE);
        assertThat(checking).map(Problem::message).containsExactlyElementsOf(writing.stream().map(Problem::message).toList())
            .singleElement().asString().contains("/khong-co/");
    }

    private static Path page(Path output) throws Exception {
        Files.createDirectories(output);
        return Files.writeString(output.resolve("index.html"), PAGE, StandardCharsets.UTF_8);
    }
}
