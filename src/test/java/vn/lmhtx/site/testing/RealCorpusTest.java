package vn.lmhtx.site.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.load.ContentLoader;
import vn.lmhtx.site.load.LoadResult;
import vn.lmhtx.site.markdown.MarkdownRenderer;

/** The benchmarks' converter of the shared real corpus: valid articles that show the papers' text exactly, deterministically. */
class RealCorpusTest {

    private static final int ARTICLES = 400;

    @TempDir
    static Path temp;

    private static List<RealCorpus.Article> articles;

    @BeforeAll
    static void readCorpus() throws Exception {
        ToolCheck.require(RealCorpus.FILE.toFile().isFile(), "REAL CORPUS TESTS", RealCorpus.FILE.toString());
        articles = RealCorpus.read(RealCorpus.FILE, ARTICLES);
    }

    @Test
    void everyConvertedArticleLoadsWithoutErrorAndShowsThePapersTextExactly() throws Exception {
        Path site = RealCorpus.writeSite(temp.resolve("site"), articles, 7);

        LoadResult loaded = new ContentLoader(new MarkdownRenderer()).load(site);

        assertThat(loaded.problems()).filteredOn(Problem::isError).isEmpty();
        assertThat(loaded.items()).hasSize(ARTICLES);
        Map<String, ContentItem> bySource = loaded.items().stream().collect(Collectors.toMap(ContentItem::source, Function.identity()));
        for (RealCorpus.Article article : articles) {
            ContentItem item = bySource.get("content/tin-tuc/bai-" + article.id() + ".md");
            assertThat(item.title()).isEqualTo(nfc(RealCorpus.title(article)));
            assertThat(Jsoup.parseBodyFragment(item.bodyHtml()).text()).as("text of article %s", article.id())
                .isEqualTo(nfc(RealCorpus.clean(article.body())));
        }
    }

    @Test
    void aTitleOverTheSchemasLimitIsCutAfterAWholeWord() throws Exception {
        String longTitle = ("Chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ nổi bật tuần qua ").repeat(4).strip();
        RealCorpus.Article article = new RealCorpus.Article("1", longTitle, "Tóm tắt.", "Nội dung bài.");
        Path site = RealCorpus.writeSite(temp.resolve("long-title"), List.of(article), 7);

        LoadResult loaded = new ContentLoader(new MarkdownRenderer()).load(site);

        assertThat(loaded.problems()).filteredOn(Problem::isError).isEmpty();
        String title = loaded.items().get(0).title();
        assertThat(title).hasSizeLessThanOrEqualTo(vn.lmhtx.site.load.Schema.field("title").orElseThrow().maxLength()).endsWith("…");
        assertThat(longTitle).startsWith(title.substring(0, title.length() - 1) + " ");
        assertThat(RealCorpus.title(articles.get(0))).isEqualTo(RealCorpus.clean(articles.get(0).title()));
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOtherDates() {
        RealCorpus.Article article = articles.get(0);

        assertThat(RealCorpus.markdown(article, 7)).isEqualTo(RealCorpus.markdown(article, 7));
        assertThat(articles.stream().map(a -> RealCorpus.markdown(a, 7)).toList())
            .isNotEqualTo(articles.stream().map(a -> RealCorpus.markdown(a, 8)).toList());
    }

    @Test
    void markupInTheTextIsEscaped() {
        assertThat(RealCorpus.escapeMarkdown("1. Đầu <b>*đậm*</b> [x](y) a|b & c_d"))
            .isEqualTo("1\\. Đầu \\<b\\>\\*đậm\\*\\</b\\> \\[x\\](y) a\\|b \\& c\\_d");
        assertThat(RealCorpus.escapeMarkdown("# Không phải tiêu đề")).isEqualTo("\\# Không phải tiêu đề");
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
