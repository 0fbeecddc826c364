package vn.lmhtx.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.build.SiteBuilder;
import vn.lmhtx.site.testing.CorpusGenerator;
import vn.lmhtx.site.testing.Sites;

/**
 * The browser client ranks exactly as Lucene: on a generated corpus and on the real site, every query gives the
 * same top-10 pages in the same order (and the same float scores) from assets/js/search.js under Node as from
 * Lucene's IndexSearcher; and the client's analysis (terms, pairs, query plan) equals the index's on every distinct
 * word of the corpus and on punctuated phrases.
 */
class SearchParityTest {

    private static final int CORPUS_SIZE = 400;

    @TempDir
    static Path temp;

    private static Path corpus;
    private static Path realSite;
    private static List<String> words;
    private static Searcher corpusSearcher;
    private static Searcher realSearcher;

    @BeforeAll
    static void bake() throws Exception {
        CorpusGenerator generator = new CorpusGenerator(20180221L);
        words = generator.words();
        corpus = temp.resolve("corpus-public");
        new SiteBuilder(Sites.NOW).build(generator.write(temp.resolve("corpus"), CORPUS_SIZE), corpus);
        realSite = temp.resolve("real-public");
        new SiteBuilder(Sites.NOW).build(Paths.get("").toAbsolutePath(), realSite);
        corpusSearcher = new Searcher(corpus);
        realSearcher = new Searcher(realSite);
    }

    @AfterAll
    static void close() throws IOException {
        corpusSearcher.close();
        realSearcher.close();
    }

    @Test
    void theClientRanksTheGeneratedCorpusExactlyAsLucene() throws Exception {
        List<Query> queries = queries(words, new Random(7));
        assertThat(queries).hasSizeGreaterThanOrEqualTo(300);

        assertParity(corpus, corpusSearcher, queries);
    }

    @Test
    void theClientRanksTheRealSiteExactlyAsLucene() throws Exception {
        List<Query> queries = new ArrayList<>(queries(List.of("Liên", "minh", "hợp", "tác", "xã", "tỉnh", "Kiên", "Giang",
            "Đại", "hội", "lần", "thứ", "nhiệm", "kỳ", "Quyết", "định", "Ủy", "ban", "nhân", "dân", "Điều", "lệ",
            "thành", "viên", "vay", "tỷ", "triệu", "đồng", "Hội", "chợ", "thi", "đua", "khen", "thưởng", "lịch", "sử"), new Random(3)));
        queries.addAll(List.of(new Query("Đại hội lần thứ III", null, null), new Query("dai hoi lan thu 3", null, null),
            new Query("1385/QĐ-UBND", null, null), new Query("1943", null, null), new Query("1.943", null, null),
            new Query("97 tỷ 155 triệu", null, null), new Query("HTX", "achievement", null), new Query("HTX", "news", "2018"),
            new Query("hợp tác xã", "congress", null), new Query("đại hội", null, "1994")));

        assertParity(realSite, realSearcher, queries);
    }

    /**
     * Type-ahead: every prefix of generated phrases, typed letter by letter (one-letter prefixes, accented and folded
     * ones, whole words), ranks as Lucene ranks the plan with the same completions, and never comes back empty.
     */
    @Test
    void queriesBeingTypedRankExactlyAsLucene() throws Exception {
        Random random = new Random(11);
        List<Query> typed = new ArrayList<>();
        while (typed.size() < 240) {
            int start = random.nextInt(words.size() - 3);
            String phrase = String.join(" ", words.subList(start, start + 1 + random.nextInt(3)));
            String text = random.nextBoolean() ? phrase : VietnameseAnalysis.fold(phrase.toLowerCase(java.util.Locale.ROOT));
            for (int end = Math.max(1, text.lastIndexOf(' ') + 1); end <= text.length() && typed.size() < 240; end++) {
                typed.add(new Query(text.substring(0, end), random.nextInt(5) == 0 ? "news" : null, null, true));
            }
        }
        typed.add(new Query("t", null, null, true));
        typed.add(new Query("\"hợp tác xã\" kh", null, null, true));
        typed.add(new Query("hợp tác xã, ", null, null, true));

        assertParity(corpus, corpusSearcher, typed);
    }

    @Test
    void typingLetterByLetterOnTheRealSiteRanksAsLuceneAndNeverComesBackEmpty() throws Exception {
        List<Query> typed = new ArrayList<>();
        for (String phrase : List.of("khen thưởng", "hop tac xa", "Đại hội", "kinh te tap the", "Kiên Giang")) {
            for (int end = 1; end <= phrase.length(); end++) {
                if (phrase.charAt(end - 1) != ' ') {
                    typed.add(new Query(phrase.substring(0, end), null, null, true));
                }
            }
        }
        Map<String, Object> answer = NodeRunner.run(realSite, Map.of("queries", asMaps(typed)), temp);
        List<List<Map<String, Object>>> results = results(answer);
        for (int i = 0; i < typed.size(); i++) {
            assertThat(results.get(i)).as("results while typing \"%s\"", typed.get(i).q()).isNotEmpty();
        }
        assertParity(realSite, realSearcher, typed);
    }

    /** The same pages, every one of them; exact spellings may rank a little higher, so only the order may differ. */
    @Test
    void accentedAndUnaccentedQueriesFindTheSamePages() throws Exception {
        List<Query> pairs = new ArrayList<>();
        for (String phrase : List.of("hợp tác xã", "đại hội", "kinh tế tập thể", "Kiên Giang", "quyết định", "thành viên",
            "nông nghiệp", "tín dụng", "thi đua khen thưởng", "hội chợ")) {
            pairs.add(new Query(phrase, null, null));
            pairs.add(new Query(VietnameseAnalysis.fold(phrase.toLowerCase(java.util.Locale.ROOT)), null, null));
        }
        List<Map<String, Object>> requests = asMaps(pairs);
        requests.forEach(request -> request.put("limit", CORPUS_SIZE));
        Map<String, Object> answer = NodeRunner.run(corpus, Map.of("queries", requests), temp);
        List<List<Map<String, Object>>> results = results(answer);
        for (int i = 0; i < pairs.size(); i += 2) {
            assertThat(urls(results.get(i + 1))).as("%s vs %s", pairs.get(i).q(), pairs.get(i + 1).q())
                .containsExactlyInAnyOrderElementsOf(urls(results.get(i)));
        }
    }

    @Test
    void theClientAnalysesEveryWordOfTheCorpusAsTheIndexDoes() throws Exception {
        List<String> distinct = new ArrayList<>(new TreeSet<>(words));
        distinct.addAll(List.of("HOÀ", "Thuỷ", "kĩ", "KỸ", "Quý", "quí", "ĐẠI", "1.943", "25.000", "09/9/1994", "lần thứ III",
            "thứ iv", "Ủy ban nhân dân", "hợp tác xã", "Tổ hợp tác", "İstanbul", "ﬁ", "😀", "a\u0301", "Ð",
            "đứt gan. Có lần", "Đại hội, lần thứ III; nhiệm kỳ (2018-2023) – “Kiên Giang”", "1.943 người: 3,5 tỷ", "a\u00a0- b | c…d",
            "\"hợp tác xã\" HTX", "\"đại hội. lần\" thứ", "Wi-Fi [mẫu] {mini} «x» ? y ! z"));
        Map<String, Object> answer = NodeRunner.run(corpus, Map.of("queries", List.of(), "words", distinct), temp);
        @SuppressWarnings("unchecked")
        List<Map<String, List<String>>> analysis = (List<Map<String, List<String>>>) answer.get("analysis");
        for (int i = 0; i < distinct.size(); i++) {
            List<String> exact = VietnameseAnalysis.exactTerms(distinct.get(i));
            assertThat(analysis.get(i).get("exact")).as("exact terms of %s", distinct.get(i)).isEqualTo(exact);
            assertThat(analysis.get(i).get("folded")).as("folded terms of %s", distinct.get(i))
                .isEqualTo(VietnameseAnalysis.foldedTerms(exact));
            assertThat(analysis.get(i).get("pairs")).as("pairs of %s", distinct.get(i))
                .isEqualTo(VietnameseAnalysis.phrasePairs(distinct.get(i)));
            assertThat(analysis.get(i).get("plan")).as("query plan of %s", distinct.get(i))
                .isEqualTo(QueryPlan.of(distinct.get(i), Optional.empty(), Optional.empty()).keys().stream()
                    .map(key -> key.id() + (key.required() ? " required" : "")).toList());
        }
    }

    @Test
    void theFiltersAreTheTypesAndYearsThatHavePagesWithTheirLabels() throws Exception {
        Map<String, Object> answer = NodeRunner.run(realSite, Map.of("queries", List.of(), "filters", true), temp);

        assertThat(answer.get("filters")).isEqualTo(Map.of(
            "type", List.of(Map.of("value", "achievement", "label", "Thành tựu"), Map.of("value", "congress", "label", "Đại hội"),
                Map.of("value", "document", "label", "Văn bản"), Map.of("value", "history", "label", "Lịch sử"),
                Map.of("value", "news", "label", "Tin tức")),
            "year", List.of("2018", "2016", "2011", "2006", "2002", "1994")));
    }

    /**
     * The real site's export is small: its first query reads the manifest and one data file, and later queries need no
     * request. The generated corpus is not, so the parity tests above also cover the range requests of a big site.
     */
    @Test
    void aSmallSiteIsReadInOneRequestAndAnsweredLocallyThereafter() throws Exception {
        Map<String, Object> answer = NodeRunner.run(realSite, Map.of("queries", List.of(Map.of("q", "hợp tác xã"),
            Map.of("q", "đại hội lần thứ III"), Map.of("q", "HTX", "type", "news", "year", "2018"))), temp);

        @SuppressWarnings("unchecked")
        List<List<Map<String, Object>>> requests = (List<List<Map<String, Object>>>) answer.get("requests");
        assertThat(requests.get(0)).extracting(request -> request.get("url"))
            .satisfiesExactly(url -> assertThat(url).isEqualTo("/search/manifest.json"),
                url -> assertThat((String) url).matches("/search/[0-9a-f]{12}/all\\.bin"));
        assertThat(requests.get(1)).isEmpty();
        assertThat(requests.get(2)).isEmpty();
        assertThat(results(answer).get(0)).isNotEmpty();
        assertThat(Files.readString(corpus.resolve("search/manifest.json"), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("\"whole\"");
    }

    /**
     * A word's packed postings are laid out together and read together (TermDictionary, search.js readPacked): on the
     * generated corpus (range requests) a query of seven words reads its postings in at most one range request per
     * word, where it read one per key; the same words reordered read only the buckets of their new pairs and the rows
     * of new results, and typed without marks only rows: the exact keys of the unmarked spellings were read with
     * their words.
     */
    @Test
    void aQueryReadsEachWordsPostingsOnceAndItsReformulationsNoPostingsAgain() throws Exception {
        List<String> queries = List.of("thành viên hợp tác xã nông nghiệp", "nông nghiệp thành viên xã hợp tác",
            "thanh vien hop tac xa nong nghiep");
        Map<String, Object> answer = NodeRunner.run(corpus, Map.of("queries", queries.stream().map(q -> Map.of("q", q)).toList()), temp);

        @SuppressWarnings("unchecked")
        List<List<Map<String, Object>>> requests = (List<List<Map<String, Object>>>) answer.get("requests");
        assertThat(results(answer).get(0)).isNotEmpty();
        assertThat(requests.get(0)).extracting(request -> (String) request.get("url")).filteredOn(url -> url.contains("/p/"))
            .isNotEmpty().hasSizeLessThanOrEqualTo(7);
        assertThat(requests.get(1)).as("requests of the reordered query").extracting(request -> (String) request.get("url"))
            .allMatch(url -> url.endsWith("/k.bin") || url.endsWith("/d.bin"));
        assertThat(requests.get(2)).as("requests of the query without marks").extracting(request -> (String) request.get("url"))
            .allMatch(url -> url.endsWith("/d.bin"));
    }

    /**
     * A short query is the same query in any order (QueryPlan.ORDER_FREE_WORDS): reordered, it is answered from what
     * was read, with the same results. A query that read terms also reads the rows of its next ten results ahead
     * (its reformulations reshuffle those ranks); one answered from what was read does not read ahead again.
     */
    @Test
    void aShortQueryReorderedNeedsNoRequestAndOnlyANewQueryReadsRowsAhead() throws Exception {
        List<String> queries = List.of("thành viên nông nghiệp mẫu", "mẫu nông nghiệp thành viên");
        Map<String, Object> answer = NodeRunner.run(corpus, Map.of("queries", queries.stream().map(q -> Map.of("q", q)).toList()), temp);

        @SuppressWarnings("unchecked")
        List<List<Map<String, Object>>> requests = (List<List<Map<String, Object>>>) answer.get("requests");
        assertThat(results(answer).get(0)).hasSize(10);
        assertThat(results(answer).get(1)).isEqualTo(results(answer).get(0));
        assertThat(requests.get(0)).as("rows read by the first query: ten shown, ten ahead")
            .filteredOn(request -> ((String) request.get("url")).endsWith("/d.bin")).hasSize(20);
        assertThat(requests.get(1)).as("requests of the reordered query").isEmpty();
    }

    /**
     * A short query pairs its words in both orders, and both orders of a pair share a dictionary bucket
     * (TermDictionary.bucketWord): the first query reads one bucket per word and per two words, not per ordered pair.
     */
    @Test
    void bothOrdersOfAPairAreReadWithOneBucket() throws Exception {
        String query = "thành viên nông nghiệp mẫu";
        Map<String, Object> answer = NodeRunner.run(corpus, Map.of("queries", List.of(Map.of("q", query))), temp);

        java.util.regex.Matcher count = java.util.regex.Pattern.compile("\"buckets\":(\\d+)")
            .matcher(Files.readString(corpus.resolve("search/manifest.json"), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(count.find()).isTrue();
        int buckets = Integer.parseInt(count.group(1));
        List<String> ids = QueryPlan.of(query, Optional.empty(), Optional.empty()).keys().stream().map(QueryPlan.Key::id).toList();
        Set<Integer> shared = new TreeSet<>();
        Set<Integer> ordered = new TreeSet<>();
        for (String id : ids) {
            shared.add(TermDictionary.bucketOf(TermDictionary.bucketWord(id), buckets));
            ordered.add(TermDictionary.bucketOf(id.startsWith("p:") ? id.substring(2) : VietnameseAnalysis.fold(id.substring(2)), buckets));
        }
        @SuppressWarnings("unchecked")
        List<List<Map<String, Object>>> requests = (List<List<Map<String, Object>>>) answer.get("requests");
        assertThat(shared).as("buckets of the query's keys, orders of a pair together").hasSizeLessThan(ordered.size());
        assertThat(requests.get(0)).filteredOn(request -> ((String) request.get("url")).endsWith("/k.bin")).hasSize(shared.size());
    }

    @Test
    void theClientRefusesSearchDataOfAnotherFormat() throws Exception {
        Path stale = temp.resolve("stale");
        Files.createDirectories(stale.resolve("search"));
        Files.writeString(stale.resolve("search/manifest.json"),
            Files.readString(realSite.resolve("search/manifest.json"), java.nio.charset.StandardCharsets.UTF_8).replace("\"version\":" + StaticExport.FORMAT_VERSION + ",", "\"version\":2,"));

        Map<String, Object> answer = NodeRunner.run(stale, Map.of("queries", List.of(Map.of("q", "hợp tác xã"))), temp);

        assertThat(((List<?>) answer.get("results")).get(0)).isEqualTo(Map.of("error", "SearchDataVersionError: search: the site's "
            + "search data is from another version (2, this page reads " + StaticExport.FORMAT_VERSION + "); reload the page"));
    }

    @Test
    void oddQueriesGiveEmptyOrSensibleResultsNeverAnError() throws Exception {
        List<Query> odd = List.of(new Query("", null, null), new Query("!!! ??? ...", null, null), new Query("😀🎉", null, null),
            new Query("\u0000\u0007\u001b[31m", null, null), new Query("hợp tác xã ".repeat(1000), null, null),
            new Query("\"", null, null), new Query("\"\"\"", null, null), new Query("\"không có cụm này\"", null, null),
            new Query("HTX", "no-such-type", null), new Query("HTX", null, "1900"));

        assertParity(corpus, corpusSearcher, odd);
    }

    private static void assertParity(Path site, Searcher searcher, List<Query> queries) throws Exception {
        Map<String, Object> answer = NodeRunner.run(site, Map.of("queries", asMaps(queries)), temp);
        List<List<Map<String, Object>>> results = results(answer);
        int nonEmpty = 0;
        int hits = 0;
        for (int i = 0; i < queries.size(); i++) {
            Query query = queries.get(i);
            Optional<String> type = Optional.ofNullable(query.type());
            Optional<String> year = Optional.ofNullable(query.year());
            QueryPlan plan = query.typing() ? searcher.typed(query.q(), type, year) : QueryPlan.of(query.q(), type, year);
            List<SearchHit> lucene = searcher.search(plan, 10);
            List<Map<String, Object>> client = results.get(i);
            assertThat(urls(client)).as("top 10 of \"%s\"", query.q()).containsExactlyElementsOf(lucene.stream().map(SearchHit::url).toList());
            for (int rank = 0; rank < lucene.size(); rank++) {
                float clientScore = ((Number) client.get(rank).get("score")).floatValue();
                assertThat(clientScore).as("score %d of \"%s\"", rank, query.q()).isEqualTo(lucene.get(rank).score());
                hits++;
            }
            nonEmpty += lucene.isEmpty() ? 0 : 1;
        }
        System.out.println("search parity: " + queries.size() + " queries, " + nonEmpty + " with results, same top 10 in the same order as Lucene; "
            + hits + " scores, all equal to Lucene's");
    }

    private static List<Query> queries(List<String> vocabulary, Random random) {
        Set<Query> queries = new LinkedHashSet<>();
        List<String> words = new ArrayList<>(new TreeSet<>(vocabulary));
        while (queries.size() < 320 && queries.size() < words.size() * 3) {
            String one = words.get(random.nextInt(words.size()));
            int start = random.nextInt(vocabulary.size() - 3);
            String two = vocabulary.get(start) + " " + vocabulary.get(start + 1);
            String three = String.join(" ", vocabulary.subList(start, start + 3));
            switch (queries.size() % 8) {
                case 0 -> queries.add(new Query(one, null, null));
                case 1 -> queries.add(new Query(VietnameseAnalysis.fold(one.toLowerCase(java.util.Locale.ROOT)), null, null));
                case 2 -> queries.add(new Query(two, null, null));
                case 3 -> queries.add(new Query(VietnameseAnalysis.fold(two.toLowerCase(java.util.Locale.ROOT)), null, null));
                case 4 -> queries.add(new Query(three, null, null));
                case 5 -> queries.add(new Query("\"" + two + "\"", null, null));
                case 6 -> queries.add(new Query(one + " " + words.get(random.nextInt(words.size())), null, null));
                default -> queries.add(new Query(List.of("HTX", "UBND", "QĐ", "KTTT", "THT", "htx", "ủy ban nhân dân",
                    "quyết định", "tổ hợp tác", "kinh te tap the", "Đại hội lần thứ III", "dai hoi lan thu 3", "lần thứ 5",
                    "đại", "dai", "dài", "đài", "hoà", "hòa", "thuỷ", "thủy", "kĩ", "kỹ", "quý", "quí").get(random.nextInt(25)) + "",
                    random.nextInt(4) == 0 ? "news" : null, null));
            }
        }
        return new ArrayList<>(queries);
    }

    /** A query; {@code typing}: its last word is still being typed (type-ahead, {@link QueryPlan#typed}). */
    private record Query(String q, String type, String year, boolean typing) {

        Query(String q, String type, String year) {
            this(q, type, year, false);
        }
    }

    private static List<Map<String, Object>> asMaps(List<Query> queries) {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (Query query : queries) {
            Map<String, Object> map = new HashMap<>();
            map.put("q", query.q());
            map.put("type", query.type());
            map.put("year", query.year());
            map.put("typing", query.typing());
            maps.add(map);
        }
        return maps;
    }

    @SuppressWarnings("unchecked")
    private static List<List<Map<String, Object>>> results(Map<String, Object> answer) {
        return (List<List<Map<String, Object>>>) answer.get("results");
    }

    private static List<String> urls(List<Map<String, Object>> results) {
        return results.stream().map(result -> (String) result.get("url")).toList();
    }
}
