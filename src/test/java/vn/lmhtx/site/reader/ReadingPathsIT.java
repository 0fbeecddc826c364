package vn.lmhtx.site.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.lmhtx.site.content.SiteUrls;

/**
 * Reading paths and figure sources on the real baked site: the alliance's article leads to every page derived from
 * it and each of them back; no page lists itself or one page twice; figures name the article and its date as the
 * article gives it, once on the home page, and cards do not repeat their unit or title.
 */
class ReadingPathsIT {

    private static final String SOURCE_LINE =
        "Nguồn: Quá trình hình thành và phát triển Liên minh HTX tỉnh Kiên Giang, 21/02/2018";

    @Test
    void theArticleLeadsToEveryCongressAchievementAndDocumentAndEachLeadsBack() throws IOException {
        List<String> derived = new ArrayList<>();
        for (String list : List.of(SiteUrls.CONGRESSES, SiteUrls.ACHIEVEMENTS, BakedSite.DOCUMENTS)) {
            derived.addAll(linksOf(list, "main h2 a, main h3 a"));
        }
        assertThat(derived).hasSize(5 + 4 + 5);

        List<String> paths = paths(BakedSite.ARTICLE);
        assertThat(paths).containsAll(derived).contains(BakedSite.HISTORY);
        assertThat(BakedSite.page(BakedSite.ARTICLE).select(".reading-paths h3").eachText())
            .containsExactly("Đại hội", "Thành tựu", "Giới thiệu", "Văn bản");
        assertThat(paths.subList(0, 5)).containsExactly("/dai-hoi/dai-hoi-lan-thu-i/", "/dai-hoi/dai-hoi-lan-thu-ii/",
            "/dai-hoi/dai-hoi-lan-thu-iii/", "/dai-hoi/dai-hoi-lan-thu-iv/", "/dai-hoi/dai-hoi-lan-thu-v/");
        for (String page : derived) {
            assertThat(paths(page)).as("reading paths of %s", page).contains(BakedSite.ARTICLE);
        }
        assertThat(paths(BakedSite.CONGRESS_III)).containsExactly(BakedSite.ARTICLE, BakedSite.DOCUMENT_1385);
    }

    @Test
    void everyPathRunsBothWaysOnceAndNeverToItsOwnPage() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        List<String> items = itemPages();
        assertThat(items).hasSizeGreaterThanOrEqualTo(16);
        for (String page : items) {
            List<String> paths = paths(page);
            soft.assertThat(paths).as("paths of %s", page).doesNotHaveDuplicates().doesNotContain(page);
            for (String other : paths) {
                soft.assertThat(paths(other)).as("paths of %s, listed by %s", other, page).contains(page);
            }
        }
        soft.assertAll();
    }

    @Test
    void figuresNameTheirSourceArticleAndItsDateOnceOnTheHomePage() throws IOException {
        Document home = BakedSite.page(SiteUrls.HOME);
        assertThat(home.select("#so-lieu ~ * .figure-source, #so-lieu ~ .figure-source").eachText()).containsExactly(SOURCE_LINE);
        assertThat(home.select(".figure-source a").attr("href")).isEqualTo(BakedSite.ARTICLE);
        for (String achievement : linksOf(SiteUrls.ACHIEVEMENTS, "main h2 a")) {
            Document page = BakedSite.page(achievement);
            assertThat(page.select(".figure-source").eachText()).as("source of %s", achievement).containsExactly(SOURCE_LINE);
        }
    }

    @Test
    void cardsAndListsDoNotRepeatThemselves() throws IOException {
        Element credit = BakedSite.page(SiteUrls.HOME).select(".figures a[href=" + BakedSite.CREDIT + "]").first();
        assertThat(credit.text()).isEqualTo("1.943 thành viên HTX được hỗ trợ vay vốn qua Ngân hàng Thương mại Cổ phần Quân đội "
            + "Chi nhánh tỉnh Kiên Giang");
        for (Element card : BakedSite.page(BakedSite.CREDIT).select(".figures li")) {
            assertThat(card.text()).as("a card").doesNotMatch("\\S+ (\\p{L}+( \\p{L}+)*) \\1\\b.*");
        }
        for (Element entry : BakedSite.page(SiteUrls.ACHIEVEMENTS).select(".item-list li")) {
            assertThat(entry.select(".meta").text()).as("meta line").doesNotContain(entry.select("h2").text());
        }
    }

    private static List<String> paths(String url) throws IOException {
        return BakedSite.page(url).select(".reading-paths a").eachAttr("href");
    }

    private static List<String> linksOf(String url, String selector) throws IOException {
        return BakedSite.page(url).select(selector).eachAttr("href");
    }

    /** The URL of every content item's page: a page whose main holds an article marked for search. */
    private static List<String> itemPages() throws IOException {
        try (Stream<Path> files = Files.walk(BakedSite.PUBLIC.toRealPath())) {
            Path root = BakedSite.PUBLIC.toRealPath();
            return files.filter(f -> f.getFileName().toString().equals("index.html")).sorted()
                .map(f -> "/" + root.relativize(f.getParent()).toString().replace('\\', '/') + "/")
                .map(url -> url.equals("//") ? "/" : url)
                .filter(url -> {
                    try {
                        return !BakedSite.page(url).select("main article[data-search=text]").isEmpty();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).toList();
        }
    }
}
