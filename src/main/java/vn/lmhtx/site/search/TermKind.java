package vn.lmhtx.site.search;


/**
 * The three kinds of terms, each indexed in one field with one boost. One field per kind keeps a query term a
 * single Lucene term query, whose float score the export can store exactly; titles weigh more by appearing
 * {@link SearchIndex#TITLE_REPEATS} times in each field.
 */
public enum TermKind {
    /** Marks kept: exact spellings rank a little higher. */
    EXACT("e", 0.5f),
    /** Marks removed: "dai hoi" finds "đại hội". */
    FOLDED("f", 1f),
    /** Adjacent words: phrases beat scattered syllables. */
    PAIR("p", 1.5f);

    private final String field;
    private final float boost;

    TermKind(String field, float boost) {
        this.field = field;
        this.boost = boost;
    }

    /** The index field of this kind, also the prefix of its keys in the export ("f:dai"). */
    public String field() {
        return field;
    }

    public float boost() {
        return boost;
    }
}
