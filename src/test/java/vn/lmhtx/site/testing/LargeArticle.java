package vn.lmhtx.site.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Writes one news article of a given size in realistic Markdown: sections with headings, paragraphs of real
 * Vietnamese text, bulleted and numbered lists, emphasis, internal, fragment and external links, an image and tables.
 * The text comes from the alliance's article (always at hand) or from a news corpus (JSON lines, gzip, with title, sapo
 * and body: {@code ../shared/corpus/baomoi-dev-10k.jsonl.gz}). The same seed gives the same article.
 */
public final class LargeArticle {

    // Possessive: a plain (a|b)* recurses once per character and overflows the stack on a long body.
    private static final Pattern BODY = Pattern.compile("\"(title|sapo|body)\": \"((?:[^\"\\\\]++|\\\\.)*+)\"");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    private final List<String> titles;
    private final List<String> sentences;
    private final Random random;

    private LargeArticle(List<String> titles, List<String> sentences, long seed) {
        this.titles = titles;
        this.sentences = sentences;
        this.random = new Random(seed);
    }

    /** Text from the alliance's article, in the test resources. */
    public static LargeArticle fromSeedArticle(long seed) throws IOException {
        String text = Files.readString(Sites.resource("seed/000_713b611a9d5afb23.txt"), StandardCharsets.UTF_8);
        List<String> titles = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            if (stripped.length() > 80) {
                sentences.addAll(List.of(SENTENCE_END.split(stripped)));
            } else if (stripped.length() > 10) {
                titles.add(stripped);
            }
        }
        return new LargeArticle(titles, sentences, seed);
    }

    /** Text from the first {@code articles} articles of a gzip JSON-lines news corpus. */
    public static LargeArticle fromCorpus(Path corpus, int articles, long seed) throws IOException {
        List<String> titles = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            String line;
            for (int n = 0; n < articles && (line = lines.readLine()) != null; n++) {
                Matcher field = BODY.matcher(line);
                while (field.find()) {
                    String value = unescape(field.group(2)).strip();
                    if (field.group(1).equals("title")) {
                        titles.add(value);
                    } else {
                        sentences.addAll(List.of(SENTENCE_END.split(value)));
                    }
                }
            }
        }
        sentences.removeIf(String::isBlank);
        return new LargeArticle(titles, sentences, seed);
    }

    /** The article's file text, front matter included: at least {@code bytes} bytes of UTF-8. */
    public String text(long bytes) {
        StringBuilder md = new StringBuilder("---\ntitle: Báo cáo tổng hợp hoạt động kinh tế tập thể\ntype: news\n"
            + "date: 2020-01-15T08:00:00+07:00\nsummary: Bài rất dài dùng để đo tốc độ kiểm tra.\n"
            + "tags: [Hợp tác xã, Kinh tế tập thể]\n---\n\n");
        long size = utf8Length(md);
        for (int section = 1; size < bytes; section++) {
            int start = md.length();
            section(md, section);
            size += utf8Length(md.subSequence(start, md.length()));
        }
        return md.toString();
    }

    /** Writes the article into a copy of the project's site setup (templates, assets, settings) at {@code site}. */
    public Path writeSite(Path project, Path site, long bytes) throws IOException {
        Sites.copyOf(project.resolve("templates"), site.resolve("templates"));
        Sites.copyOf(project.resolve("assets"), site.resolve("assets"));
        Files.copy(project.resolve("jbake.properties"), site.resolve("jbake.properties"));
        Sites.write(site, "content/tin-tuc/bai-rat-dai.md", text(bytes));
        return site;
    }

    private void section(StringBuilder md, int section) {
        md.append("## ").append(section).append(". ").append(pick(titles)).append("\n\n");
        for (int p = 0, n = 2 + random.nextInt(4); p < n; p++) {
            paragraph(md, 3 + random.nextInt(5));
        }
        switch (section % 4) {
            case 0 -> list(md, "- ");
            case 1 -> list(md, null);
            case 2 -> table(md, section);
            default -> md.append("> ").append(pick(sentences)).append("\n\n");
        }
        md.append("### Chi tiết ").append(section).append("\n\n");
        paragraph(md, 2 + random.nextInt(4));
        if (section % 5 == 0) {
            md.append("![Biểu trưng của Liên minh](/assets/images/icon.svg \"Biểu trưng\")\n\n");
        }
    }

    private void paragraph(StringBuilder md, int count) {
        for (int s = 0; s < count; s++) {
            String sentence = pick(sentences);
            switch (random.nextInt(12)) {
                case 0 -> md.append("**").append(sentence).append("**");
                case 1 -> md.append('*').append(sentence).append('*');
                case 2 -> md.append('[').append(sentence.substring(0, Math.min(30, sentence.length())).strip()).append("](/tin-tuc/) ")
                    .append(sentence);
                case 3 -> md.append(sentence).append(" ([nguồn](https://www.baomoi.com/tin-").append(random.nextInt(1_000_000))
                    .append(".epi))");
                case 4 -> md.append(sentence).append(" (xem [chi tiết](#chi-tiet-1))");
                default -> md.append(sentence);
            }
            md.append(s + 1 < count ? " " : "\n\n");
        }
    }

    private void list(StringBuilder md, String bullet) {
        for (int i = 1, n = 3 + random.nextInt(4); i <= n; i++) {
            md.append(bullet == null ? i + ". " : bullet).append(pick(sentences)).append('\n');
        }
        md.append('\n');
    }

    private void table(StringBuilder md, int section) {
        md.append("| Chỉ tiêu | Năm trước | Năm nay |\n|---|---:|---:|\n");
        for (int row = 0, n = 3 + random.nextInt(5); row < n; row++) {
            String label = pick(titles);
            md.append("| ").append(label, 0, Math.min(40, label.length())).append(" | ")
                .append(String.format(Locale.ROOT, "%d | %d |\n", section * 100 + random.nextInt(900), random.nextInt(99_999)));
        }
        md.append('\n');
    }

    private String pick(List<String> options) {
        // Table cells and raw HTML are the generator's to write, not the corpus's.
        return options.get(random.nextInt(options.size())).replace("|", "/").replace("<", "&lt;");
    }

    private static long utf8Length(CharSequence text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            length += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return length;
    }

    private static String unescape(String json) {
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\' || i + 1 >= json.length()) {
                out.append(c);
                continue;
            }
            char next = json.charAt(++i);
            switch (next) {
                case 'n', 'r', 't' -> out.append(' ');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
