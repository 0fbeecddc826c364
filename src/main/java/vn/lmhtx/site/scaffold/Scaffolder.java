package vn.lmhtx.site.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lmhtx.site.content.ContentType;
import vn.lmhtx.site.content.RomanNumerals;
import vn.lmhtx.site.content.Slugs;
import vn.lmhtx.site.load.Schema;
import vn.lmhtx.site.content.VietnameseDates;
import vn.lmhtx.site.messages.Message;

/**
 * Writes a new content file for an editor: valid front matter for its type, today's date in Vietnam, the ASCII
 * slug of the title as file name, and {@code status: draft} so nothing is published before the editor has filled
 * it in and removed that line. Never overwrites.
 */
public final class Scaffolder {

    /** The types editors can scaffold. */
    public static final List<ContentType> TYPES = List.of(ContentType.NEWS, ContentType.CONGRESS, ContentType.ACHIEVEMENT, ContentType.PAGE,
        ContentType.DOCUMENT);

    private static final Pattern ROMAN = Pattern.compile("\\b([IVX]+)\\s*$");

    private final Clock clock;

    /**
     * The longest file name {@code new} makes from a title, in characters before ".md": file systems stop at 255 bytes,
     * and a reader's address bar and a shared link should stay readable.
     */
    static final int MAX_FILE_NAME = 80;

    public Scaffolder(Clock clock) {
        this.clock = clock;
    }

    /** Creates the file in {@code site}; returns its path. */
    public Path create(Path site, ContentType type, String title) throws IOException, ScaffoldException {
        int maxTitle = Schema.field("title").orElseThrow().maxLength();
        if (title.length() > maxTitle) {
            throw new ScaffoldException(Message.NEW_TITLE_TOO_LONG.text(title.length(), maxTitle));
        }
        String slug = Slugs.shortened(Slugs.of(title), MAX_FILE_NAME);
        if (slug.isEmpty()) {
            throw new ScaffoldException(Message.NEW_TITLE_WITHOUT_LETTERS.text(title));
        }
        Path file = site.resolve("content").resolve(type.defaultFolder()).resolve(slug + ".md");
        refuseLinks(site, List.of(site.resolve("content"), file.getParent(), file));
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ScaffoldException(Message.NEW_FILE_EXISTS.text(site.relativize(file)));
        }
        Files.createDirectories(file.getParent());
        // CREATE_NEW (O_EXCL) neither overwrites nor writes through a link made in the meantime.
        Files.writeString(file, text(type, title), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return file;
    }

    /** Writing through a link would create or change a file outside the site; the build would refuse the link anyway. */
    private static void refuseLinks(Path site, List<Path> paths) throws IOException, ScaffoldException {
        for (Path path : paths) {
            if (Files.isSymbolicLink(path)) {
                throw new ScaffoldException(Message.NEW_SYMBOLIC_LINK.text(site.relativize(path).toString().replace('\\', '/'),
                    Files.readSymbolicLink(path)));
            }
        }
    }

    private String text(ContentType type, String title) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(VietnameseDates.ZONE)).truncatedTo(ChronoUnit.MINUTES);
        LocalDate today = now.toLocalDate();
        StringBuilder text = new StringBuilder("---\n")
            .append("title: ").append(quoted(title)).append('\n')
            .append("type: ").append(type.key()).append('\n')
            .append("# Bản nháp: xóa dòng dưới khi bài đã sẵn sàng đăng.\n")
            .append("status: draft\n");
        switch (type) {
            case NEWS -> text.append("date: ").append(now.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n')
                .append("summary: ").append(quoted("Tóm tắt một hai câu, hiện trong danh sách tin và RSS.")).append('\n')
                .append("author: ").append(quoted("Tên tác giả")).append('\n')
                .append("category: ").append(quoted("Hoạt động Hợp tác xã")).append('\n')
                .append("tags: []\n");
            case CONGRESS -> text.append("number: ").append(congressNumber(title)).append("  # Đại hội lần thứ mấy\n")
                .append("held: ").append(today).append("  # ngày (YYYY-MM-DD), hai ngày (YYYY-MM-DD/YYYY-MM-DD) hoặc tháng (YYYY-MM)\n")
                .append("# term: ").append(today.getYear()).append('-').append(today.getYear() + 5).append("  # nhiệm kỳ\n")
                .append("# adopted_name: tên gọi được Đại hội thông qua\n")
                .append("decision:  # SỬA theo quyết định công nhận hoặc phê duyệt\n")
                .append("  number: 0/QĐ-UBND\n")
                .append("  date: ").append(today).append('\n')
                .append("  issuer: Ủy ban nhân dân tỉnh Kiên Giang\n")
                .append("  approves: charter  # recognition | regulation | charter-recognition | charter | amended-charter\n");
            case ACHIEVEMENT -> text.append("theme: ").append(quoted("Nhóm thành tựu")).append('\n')
                .append("order: 99\n")
                .append("metrics:\n")
                .append("  - label: ").append(quoted("tên số liệu")).append('\n')
                .append("    value: 0  # viết liền, không dấu chấm: 1943\n")
                .append("    unit: ").append(quoted("đơn vị")).append('\n');
            case DOCUMENT -> text.append("number: 0/QĐ-UBND  # SỬA: số văn bản, viết như trên văn bản\n")
                .append("date: ").append(today).append("  # SỬA: ngày ban hành\n")
                .append("issuer: Ủy ban nhân dân tỉnh Kiên Giang  # cơ quan ban hành\n")
                .append("# subject: trích yếu, chép đúng như trên văn bản\n");
            case HISTORY, PAGE -> text.append("summary: ").append(quoted("Một câu giới thiệu trang.")).append('\n');
        }
        return text.append("---\n\nViết nội dung ở đây.\n").toString();
    }

    /** "Đại hội lần thứ VI" is congress 6; any other title leaves a number for the editor to set. */
    private static int congressNumber(String title) {
        Matcher roman = ROMAN.matcher(title.strip());
        if (roman.find()) {
            return RomanNumerals.valueOf(roman.group(1)).orElse(1);
        }
        return 1;
    }

    /** A YAML double-quoted string, so titles with ':' '#' or quotes stay one value. */
    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Why a file could not be scaffolded. */
    public static final class ScaffoldException extends Exception {
        private static final long serialVersionUID = 1L;

        ScaffoldException(String message) {
            super(message);
        }
    }

    /** The type with this key, among those editors can scaffold. */
    public static java.util.Optional<ContentType> type(String key) {
        return ContentType.byKey(key.toLowerCase(Locale.ROOT)).filter(TYPES::contains);
    }
}
