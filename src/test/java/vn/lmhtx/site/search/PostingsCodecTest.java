package vn.lmhtx.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Postings encoded in Java read back the same in the real client (decodePostings in assets/js/search.js, under Node). */
class PostingsCodecTest {

    @TempDir
    Path temp;

    private record Case(String name, int docCount, Postings postings, Postings base) {

        Case(String name, int docCount, Postings postings) {
            this(name, docCount, postings, null);
        }

        byte[] encoded() {
            return base == null ? PostingsCodec.encode(postings, docCount) : PostingsCodec.encodeWithin(postings, base).orElseThrow();
        }
    }

    @Test
    void everyLayoutAndFrequencyWidthDecodesToTheSamePostingsInTheClient() throws Exception {
        Random random = new Random(20180221);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("one page", 10, postings(new int[] {7}, new int[] {1})));
        cases.add(new Case("first and last page", 1_000_000, postings(new int[] {0, 999_999}, new int[] {1, 70_000})));
        cases.add(new Case("every page, huge frequencies", 20, postings(range(20), filled(20, 1_000_000))));
        for (int[] spread : new int[][] {{2, 1}, {3, 2}, {4, 12}, {9, 200}, {10, 16}, {10, 40}}) {
            for (int docCount : new int[] {9, 500, 70_000}) {
                Postings folded = randomPostings(random, docCount, spread[0], spread[1]);
                cases.add(new Case("density 1/" + spread[0] + ", frequencies up to " + spread[1] + ", " + docCount + " pages",
                    docCount, folded));
                cases.add(new Case("within that", docCount, subset(random, folded), folded));
            }
        }
        List<Map<String, Object>> requests = new ArrayList<>();
        for (Case c : cases) {
            Map<String, Object> request = new HashMap<>(Map.of("base64", Base64.getEncoder().encodeToString(c.encoded()),
                "df", c.postings().size(), "docCount", c.docCount()));
            if (c.base() != null) {
                request.put("base", Map.of("docs", box(c.base().docs()), "freqs", box(c.base().freqs())));
            }
            requests.add(request);
        }

        Map<String, Object> answer = NodeRunner.run(temp, Map.of("queries", List.of(), "postings", requests), temp);

        @SuppressWarnings("unchecked")
        List<Map<String, List<Number>>> decoded = (List<Map<String, List<Number>>>) answer.get("postings");
        for (int i = 0; i < cases.size(); i++) {
            Postings expected = cases.get(i).postings();
            assertThat(decoded.get(i).get("docs")).as("docs of %s", cases.get(i).name()).map(Number::intValue)
                .containsExactly(box(expected.docs()));
            assertThat(decoded.get(i).get("freqs")).as("frequencies of %s", cases.get(i).name()).map(Number::intValue)
                .containsExactly(box(expected.freqs()));
        }
    }

    @Test
    void eachListTakesItsSmallestLayout() {
        // A rare key: varint gaps; a key in most pages: a bitmap of the pages.
        assertThat(PostingsCodec.encode(postings(new int[] {3, 900}, new int[] {1, 1}), 1000)).containsExactly(0, 0, 3, 0x80 | (896 & 0x7F), 896 >>> 7);
        byte[] dense = PostingsCodec.encode(postings(range(900), filled(900, 1)), 1000);
        assertThat(dense[0]).as("layout").isEqualTo((byte) PostingsCodec.BITMAP);
        assertThat(dense).hasSize(2 + 125);
        // Frequencies 1 to 3 fit two bits each; a lone large one is escaped rather than widening every value.
        int[] freqs = filled(64, 3);
        freqs[5] = 300;
        byte[] bits = PostingsCodec.encode(postings(range(64), freqs), 64);
        assertThat(bits[1]).as("width").isEqualTo((byte) 2);
        assertThat(bits).hasSize(2 + 8 + 16 + 2);
        // Most pages lack the key, those with it have it 1 to 6 times: Huffman codes, one bit for "absent".
        int[] sparse = new int[400];
        int[] spread = new int[400];
        for (int i = 0; i < sparse.length; i++) {
            sparse[i] = i * 5;
            spread[i] = 1 + i % 6;
        }
        byte[] huffman = PostingsCodec.encode(postings(sparse, spread), 2000);
        assertThat(huffman[0]).as("layout").isEqualTo((byte) PostingsCodec.HUFFMAN);
        assertThat(huffman.length).as("smaller than a bitmap of 2,000 pages and 4-bit frequencies").isLessThan(2 + 250 + 200);
    }

    @Test
    void anExactKeyIsStoredWithinItsFoldedKeyOnlyWhenItIsASubset() {
        Postings folded = postings(new int[] {2, 5, 9, 14}, new int[] {3, 1, 4, 1});
        // "e:hợp" in pages 5 and 9, once where "f:hop" is there once, twice of four times: bits 1 and 2, values 0 and 2.
        assertThat(PostingsCodec.encodeWithin(postings(new int[] {5, 9}, new int[] {1, 2}), folded)).hasValueSatisfying(
            bytes -> assertThat(bytes).containsExactly(2, 2, 0b0110, 0b1000));
        assertThat(PostingsCodec.encodeWithin(postings(new int[] {5, 10}, new int[] {1, 1}), folded)).as("page 10 not in base").isEmpty();
        assertThat(PostingsCodec.encodeWithin(postings(new int[] {5}, new int[] {2}), folded)).as("more often than the base").isEmpty();
    }

    private static Postings subset(Random random, Postings base) {
        List<Integer> docs = new ArrayList<>();
        List<Integer> freqs = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            if (random.nextInt(5) > 0 || (i == base.size() - 1 && docs.isEmpty())) {
                docs.add(base.docs()[i]);
                freqs.add(random.nextInt(3) > 0 ? base.freqs()[i] : 1 + random.nextInt(base.freqs()[i]));
            }
        }
        return postings(docs.stream().mapToInt(Integer::intValue).toArray(), freqs.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Postings randomPostings(Random random, int docCount, int density, int maxFreq) {
        TreeSet<Integer> docs = new TreeSet<>();
        for (int doc = 0; doc < docCount; doc++) {
            if (random.nextInt(density) == 0) {
                docs.add(doc);
            }
        }
        if (docs.isEmpty()) {
            docs.add(docCount - 1);
        }
        int[] ids = docs.stream().mapToInt(Integer::intValue).toArray();
        int[] freqs = new int[ids.length];
        for (int i = 0; i < freqs.length; i++) {
            freqs[i] = 1 + (random.nextInt(4) == 0 ? random.nextInt(maxFreq) : random.nextInt(Math.min(maxFreq, 3)));
        }
        return postings(ids, freqs);
    }

    private static Postings postings(int[] docs, int[] freqs) {
        return new Postings("f:test", 1f, docs, freqs);
    }

    private static int[] range(int size) {
        int[] values = new int[size];
        for (int i = 0; i < size; i++) {
            values[i] = i;
        }
        return values;
    }

    private static int[] filled(int size, int value) {
        int[] values = new int[size];
        java.util.Arrays.fill(values, value);
        return values;
    }

    private static Integer[] box(int[] values) {
        return java.util.Arrays.stream(values).boxed().toArray(Integer[]::new);
    }
}
