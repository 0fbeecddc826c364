package vn.lmhtx.site.bake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.CompressedText;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.ContentType;
import vn.lmhtx.site.content.PageKind;
import vn.lmhtx.site.content.Section;
import vn.lmhtx.site.content.SiteUrls;
import vn.lmhtx.site.content.Status;
import vn.lmhtx.site.render.AssetManifest;
import vn.lmhtx.site.render.SitePlan;
import vn.lmhtx.site.render.SitePlanner;
import vn.lmhtx.site.render.SiteSettings;
import vn.lmhtx.site.render.Templates;
import vn.lmhtx.site.testing.Sites;

/** JBake's pages written as new files at JBake's paths, and never over a file already in the output. */
class NewFileRendererTest {

    private static final SiteSettings SETTINGS = new SiteSettings("Site", "Mô tả", "https://test.example", "/", "Địa chỉ",
        "0", "a@test.example", "", 10, "/assets/images/icon.svg");
    private static final Section ABOUT = Section.PAGE;

    @TempDir
    Path temp;

    @Test
    void aPageIsWrittenAtJBakesPathAndAFileAlreadyThereFailsTheBakeUntouched() throws Exception {
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        SitePlan plan = new SitePlanner(SETTINGS, Section.ALL).plan(List.of(page("lich-su", "Lịch sử")));
        Path output = Files.createDirectories(temp.resolve("out"));

        bake(plan, site, output);

        String file = plan.byUrl().keySet().stream().filter(url -> url.endsWith("/lich-su/")).findFirst().orElseThrow()
            .substring(1) + "index.html";
        assertThat(Files.readString(output.resolve(file), UTF_8)).contains("Lịch sử", "Nội dung của Lịch sử");

        Path again = Files.createDirectories(temp.resolve("again"));
        Files.createDirectories(again.resolve(file).getParent());
        Files.writeString(again.resolve(file), "đã có", UTF_8);
        assertThatThrownBy(() -> bake(plan, site, again)).isInstanceOf(BakeException.class).hasMessageContaining(file);
        assertThat(Files.readString(again.resolve(file), UTF_8)).isEqualTo("đã có");
    }

    private static void bake(SitePlan plan, Path site, Path output) throws Exception {
        Map<PageKind, String> templates = Arrays.stream(PageKind.values())
            .collect(Collectors.toMap(Function.identity(), PageKind::defaultTemplate));
        new JBakeBaker().bake(plan, SETTINGS, AssetManifest.of(site.resolve("assets"), "/"), new Templates(site.resolve("templates")),
            templates, site, output);
    }

    private static ContentItem page(String slug, String title) {
        return new ContentItem("content/gioi-thieu/" + slug + ".md", ContentType.PAGE, ABOUT, title, slug,
            SiteUrls.item(ABOUT.defaultFolder(), slug), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
            Optional.empty(), Status.PUBLISHED, List.of(), CompressedText.of("<p>Nội dung của " + title + ".</p>"),
            Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }
}
