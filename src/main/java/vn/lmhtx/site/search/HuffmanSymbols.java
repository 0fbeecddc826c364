package vn.lmhtx.site.search;

import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * One canonical-Huffman-coded symbol per position, for {@link PostingsCodec}'s layouts 3 and 4 (and the norms file,
 * {@link FieldNorms#encoded}, where every position is present): symbol 0 = the key is not in this position's document, {@code 1..direct} = it is, with value {@code symbol - 1}, {@code direct + 1} = it
 * is, with the value in the escapes. Written as: the symbol count, a code length per symbol (0: unused), the codes
 * (most significant bit first, packed from each byte's high bit), then one varint per escaped value. Frequent
 * symbols get short codes: where most pages lack a key and most that have it have it once or twice, a page costs
 * a bit or two in all, less than a bitmap bit plus a fixed-width frequency.
 */
final class HuffmanSymbols {

    /** Values below this are symbols of their own; bigger ones are escaped. */
    private static final int MAX_DIRECT = 32;

    private HuffmanSymbols() {
    }

    /**
     * @param positions how many positions there are (documents, or postings of the base key)
     * @param present the positions where the key is, ascending
     * @param values the value at each of those positions, not negative
     */
    static byte[] encode(int positions, int[] present, int[] values) {
        int maxValue = 0;
        for (int value : values) {
            maxValue = Math.max(maxValue, value);
        }
        int direct = Math.min(maxValue + 1, MAX_DIRECT);
        int escape = direct + 1;
        int[] symbols = new int[positions];
        ByteArrayOutputStream escapes = new ByteArrayOutputStream();
        for (int i = 0; i < present.length; i++) {
            symbols[present[i]] = values[i] < direct ? values[i] + 1 : escape;
            if (values[i] >= direct) {
                PostingsCodec.varint(escapes, values[i]);
            }
        }
        long[] counts = new long[escape + 1];
        for (int symbol : symbols) {
            counts[symbol]++;
        }
        int[] lengths = codeLengths(counts);
        long[] codes = canonicalCodes(lengths);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(lengths.length);
        for (int length : lengths) {
            out.write(length);
        }
        int current = 0;
        int filled = 0;
        for (int symbol : symbols) {
            for (int bit = lengths[symbol] - 1; bit >= 0; bit--) {
                current = current << 1 | (int) (codes[symbol] >>> bit & 1);
                if (++filled == 8) {
                    out.write(current);
                    current = 0;
                    filled = 0;
                }
            }
        }
        if (filled > 0) {
            out.write(current << (8 - filled));
        }
        out.writeBytes(escapes.toByteArray());
        return out.toByteArray();
    }

    private record Node(long weight, int order, int symbol, Node left, Node right) {
    }

    /** Huffman code lengths of the symbols with a count (ties broken by creation order, so deterministic). */
    private static int[] codeLengths(long[] counts) {
        PriorityQueue<Node> queue = new PriorityQueue<>(Comparator.comparingLong(Node::weight).thenComparingInt(Node::order));
        int order = 0;
        for (int symbol = 0; symbol < counts.length; symbol++) {
            if (counts[symbol] > 0) {
                queue.add(new Node(counts[symbol], order++, symbol, null, null));
            }
        }
        int[] lengths = new int[counts.length];
        if (queue.size() == 1) {
            lengths[queue.poll().symbol()] = 1;
            return lengths;
        }
        while (queue.size() > 1) {
            Node a = queue.poll();
            Node b = queue.poll();
            queue.add(new Node(a.weight() + b.weight(), order++, -1, a, b));
        }
        assignDepths(queue.poll(), 0, lengths);
        return lengths;
    }

    private static void assignDepths(Node node, int depth, int[] lengths) {
        // Recursion depth is at most the number of symbols (34).
        if (node.left() == null) {
            lengths[node.symbol()] = depth;
            return;
        }
        assignDepths(node.left(), depth + 1, lengths);
        assignDepths(node.right(), depth + 1, lengths);
    }

    /** Canonical codes as DEFLATE assigns them: by length, then by symbol. */
    private static long[] canonicalCodes(int[] lengths) {
        int maxLength = 0;
        for (int length : lengths) {
            maxLength = Math.max(maxLength, length);
        }
        long[] countOfLength = new long[maxLength + 1];
        for (int length : lengths) {
            if (length > 0) {
                countOfLength[length]++;
            }
        }
        long[] next = new long[maxLength + 2];
        long code = 0;
        for (int length = 1; length <= maxLength; length++) {
            code = (code + countOfLength[length - 1]) << 1;
            next[length] = code;
        }
        long[] codes = new long[lengths.length];
        for (int symbol = 0; symbol < lengths.length; symbol++) {
            if (lengths[symbol] > 0) {
                codes[symbol] = next[lengths[symbol]]++;
            }
        }
        return codes;
    }
}
