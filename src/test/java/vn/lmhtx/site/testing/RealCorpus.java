package vn.lmhtx.site.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.openqa.selenium.json.Json;
import vn.lmhtx.site.load.Schema;

/**
 * Turns the shared corpus of real Vietnamese news ({@code ../shared/corpus/baomoi-dev-10k.jsonl.gz}: id, title, sapo,
 * body) into news articles of a site, deterministically: the same seed gives the same files, byte for byte.
 *
 * <p>The corpus has no dates, tags, categories or paragraphs, so they are assigned: a date from 2010 to 2026, one to
 * three tags and a category from the generated corpus' lists, all drawn from a {@link Random} seeded per article
 * (its id and the seed), and paragraphs of four sentences. The text is kept as the papers wrote it, minus C0 control
 * characters (which the site refuses); characters Markdown would read as markup are escaped, so the page shows the text
 * exactly.
 */
public final class RealCorpus {

    /** The corpus file, from the project folder. */
    public static final Path FILE = Paths.get("..", "shared", "corpus", "baomoi-dev-10k.jsonl.gz");

    private static final List<String> TAGS = List.of("Hợp tác xã", "Kinh tế tập thể", "Đại hội", "Nông nghiệp", "Thủy sản",
        "Chính sách", "Thời sự", "Kinh tế", "Xã hội", "Giáo dục", "Y tế", "Văn hóa", "Thể thao", "Pháp luật");
    private static final List<String> CATEGORIES = List.of("Hoạt động Hợp tác xã", "Tin tức - Sự kiện", "Chính sách",
        "Gương điển hình");
    private static final List<String> AUTHORS = List.of("Nguyễn Quí", "Trần Văn An", "Lê Thị Hoà", "Phạm Minh Thuận");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F]");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+(?=\\p{Lu})");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NUMBERED_ITEM = Pattern.compile("(\\d{1,9})([.)])");
    private static final int SENTENCES_PER_PARAGRAPH = 4;

    /** One article of the corpus, as it comes. */
    public record Article(String id, String title, String sapo, String body) {
    }

    private RealCorpus() {
    }

    /** The first {@code count} articles of {@code file} (all of them if it has fewer). */
    public static List<Article> read(Path file, int count) throws IOException {
        List<Article> articles = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
            StandardCharsets.UTF_8))) {
            Json json = new Json();
            for (String line = lines.readLine(); line != null && articles.size() < count; line = lines.readLine()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> fields = json.toType(line, Map.class);
                articles.add(new Article(String.valueOf(fields.get("id")), (String) fields.get("title"), (String) fields.get("sapo"),
                    (String) fields.get("body")));
            }
        }
        return articles;
    }

    /** Writes a site with the project's theme and {@code articles} as news at {@code site}; returns it. */
    public static Path writeSite(Path site, List<Article> articles, long seed) throws IOException {
        Sites.withProjectTheme(site);
        Path news = Files.createDirectories(site.resolve("content/tin-tuc"));
        for (Article article : articles) {
            Files.writeString(news.resolve("bai-" + article.id() + ".md"), markdown(article, seed), StandardCharsets.UTF_8);
        }
        return site;
    }

    /** The article as a content file: front matter with assigned date, tags and category, then escaped paragraphs. */
    public static String markdown(Article article, long seed) {
        Random random = new Random(seed * 31 + article.id().hashCode());
        LocalDate date = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(17 * 365));
        List<String> tags = new ArrayList<>(new LinkedHashSet<>(List.of(pick(TAGS, random), pick(TAGS, random), pick(TAGS, random))
            .subList(0, 1 + random.nextInt(3))));
        StringBuilder text = new StringBuilder("---\n")
            .append("title: ").append(yamlString(title(article))).append('\n')
            .append("type: news\n")
            .append("date: ").append(date).append(String.format(Locale.ROOT, "T%02d:%02d:00+07:00", 6 + random.nextInt(14),
                random.nextInt(60))).append('\n')
            .append("summary: ").append(yamlString(fit(article.sapo(), "summary"))).append('\n')
            .append("tags: [").append(String.join(", ", tags.stream().map(RealCorpus::yamlString).toList())).append("]\n")
            .append("category: ").append(yamlString(pick(CATEGORIES, random))).append('\n')
            .append("author: ").append(yamlString(pick(AUTHORS, random))).append('\n')
            .append("---\n\n");
        for (String paragraph : paragraphs(clean(article.body()))) {
            text.append(escapeMarkdown(paragraph)).append("\n\n");
        }
        return text.toString();
    }

    /**
     * The article's title as the site can take it: a title over the schema's limit is cut after its last whole word
     * that fits, with "…" (else the whole site would be refused, for one article).
     */
    public static String title(Article article) {
        return fit(article.title(), "title");
    }

    /** The body's text as a reader should see it: control characters gone, runs of white space as one space. */
    public static String clean(String text) {
        return SPACES.matcher(CONTROL.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    }

    /**
     * The text within the schema's limit for {@code field} (a few real titles run to 255 characters; the site refuses
     * more than 200): cut at the last space that leaves room for "…".
     */
    static String fit(String text, String field) {
        String clean = clean(text);
        int max = Schema.field(field).orElseThrow().maxLength();
        if (clean.codePointCount(0, clean.length()) <= max) {
            return clean;
        }
        String cut = clean.substring(0, clean.offsetByCodePoints(0, max - 1));
        int space = cut.lastIndexOf(' ');
        return (space > 0 ? cut.substring(0, space) : cut).strip() + "…";
    }

    private static List<String> paragraphs(String body) {
        String[] sentences = SENTENCE_END.split(body);
        List<String> paragraphs = new ArrayList<>();
        for (int start = 0; start < sentences.length; start += SENTENCES_PER_PARAGRAPH) {
            paragraphs.add(String.join(" ", List.of(sentences).subList(start, Math.min(sentences.length, start + SENTENCES_PER_PARAGRAPH))));
        }
        return paragraphs.stream().filter(p -> !p.isEmpty()).toList();
    }

    /**
     * Text that Markdown renders as itself: the characters that can make markup anywhere in a line (emphasis, code,
     * links, HTML, tables, entities) are backslash-escaped, and so is what would open a block at a paragraph's start
     * (a heading, a list, a setext underline); CommonMark lets any ASCII punctuation be escaped this way.
     */
    static String escapeMarkdown(String paragraph) {
        StringBuilder escaped = new StringBuilder(paragraph.length() + 16);
        Matcher numbered = NUMBERED_ITEM.matcher(paragraph);
        int start = 0;
        if (numbered.lookingAt()) {
            escaped.append(numbered.group(1)).append('\\').append(numbered.group(2));
            start = numbered.end();
        } else if (!paragraph.isEmpty() && "#+-=>".indexOf(paragraph.charAt(0)) >= 0) {
            escaped.append('\\');
        }
        for (int i = start; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if ("\\`*_[]<>|~&".indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static String yamlString(String text) {
        return "\"" + clean(text).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static <T> T pick(List<T> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }
}
