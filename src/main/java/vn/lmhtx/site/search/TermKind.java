package vn.lmhtx.site.search;


/**
 * The kinds of terms, each indexed in one field with one boost. One field per kind keeps a query term a
 * single Lucene term query, whose float score the browser client can recompute exactly; titles weigh more by
 * appearing {@link SearchIndex#TITLE_REPEATS} times in each field. Only the folded field, which decides relevance,
 * is normalised by page length: the exact and pair fields are bonuses on top of it, and without norms their scores
 * need no per-page length table in the browser.
 */
public enum TermKind {
    /** Marks kept: exact spellings rank a little higher. */
    EXACT("e", 0.5f, false),
    /** Marks removed: "dai hoi" finds "đại hội". */
    FOLDED("f", 1f, true),
    /**
     * Adjacent words of a phrase: phrases beat scattered syllables. Below the folded words' boost, so that a rare pair
     * found by accident (a reordered query's neighbours) does not outweigh the words themselves.
     */
    PAIR("p", 0.75f, false),
    /**
     * The folded words of the title alone: a page gains {@link QueryPlan#TITLE_MATCH} for each query word in its title,
     * so that a page whose title holds every word the reader typed, in any order, beats a long page that holds them in
     * its body. Scored as a constant, so its boost is never used.
     */
    TITLE("t", 1f, false);

    private final String field;
    private final float boost;
    private final boolean lengthNormalised;

    TermKind(String field, float boost, boolean lengthNormalised) {
        this.field = field;
        this.boost = boost;
        this.lengthNormalised = lengthNormalised;
    }

    /** Whether the field keeps Lucene's length norms (BM25 favours short pages) or scores every page as length 1. */
    public boolean lengthNormalised() {
        return lengthNormalised;
    }

    /** The index field of this kind, also the prefix of its keys in the export ("f:dai"). */
    public String field() {
        return field;
    }

    /** The kind whose field is {@code field} ("f"). */
    public static TermKind ofField(String field) {
        for (TermKind kind : values()) {
            if (kind.field.equals(field)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no term kind has the field " + field);
    }

    public float boost() {
        return boost;
    }
}
