package vn.lmhtx.site.content;

import java.util.List;
import java.util.Optional;

/** The kinds of content an editor can write, each with the folders it may live in and the URL section it gets. */
public enum ContentType implements Keyed {
    NEWS("news", "Tin tức", "tin-tuc", List.of("tin-tuc")),
    CONGRESS("congress", "Đại hội", "dai-hoi", List.of("dai-hoi")),
    ACHIEVEMENT("achievement", "Thành tựu", "thanh-tuu", List.of("thanh-tuu")),
    HISTORY("history", "Lịch sử", "gioi-thieu", List.of("gioi-thieu", "")),
    PAGE("page", "Giới thiệu", "gioi-thieu", List.of("gioi-thieu", ""));

    private final String key;
    private final String label;
    private final String defaultFolder;
    private final List<String> folders;

    ContentType(String key, String label, String defaultFolder, List<String> folders) {
        this.key = key;
        this.label = label;
        this.defaultFolder = defaultFolder;
        this.folders = folders;
    }

    /** What readers call this kind of page ("Tin tức"), in the search page's filter and results. */
    public String label() {
        return label;
    }

    /** The word editors write in {@code type:}. */
    @Override
    public String key() {
        return key;
    }

    /** The folders under {@code content/} this type may live in; "" is the top level. */
    public List<String> folders() {
        return folders;
    }

    /** The folder {@code new} scaffolds into and the error messages point to. */
    public String defaultFolder() {
        return defaultFolder;
    }

    /** The type editors name {@code key}. */
    public static Optional<ContentType> byKey(String key) {
        return Keyed.byKey(ContentType.class, key);
    }

    /** Every type's key, for messages. */
    public static List<String> keys() {
        return Keyed.keys(ContentType.class);
    }
}
