package vn.lmhtx.site.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import vn.lmhtx.site.content.ContentErrorsException;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.files.Folders;
import vn.lmhtx.site.testing.Sites;

/**
 * Random sequences of editors' saves on a generated site (bodies, titles, dates, tags, categories, draft and published,
 * new, deleted and renamed files, a broken save and its fix): after every save, the incremental preview's tree is a
 * fresh full preview build of the same source byte for byte (Lucene's own files aside), and the problems are the same.
 *
 * <p>{@code -Dincremental.steps=N} sets the saves per sequence (default 20; 10 sequences run).
 */
class IncrementalPreviewPropertyTest {

    private static final int STEPS = Integer.getInteger("incremental.steps", 20);

    /** What a save does. */
    enum Edit { BODY, TITLE, DATE, TAGS, CATEGORY, DRAFT, NEW, DELETE, RENAME, BROKEN, FRONT_MATTER_LINE }

    /** One save: what it does, to which article ({@code target} modulo their number), with which random choices. */
    record Save(Edit edit, int target, long seed) {
    }

    @Provide
    Arbitrary<List<Save>> saves() {
        // Bodies and titles are the commonest edits, as in an editor's day; every other kind comes too.
        List<Tuple.Tuple2<Integer, Edit>> weighted = new ArrayList<>();
        for (Edit edit : Edit.values()) {
            weighted.add(Tuple.of(edit == Edit.BODY ? 4 : edit == Edit.TITLE ? 2 : 1, edit));
        }
        Arbitrary<Edit> edits = Arbitraries.frequency(weighted).withoutEdgeCases();
        return Combinators.combine(edits, Arbitraries.integers().between(0, 1000), Arbitraries.longs())
            .as(Save::new).list().ofSize(STEPS).withoutEdgeCases();
    }

    @Property(tries = 10, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void everySaveGivesTheFullBuildsTreeAndProblems(@ForAll("saves") List<Save> saves) throws Exception {
        Path temp = Files.createTempDirectory("incremental-property");
        try {
            Corpus corpus = new Corpus(Sites.withProjectTheme(temp.resolve("site")), new Random(saves.size()));
            corpus.writeAll();
            IncrementalPreview preview = new IncrementalPreview(new SiteBuilder(Sites.NOW, new BuildOptions(2)), corpus.site,
                temp.resolve("preview"), true);
            for (int step = 0; step < saves.size(); step++) {
                Save save = saves.get(step);
                corpus.apply(save);
                // As serve does: the pages first, the rest once settled, then the search index; compared once the search
                // has caught up.
                Outcome incremental = Outcome.of(() -> {
                    IncrementalPreview.Rebuilt rebuilt;
                    try {
                        rebuilt = preview.rebuildPages();
                    } catch (ContentErrorsException e) {
                        // A broken save: its load's errors at once, every problem once its pages are tried out.
                        Statistics.label("broken save shown before settled").collect(!preview.isSettled());
                        if (preview.isSettled()) {
                            throw e;
                        }
                        try {
                            rebuilt = preview.settle().orElseThrow();
                        } catch (ContentErrorsException all) {
                            // What the editor saw first stays on the page once settled.
                            assertThat(all.problems()).containsAll(e.problems());
                            throw all;
                        }
                    }
                    Statistics.label("shown before settled").collect(!rebuilt.settled());
                    if (!rebuilt.settled()) {
                        rebuilt = preview.settle().orElseThrow();
                    }
                    if (rebuilt.search().isPresent()) {
                        assertThat(rebuilt.search().get().run()).isTrue();
                    }
                    return rebuilt;
                });
                Path fresh = temp.resolve("fresh");
                Folders.delete(fresh);
                Outcome full = Outcome.of(() -> new IncrementalPreview(new SiteBuilder(Sites.NOW, new BuildOptions(2)),
                    corpus.site, fresh, true).rebuild());
                String where = "step " + step + " " + save;
                assertThat(incremental.problems()).as(where).isEqualTo(full.problems());
                assertThat(incremental.failed()).as(where).isEqualTo(full.failed());
                if (!full.failed()) {
                    assertThat(Sites.fingerprint(temp.resolve("preview"))).as(where).isEqualTo(Sites.fingerprint(fresh));
                }
                Statistics.label("rebuild").collect(incremental.kind());
                Statistics.label("edit").collect(save.edit());
            }
        } finally {
            Folders.delete(temp);
        }
    }

    /** How a rebuild ended: its problems (warnings, or every problem of a failed build) and how it was done. */
    record Outcome(List<Problem> problems, boolean failed, String kind) {

        static Outcome of(Build build) throws Exception {
            try {
                IncrementalPreview.Rebuilt rebuilt = build.run();
                return new Outcome(rebuilt.result().warnings(), false, rebuilt.incremental() ? "incremental" : "full");
            } catch (ContentErrorsException e) {
                return new Outcome(e.problems().stream().sorted(Problem.ORDER).toList(), true, "failed");
            }
        }
    }

    @FunctionalInterface
    interface Build {
        IncrementalPreview.Rebuilt run() throws Exception;
    }

    /** The generated site: news articles by file name, written as an editor would. */
    static final class Corpus {

        private static final List<String> WORDS = List.of("hợp", "tác", "xã", "nông", "dân", "thủy", "sản", "lúa", "gạo",
            "Kiên", "Giang", "đại", "hội", "thành", "viên", "kinh", "tế", "tập", "thể", "vốn", "vay", "hội", "nghị");
        private static final List<String> TAGS = List.of("Hợp tác xã", "Nông nghiệp", "Thủy sản", "Đại hội", "Vốn");
        private static final List<String> CATEGORIES = List.of("Hoạt động", "Chính sách", "Gương điển hình");

        final Path site;
        private final Random random;
        private final Map<String, Article> articles = new TreeMap<>();
        private int created;
        /** The text a broken save replaced, restored by the next save. */
        private String brokenFile;
        private String brokenText;

        Corpus(Path site, Random random) {
            this.site = site;
            this.random = random;
            for (int i = 0; i < 14; i++) {
                Article article = Article.random(random, "bai-" + i);
                articles.put(article.file(), article);
            }
        }

        void writeAll() throws IOException {
            for (Article article : articles.values()) {
                write(article);
            }
        }

        void apply(Save save) throws IOException {
            if (brokenFile != null) {
                // The fix of a broken save comes with the next save.
                Sites.write(site, brokenFile, brokenText);
                brokenFile = null;
            }
            Random choice = new Random(save.seed());
            List<String> files = new ArrayList<>(articles.keySet());
            if (files.isEmpty() || save.edit() == Edit.NEW) {
                Article article = Article.random(choice, "moi-" + created++);
                articles.put(article.file(), article);
                write(article);
                return;
            }
            String file = files.get(save.target() % files.size());
            Article article = articles.get(file);
            Article edited = switch (save.edit()) {
                case BODY -> article.withBody(Article.body(choice, files));
                case TITLE -> article.withTitle(Article.sentence(choice, 4));
                case DATE -> article.withDate(Article.date(choice));
                case TAGS -> article.withTags(Article.tags(choice));
                case CATEGORY -> article.withCategory(choice.nextInt(4) == 0 ? "" : CATEGORIES.get(choice.nextInt(CATEGORIES.size())));
                case DRAFT -> article.withDraft(!article.draft());
                case FRONT_MATTER_LINE -> article.withComment(!article.comment());
                case NEW, DELETE, RENAME, BROKEN -> article;
            };
            switch (save.edit()) {
                case DELETE -> {
                    articles.remove(file);
                    Files.delete(site.resolve(file));
                }
                case RENAME -> {
                    articles.remove(file);
                    Files.delete(site.resolve(file));
                    Article renamed = article.withSlug(article.slug() + "-" + created++);
                    articles.put(renamed.file(), renamed);
                    write(renamed);
                }
                case BROKEN -> {
                    brokenFile = file;
                    brokenText = article.text();
                    // An unclosed front matter quote and a date that is no date: errors on their lines.
                    Sites.write(site, file, article.text().replace("title: ", "title: \"").replace("date: 20", "date: 20x"));
                }
                default -> {
                    articles.put(file, edited);
                    write(edited);
                }
            }
        }

        private void write(Article article) throws IOException {
            Sites.write(site, article.file(), article.text());
        }

        /** One news article as its front matter and body. */
        record Article(String slug, String title, String date, List<String> tags, String category, boolean draft,
                       boolean comment, String body) {

            static Article random(Random random, String slug) {
                return new Article(slug, sentence(random, 5), date(random), tags(random),
                    CATEGORIES.get(random.nextInt(CATEGORIES.size())), false, false, body(random, List.of()));
            }

            String file() {
                return "content/tin-tuc/" + slug + ".md";
            }

            String text() {
                StringBuilder text = new StringBuilder("---\n");
                if (comment) {
                    text.append("# ghi chú của biên tập viên\n");
                }
                text.append("title: ").append(title).append('\n').append("type: news\n").append("date: ").append(date).append('\n')
                    .append("summary: ").append(title).append(".\n").append("tags: [").append(String.join(", ", tags)).append("]\n");
                if (!category.isEmpty()) {
                    text.append("category: ").append(category).append('\n');
                }
                if (draft) {
                    text.append("status: draft\n");
                }
                return text.append("---\n\n").append(body).toString();
            }

            static String sentence(Random random, int words) {
                StringBuilder sentence = new StringBuilder();
                for (int i = 0; i < words; i++) {
                    String word = WORDS.get(random.nextInt(WORDS.size()));
                    sentence.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
                }
                return sentence.toString();
            }

            static String date(Random random) {
                // Now is 2025-06-01 in tests: one date in ten is scheduled news.
                int year = random.nextInt(10) == 0 ? 2031 : 2019 + random.nextInt(6);
                return String.format(java.util.Locale.ROOT, "%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            }

            static List<String> tags(Random random) {
                List<String> tags = new ArrayList<>();
                for (String tag : TAGS) {
                    if (random.nextInt(3) == 0) {
                        tags.add(tag);
                    }
                }
                return tags;
            }

            /** Paragraphs, a heading, and sometimes a link to another article (which may be a draft, or gone later). */
            static String body(Random random, List<String> files) {
                StringBuilder body = new StringBuilder();
                int paragraphs = 1 + random.nextInt(4);
                for (int i = 0; i < paragraphs; i++) {
                    if (i == 1) {
                        body.append("## ").append(sentence(random, 3)).append("\n\n");
                    }
                    body.append(sentence(random, 10 + random.nextInt(30))).append(".\n\n");
                }
                if (!files.isEmpty() && random.nextInt(3) == 0) {
                    String target = files.get(random.nextInt(files.size()));
                    String slug = target.substring("content/tin-tuc/".length(), target.length() - ".md".length());
                    body.append("Xem thêm [bài liên quan](/tin-tuc/").append(slug).append("/).\n");
                }
                return body.toString();
            }

            Article withBody(String value) {
                return new Article(slug, title, date, tags, category, draft, comment, value);
            }

            Article withTitle(String value) {
                return new Article(slug, value, date, tags, category, draft, comment, body);
            }

            Article withDate(String value) {
                return new Article(slug, title, value, tags, category, draft, comment, body);
            }

            Article withTags(List<String> value) {
                return new Article(slug, title, date, value, category, draft, comment, body);
            }

            Article withCategory(String value) {
                return new Article(slug, title, date, tags, value, draft, comment, body);
            }

            Article withDraft(boolean value) {
                return new Article(slug, title, date, tags, category, value, comment, body);
            }

            Article withComment(boolean value) {
                return new Article(slug, title, date, tags, category, draft, value, body);
            }

            Article withSlug(String value) {
                return new Article(value, title, date, tags, category, draft, comment, body);
            }
        }
    }
}
