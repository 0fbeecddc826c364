package vn.lmhtx.site.content;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of content an editor can write in {@code type:}, which decide the fields its front matter may have; each
 * is one {@link Section} of the site, which holds its key, folders, label and URLs.
 */
public enum ContentType implements Keyed {
    NEWS(Section.NEWS),
    CONGRESS(Section.CONGRESS),
    ACHIEVEMENT(Section.ACHIEVEMENT),
    HISTORY(Section.HISTORY),
    PAGE(Section.PAGE),
    DOCUMENT(Section.DOCUMENT);

    private final Section section;

    ContentType(Section section) {
        this.section = section;
    }

    /** The section its items belong to. */
    public Section section() {
        return section;
    }

    /** What readers call this kind of page ("Tin tức"), in the search page's filter and results. */
    public String label() {
        return section.label();
    }

    /** The word editors write in {@code type:}. */
    @Override
    public String key() {
        return section.key();
    }

    /** The folders under {@code content/} this type may live in; "" is the top level. */
    public List<String> folders() {
        return section.folders();
    }

    /** The folder {@code new} scaffolds into and the error messages point to. */
    public String defaultFolder() {
        return section.defaultFolder();
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
