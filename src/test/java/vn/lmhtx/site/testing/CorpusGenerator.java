package vn.lmhtx.site.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates a site of N realistic news articles in the project's own format, with the project's templates:
 * Vietnamese text drawn from the alliance's article (plus spelling variants readers meet: hoà/hòa, kĩ/kỹ, đ/d),
 * headings, lists, tables, tags and dates spread over years. The same seed gives the same site.
 */
public final class CorpusGenerator {

    private static final List<String> EXTRA_WORDS = List.of("hoà", "hòa", "thuỷ", "thủy", "kĩ", "kỹ", "dài", "đài", "dải",
        "Đại", "hội", "lần", "thứ", "III", "IV", "V", "HTX", "UBND", "QĐ", "KTTT", "THT", "quý", "quí", "lý", "lí", "mỹ",
        "Hòa", "Thuận", "nông", "nghiệp", "thủy", "sản", "Rạch", "Giá", "Phú", "Quốc", "An", "Biên", "U", "Minh", "Thượng");
    private static final List<String> TAGS = List.of("Hợp tác xã", "Kinh tế tập thể", "Đại hội", "Nông nghiệp", "Thủy sản",
        "Tín dụng", "Đào tạo", "Thi đua", "Hội chợ", "Liên kết sản xuất", "Phú Quốc", "Rạch Giá", "Tổ hợp tác", "Quỹ tín dụng");
    private static final List<String> CATEGORIES = List.of("Hoạt động Hợp tác xã", "Tin tức - Sự kiện", "Chính sách", "Gương điển hình");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private final Random random;
    private final List<String> words;

    public CorpusGenerator(long seed) throws IOException {
        this.random = new Random(seed);
        this.words = vocabulary();
    }

    /** Writes a site folder with {@code count} news articles at {@code site}; returns it. */
    public Path write(Path site, int count) throws IOException {
        Sites.withProjectTheme(site);
        Files.createDirectories(site.resolve("content/tin-tuc"));
        for (int i = 1; i <= count; i++) {
            Files.writeString(site.resolve(String.format(Locale.ROOT, "content/tin-tuc/bai-%05d.md", i)), article(),
                StandardCharsets.UTF_8);
        }
        return site;
    }

    /** The words articles are made of, for building queries. */
    public List<String> words() {
        return words;
    }

    private String article() {
        LocalDate date = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(16 * 365));
        List<String> tags = new ArrayList<>(new LinkedHashSet<>(List.of(pick(TAGS), pick(TAGS), pick(TAGS))));
        StringBuilder text = new StringBuilder("---\n")
            .append("title: \"").append(capitalized(sentence(5 + random.nextInt(6)))).append("\"\n")
            .append("type: news\n")
            .append("date: ").append(date).append("T0").append(random.nextInt(10)).append(":").append(10 + random.nextInt(50)).append(":00+07:00\n")
            .append("summary: \"").append(capitalized(sentence(12 + random.nextInt(10)))).append(".\"\n")
            .append("tags: [").append(String.join(", ", tags)).append("]\n")
            .append("category: ").append(pick(CATEGORIES)).append('\n')
            .append("author: ").append(pick(List.of("Nguyễn Quí", "Trần Văn An", "Lê Thị Hoà", "Phạm Minh Thuận"))).append('\n')
            .append("---\n\n");
        int paragraphs = 2 + random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            if (random.nextInt(4) == 0) {
                text.append("## ").append(capitalized(sentence(3 + random.nextInt(4)))).append("\n\n");
            }
            text.append(capitalized(sentence(30 + random.nextInt(60)))).append(".\n\n");
            if (random.nextInt(5) == 0) {
                for (int item = 0; item < 3; item++) {
                    text.append("- ").append(capitalized(sentence(6 + random.nextInt(8)))).append('\n');
                }
                text.append('\n');
            }
            if (random.nextInt(8) == 0) {
                text.append("| Chỉ tiêu | Số liệu |\n|---|---:|\n| ").append(capitalized(sentence(3))).append(" | ")
                    .append(1000 + random.nextInt(90000)).append(" |\n\n");
            }
        }
        return text.toString();
    }

    private String sentence(int length) {
        List<String> out = new ArrayList<>();
        int start = random.nextInt(words.size());
        for (int i = 0; i < length; i++) {
            // Runs of the article's own word order keep real phrases ("hợp tác xã") in the text.
            out.add(random.nextInt(5) == 0 ? pick(words) : words.get((start + i) % words.size()));
        }
        return String.join(" ", out);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private static List<String> vocabulary() throws IOException {
        String seed = Files.readString(Sites.resource("seed/000_713b611a9d5afb23.txt"), StandardCharsets.UTF_8);
        List<String> vocabulary = new ArrayList<>();
        Matcher word = WORD.matcher(seed.substring(seed.indexOf("1. Tóm tắt"), seed.indexOf("Nguyễn Quí")));
        while (word.find()) {
            vocabulary.add(word.group());
        }
        vocabulary.addAll(EXTRA_WORDS);
        return vocabulary;
    }
}
