package vn.lmhtx.site.bake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.CompressedText;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.ContentType;
import vn.lmhtx.site.content.OutputClaims;
import vn.lmhtx.site.content.PageKind;
import vn.lmhtx.site.content.Section;
import vn.lmhtx.site.content.SiteUrls;
import vn.lmhtx.site.content.Status;
import vn.lmhtx.site.messages.Message;
import vn.lmhtx.site.render.AssetManifest;
import vn.lmhtx.site.render.Page;
import vn.lmhtx.site.render.SitePlan;
import vn.lmhtx.site.render.SitePlanner;
import vn.lmhtx.site.render.SiteSettings;
import vn.lmhtx.site.render.Templates;
import vn.lmhtx.site.search.SearchBuild;
import vn.lmhtx.site.search.SearchDocument;
import vn.lmhtx.site.testing.Sites;

/**
 * A section that exists only in this test (notices, "Thông báo", under /thong-bao/) is handed to the planner beside the
 * site's own: with the project's templates it gets its list page, its items' pages and its own search filter and label,
 * although neither the planner nor the bake nor the search stage names it.
 */
class ThrowawaySectionTest {

    private static final Section NOTICES = new Section("notice", "Thông báo", List.of("thong-bao"), "thong-bao",
        PageKind.PAGE, PageKind.ABOUT, "Thông báo", "Thông báo của Liên minh", Message.LIST_ABOUT, Section.ListOrder.BY_TITLE);
    private static final SiteSettings SETTINGS = new SiteSettings("Site", "Mô tả", "https://test.example", "/", "Địa chỉ",
        "0", "a@test.example", "", 10, "/assets/images/icon.svg");

    @TempDir
    Path temp;

    @Test
    void aNewSectionGetsItsListItemPagesAndSearchFilterWithoutTouchingThePlanner() throws Exception {
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        Path output = Files.createDirectories(temp.resolve("out"));
        List<ContentItem> items = List.of(notice("thong-bao-so-1", "Thông báo số 1"), notice("thong-bao-so-2", "Thông báo số 2"));
        List<Section> sections = Stream.concat(Section.ALL.stream(), Stream.of(NOTICES)).toList();

        SitePlan plan = new SitePlanner(SETTINGS, sections).plan(items);
        Map<PageKind, String> templates = Arrays.stream(PageKind.values())
            .collect(Collectors.toMap(Function.identity(), PageKind::defaultTemplate));
        new JBakeBaker().bake(plan, SETTINGS, AssetManifest.of(site.resolve("assets"), "/"), new Templates(site.resolve("templates")),
            templates, site, output);

        Page list = plan.byUrl().get("/thong-bao/");
        assertThat(list.kind()).isEqualTo(PageKind.ABOUT);
        String listHtml = Files.readString(output.resolve("thong-bao/index.html"), UTF_8);
        assertThat(listHtml).contains("Thông báo của Liên minh", "href=\"/thong-bao/thong-bao-so-1/\"", "href=\"/thong-bao/thong-bao-so-2/\"");
        assertThat(Files.readString(output.resolve("thong-bao/thong-bao-so-1/index.html"), UTF_8))
            .contains("Thông báo số 1", "Nội dung của Thông báo số 1", "href=\"/thong-bao/\"");

        List<SearchDocument> documents = new ArrayList<>();
        for (ContentItem item : items) {
            documents.add(SearchDocument.of(item, Jsoup.parse(output.resolve(OutputClaims.fileOf(item.url())).toFile(), "UTF-8")));
        }
        SearchBuild.run(documents, output);
        String manifest = Files.readString(output.resolve("search/manifest.json"), UTF_8);
        assertThat(manifest).contains("\"type\":[\"notice\"]", "\"labels\":{\"notice\":\"Thông báo\"}");
        String data = manifest.replaceAll("(?s).*\"data\":\"([^\"]+)\".*", "$1");
        // A small export is one file, all.bin; the manifest gives each part's offset and length in it.
        String[] part = manifest.replaceAll("(?s).*\"f/type-notice.json\":\\[(\\d+),(\\d+)\\].*", "$1 $2").split(" ");
        byte[] all = Files.readAllBytes(output.resolve("search/" + data + "/all.bin"));
        assertThat(new String(all, Integer.parseInt(part[0]), Integer.parseInt(part[1]), UTF_8)).isEqualTo("[0,1]");
    }

    private static ContentItem notice(String slug, String title) {
        return new ContentItem("content/thong-bao/" + slug + ".md", ContentType.PAGE, NOTICES, title, slug,
            SiteUrls.item(NOTICES.defaultFolder(), slug), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
            Optional.empty(), Status.PUBLISHED, List.of(), CompressedText.of("<p>Nội dung của " + title + ".</p>"),
            Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }
}
