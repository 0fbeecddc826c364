package vn.lmhtx.site.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A reader's query as search terms: every word as an exact and a folded term, pairs of words ({@link #pairsOf}); words in
 * "quotes" must all be there, as pairs. The browser client builds the same plan from the same rules, and both
 * score a document as the sum of its terms' exported (Lucene) scores.
 *
 * @param keys the terms, as export keys ("f:dai"), each with whether it is required
 * @param type only pages of this type, if given
 * @param year only pages of this year, if given
 * @param completions the folded words the last word, still being typed, may become ({@link Completions}); empty
 *     unless the plan is {@link #typed}
 */
public record QueryPlan(List<Key> keys, Optional<String> type, Optional<String> year, List<String> completions) {

    /** Queries longer than this are cut: nobody types more, and it bounds the work. */
    public static final int MAX_QUERY_LENGTH = 200;
    /**
     * What a page gains for each folded query word it holds, on top of the word's BM25 score: a page holding every word
     * ranks above one holding a few, however rare a pair or a word of the few (BM25 alone lets one rare term outweigh
     * several common ones). A constant, so the client adds the same float Lucene's constant-score clause gives.
     */
    public static final float WORD_MATCH = 2f;
    /**
     * What a page gains for each folded query word its title holds ({@link TermKind#TITLE}): a title holding every word
     * the reader typed, in whatever order, outweighs a pair the reader never meant found in another page (a pair scores
     * at most its weight, 0.75 × idf, about 6 for a pair in one page of a few thousand). Readers recall headlines: at 2
     * such pairs still won for reordered queries; 6 raised their MRR@10 from 0.951 to 0.975 on the benchmark's
     * 2,000-article sample and from 0.909 to 0.937 on a held-out one (5,000 articles, other seed), other kinds unchanged.
     * A constant, as {@link #WORD_MATCH}.
     */
    public static final float TITLE_MATCH = 6f;
    /**
     * How much more an exact term counts when the reader typed marks on it ("thăm" is not "tham"): a query with tones
     * is taken at its word. A power of two, so that the client's exported weight (boost × idf, a float) scales to
     * Lucene's exactly.
     */
    public static final float TONED = 2f;
    /**
     * Readers recall a headline's words, not always their order: a query of at most this many distinct words pairs every
     * two of them in either order ({@link #pairsOf}), so a reordered query is the same query (same results, and the
     * browser client answers it from what it has read). On 10,000 real articles (with unmarked queries folded only)
     * MRR@10 stayed (accented 0.944 → 0.945, unaccented 0.952 → 0.947) and a reordered query needs no request; beyond
     * six words the ordered pairs (n × (n − 1) lookups) would cost a first query more than they give.
     */
    public static final int ORDER_FREE_WORDS = 6;
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    /** A query whose last character is part of a word: its last word may still be being typed. */
    private static final Pattern ENDS_IN_WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]$");

    /** One term of a query. */
    public record Key(TermKind kind, String term, boolean required) {

        /** The export key, "f:dai". */
        public String id() {
            return kind.field() + ":" + term;
        }
    }

    public QueryPlan {
        keys = List.copyOf(keys);
        completions = List.copyOf(completions);
    }

    /** A plan without type-ahead. */
    public QueryPlan(List<Key> keys, Optional<String> type, Optional<String> year) {
        this(keys, type, year, List.of());
    }

    /** The plan of what a reader typed. */
    public static QueryPlan of(String query, Optional<String> type, Optional<String> year) {
        String text = query.length() > MAX_QUERY_LENGTH ? query.substring(0, MAX_QUERY_LENGTH) : query;
        Map<String, Key> keys = new LinkedHashMap<>();
        List<String> words = VietnameseAnalysis.exactTerms(text);
        // A query typed without a single mark says nothing of tones (a phone without a Vietnamese keyboard types
        // "hop tac xa" for "hợp tác xã"): its exact terms would only favour pages that happen to hold the unmarked
        // spellings, so it is matched on folded words alone.
        if (words.stream().anyMatch(word -> !VietnameseAnalysis.fold(word).equals(word))) {
            for (String term : words) {
                add(keys, new Key(TermKind.EXACT, term, false));
            }
        }
        for (String term : VietnameseAnalysis.foldedTerms(words)) {
            add(keys, new Key(TermKind.FOLDED, term, false));
        }
        for (String pair : pairsOf(text, words)) {
            add(keys, new Key(TermKind.PAIR, pair, false));
        }
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            List<String> phrase = VietnameseAnalysis.exactTerms(quoted.group(1));
            if (phrase.size() == 1) {
                add(keys, new Key(TermKind.FOLDED, VietnameseAnalysis.fold(phrase.get(0)), true));
            }
            for (String pair : VietnameseAnalysis.phrasePairs(quoted.group(1))) {
                add(keys, new Key(TermKind.PAIR, pair, true));
            }
        }
        return new QueryPlan(new ArrayList<>(keys.values()), type, year);
    }

    /**
     * The optional pairs of a query: for a short one ({@link #ORDER_FREE_WORDS} distinct words at most), every two of its
     * words in either order, so that the plan does not depend on the order the words were typed in; for a longer one,
     * the adjacent words of each phrase, as the index pairs them.
     */
    static List<String> pairsOf(String text, List<String> exactTerms) {
        List<String> distinct = exactTerms.stream().map(VietnameseAnalysis::fold).distinct().toList();
        if (distinct.size() > ORDER_FREE_WORDS) {
            return VietnameseAnalysis.phrasePairs(text);
        }
        List<String> pairs = new ArrayList<>();
        for (String first : distinct) {
            for (String second : distinct) {
                if (!first.equals(second)) {
                    pairs.add(first + " " + second);
                }
            }
        }
        return pairs;
    }

    /**
     * The plan of a query being typed: as {@link #of}, and when the query ends in a word, that word may also be the
     * start of a longer one, so {@code completions} (of its folded form: "kh" → "khen", "khong", …) are added as
     * optional words weighing {@link Completions#BOOST} of a typed one, with {@link Completions#MATCH} for a page holding
     * any of them. Results stay put as letters are added, and a prefix of a word of the site always finds something.
     */
    public static QueryPlan typed(String query, Optional<String> type, Optional<String> year,
                                  Function<String, List<String>> completions) {
        QueryPlan plan = of(query, type, year);
        String text = query.length() > MAX_QUERY_LENGTH ? query.substring(0, MAX_QUERY_LENGTH) : query;
        List<String> words = VietnameseAnalysis.exactTerms(text);
        if (words.isEmpty() || !ENDS_IN_WORD.matcher(text).find()) {
            return plan;
        }
        return new QueryPlan(plan.keys, type, year, completions.apply(VietnameseAnalysis.fold(words.get(words.size() - 1))));
    }

    /**
     * The plan as the index can answer it: a required pair that the index does not hold ({@link IndexedPairs} leaves out
     * a pair found in one page's body only) is replaced by its two words, each required. {@code indexed} says whether
     * the index has a key ("p:hop tac").
     */
    public QueryPlan resolved(Predicate<String> indexed) {
        Map<String, Key> resolved = new LinkedHashMap<>();
        for (Key key : keys) {
            if (key.kind() == TermKind.PAIR && key.required() && !indexed.test(key.id())) {
                for (String word : key.term().split(" ")) {
                    add(resolved, new Key(TermKind.FOLDED, word, true));
                }
            } else {
                add(resolved, key);
            }
        }
        return new QueryPlan(new ArrayList<>(resolved.values()), type, year, completions);
    }

    /** A required key replaces an optional one with the same id; first position is kept. */
    private static void add(Map<String, Key> keys, Key key) {
        Key earlier = keys.get(key.id());
        if (earlier == null || (key.required() && !earlier.required())) {
            keys.put(key.id(), key);
        }
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The Lucene query this plan stands for: what the index is searched with, and what the export reproduces. */
    public Query toLucene() {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        // Without a required term, at least one term must match; filters only narrow (they match everything).
        if (keys.stream().noneMatch(Key::required)) {
            query.setMinimumNumberShouldMatch(1);
        }
        for (Key key : keys) {
            query.add(clause(key), key.required() ? Occur.MUST : Occur.SHOULD);
            if (key.kind() == TermKind.FOLDED) {
                query.add(wordMatch(key.term()), Occur.SHOULD);
                query.add(titleMatch(key.term()), Occur.SHOULD);
            }
        }
        addCompletions(query);
        type.ifPresent(t -> query.add(new TermQuery(new Term(SearchIndex.TYPE, t)), Occur.FILTER));
        year.ifPresent(y -> query.add(new TermQuery(new Term(SearchIndex.YEAR, y)), Occur.FILTER));
        return query.build();
    }

    /**
     * The clauses of {@link #completions}: each word's BM25 clause at {@link Completions#BOOST} (once: not when the plan
     * has the word already), and {@link Completions#MATCH} for a page holding any of them.
     */
    private void addCompletions(BooleanQuery.Builder query) {
        if (completions.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String word : completions) {
            TermQuery term = new TermQuery(new Term(TermKind.FOLDED.field(), word));
            if (keys.stream().noneMatch(key -> key.kind() == TermKind.FOLDED && key.term().equals(word))) {
                query.add(new BoostQuery(term, TermKind.FOLDED.boost() * Completions.BOOST), Occur.SHOULD);
            }
            any.add(term, Occur.SHOULD);
        }
        query.add(new BoostQuery(new ConstantScoreQuery(any.build()), Completions.MATCH), Occur.SHOULD);
    }

    /** The {@link #WORD_MATCH} of a folded word: a constant score for every page that holds it. */
    static Query wordMatch(String folded) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(TermKind.FOLDED.field(), folded))), WORD_MATCH);
    }

    /** The {@link #TITLE_MATCH} of a folded word: a constant score for every page whose title holds it. */
    static Query titleMatch(String folded) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(TermKind.TITLE.field(), folded))), TITLE_MATCH);
    }

    /** A key's clause: its kind's, {@link #TONED} times the boost for an exact term with marks. */
    static Query clause(Key key) {
        return new BoostQuery(new TermQuery(new Term(key.kind().field(), key.term())), key.kind().boost() * (toned(key) ? TONED : 1f));
    }

    /** An exact term the reader typed with marks (it differs from its folded form). */
    static boolean toned(Key key) {
        return key.kind() == TermKind.EXACT && !VietnameseAnalysis.fold(key.term()).equals(key.term());
    }
}
