package vn.lmhtx.site.render;

import java.util.Arrays;

/**
 * The Huffman codes of a deflate block (RFC 1951, 3.2.2): code lengths from symbol counts, no longer than deflate
 * allows, and the canonical codes of those lengths, bit-reversed as deflate writes them (first bit lowest).
 */
final class DeflateHuffman {

    private static final int MAX_BITS = 15;

    private DeflateHuffman() {
    }

    /**
     * Code lengths for symbols used {@code counts[s]} times (0: unused, no code), none longer than {@code limit}. The
     * code is always complete: a lone used symbol gets a partner of length 1 (the first other symbol), as zlib's
     * inflater refuses an incomplete code of code lengths.
     */
    static int[] lengths(int[] counts, int limit) {
        // Plain loops rather than streams: every card costs a few of these calls, and C1 (which alone compiles a large
        // build) leaves a stream's lambdas and pipeline objects in place.
        if (used(counts) > 1L << limit) {
            throw new IllegalArgumentException("more symbols used than codes of " + limit + " bits");
        }
        int[] scaled = counts.clone();
        while (true) {
            int[] lengths = unlimited(scaled);
            if (longest(lengths) <= limit) {
                return lengths;
            }
            // Too deep: flatten the counts (halved, each used symbol kept used) and build again. Halving brings them
            // together, so this ends at the latest with every count 1, a balanced tree of depth ⌈log₂ symbols⌉.
            for (int s = 0; s < scaled.length; s++) {
                scaled[s] = (scaled[s] + 1) / 2;
            }
        }
    }

    /** Plain Huffman code lengths, by the two-queue method over the used symbols sorted by count, then symbol. */
    private static int[] unlimited(int[] counts) {
        long[] leaves = new long[used(counts)];
        for (int s = 0, k = 0; s < counts.length; s++) {
            if (counts[s] > 0) {
                leaves[k++] = (long) counts[s] << 32 | s;
            }
        }
        Arrays.sort(leaves);
        int[] lengths = new int[counts.length];
        int used = leaves.length;
        if (used <= 1) {
            if (used == 1) {
                int symbol = (int) leaves[0];
                lengths[symbol] = 1;
                lengths[symbol == 0 ? 1 : 0] = 1;
            }
            return lengths;
        }
        // Nodes 0..used-1 are the leaves in order of count; inner nodes follow in the order they are made, which is
        // also the order of their weights, so the two lightest nodes are always at the head of one queue or the other.
        int nodes = 2 * used - 1;
        long[] weight = new long[nodes];
        int[] parent = new int[nodes];
        for (int k = 0; k < used; k++) {
            weight[k] = leaves[k] >>> 32;
        }
        int nextLeaf = 0;
        int nextInner = used;
        for (int made = used; made < nodes; made++) {
            for (int pick = 0; pick < 2; pick++) {
                int lightest = nextLeaf < used && (nextInner == made || weight[nextLeaf] <= weight[nextInner])
                    ? nextLeaf++ : nextInner++;
                weight[made] += weight[lightest];
                parent[lightest] = made;
            }
        }
        int[] depth = new int[nodes];
        for (int node = nodes - 2; node >= 0; node--) {
            depth[node] = depth[parent[node]] + 1;
        }
        for (int k = 0; k < used; k++) {
            lengths[(int) leaves[k]] = depth[k];
        }
        return lengths;
    }

    /** How many symbols have a count. */
    private static int used(int[] counts) {
        int used = 0;
        for (int count : counts) {
            if (count > 0) {
                used++;
            }
        }
        return used;
    }

    private static int longest(int[] lengths) {
        int longest = 0;
        for (int length : lengths) {
            longest = Math.max(longest, length);
        }
        return longest;
    }

    /** The canonical code of each symbol with a length (RFC 1951, 3.2.2), its bits reversed: first bit lowest. */
    static int[] codes(int[] lengths) {
        int[] perLength = new int[MAX_BITS + 1];
        for (int length : lengths) {
            perLength[length]++;
        }
        perLength[0] = 0;
        int[] next = new int[MAX_BITS + 1];
        for (int bits = 1, code = 0; bits <= MAX_BITS; bits++) {
            code = (code + perLength[bits - 1]) << 1;
            next[bits] = code;
        }
        int[] codes = new int[lengths.length];
        for (int s = 0; s < lengths.length; s++) {
            if (lengths[s] > 0) {
                codes[s] = Integer.reverse(next[lengths[s]]++) >>> (Integer.SIZE - lengths[s]);
            }
        }
        return codes;
    }
}
