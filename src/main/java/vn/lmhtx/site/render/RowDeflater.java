package vn.lmhtx.site.render;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Deflates image rows (RFC 1951) looking for repeats at two distances only: the row above and the byte before. A
 * card's text rows are the glyphs' antialiased edges between runs of one value, and most of what repeats in them is the
 * same pixels one row up (a stem, a blank stretch) or a run; zlib's fastest level hashes every position to find those
 * same repeats among any earlier ones. Measured on the text rows of 2,000 real titles' cards (497 MB), with C1 as the
 * launcher runs a large build: zlib level 1 1.15 s and 34.4 MB, this 0.60 s and 30.6 MB (one dynamic Huffman block
 * per piece; zlib's level 1 starts a new block every 16 k symbols). {@code java.util.zip} has no way to restrict
 * zlib's search (its run-length strategy is not exposed).
 *
 * <p>Each piece is one dynamic-Huffman block followed by a sync flush (an empty stored block), so it refers to nothing
 * before it, ends byte-aligned and can follow any other piece in a stream. One per thread: it keeps its buffers.
 */
final class RowDeflater {

    private static final int MIN_MATCH = 3;
    private static final int MAX_MATCH = 258;
    private static final int END_OF_BLOCK = 256;
    private static final int FIRST_LENGTH_SYMBOL = 257;
    private static final int LITERAL_SYMBOLS = 286;
    private static final int DISTANCE_SYMBOLS = 30;
    private static final int MAX_CODE_BITS = 15;
    private static final int MAX_CODE_LENGTH_BITS = 7;
    private static final int DYNAMIC_BLOCK = 2;
    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
        67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
        5, 5, 5, 5, 0};
    private static final int[] DISTANCE_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
        513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    private static final int[] DISTANCE_EXTRA = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10,
        10, 11, 11, 12, 12, 13, 13};
    /** The largest distance deflate can refer back: a longer row is only matched against its byte before. */
    private static final int MAX_DISTANCE = 32_768;
    /** The order the code lengths' own code lengths are written in (RFC 1951, 3.2.7). */
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};
    /** Code length symbols: repeat the previous length 3–6 times, 3–10 zeros, 11–138 zeros. */
    private static final int REPEAT = 16;
    private static final int FEW_ZEROS = 17;
    private static final int MANY_ZEROS = 18;
    private static final int[] LENGTH_SYMBOL = new int[MAX_MATCH + 1];
    /** Tokens below this are literal bytes; a match is {@code MATCH + (length << 1 | 1 when one row up)}. */
    private static final int MATCH = 512;

    static {
        for (int length = MIN_MATCH; length <= MAX_MATCH; length++) {
            LENGTH_SYMBOL[length] = baseCode(LENGTH_BASE, length);
        }
    }

    private int[] tokens = new int[4096];
    private final int[] literalCounts = new int[LITERAL_SYMBOLS];
    private final int[] distanceCounts = new int[DISTANCE_SYMBOLS];
    private final Bits bits = new Bits();

    /**
     * Writes the first {@code length} bytes of {@code rows}, rows of {@code rowBytes} bytes each, to {@code out}: one
     * non-final dynamic block, then a sync flush.
     */
    void deflate(byte[] rows, int length, int rowBytes, ByteArrayOutputStream out) {
        int up = rowBytes <= MAX_DISTANCE ? rowBytes : Integer.MAX_VALUE;
        int upCode = distanceCode(Math.min(up, MAX_DISTANCE));
        int count = tokenize(rows, length, up, upCode);
        literalCounts[END_OF_BLOCK]++;
        int[] literalLengths = DeflateHuffman.lengths(literalCounts, MAX_CODE_BITS);
        int[] distanceLengths = DeflateHuffman.lengths(distanceCounts, MAX_CODE_BITS);
        int[] literalCodes = DeflateHuffman.codes(literalLengths);
        int[] distanceCodes = DeflateHuffman.codes(distanceLengths);
        bits.start(out);
        bits.put(0, 1);
        bits.put(DYNAMIC_BLOCK, 2);
        writeCodeLengths(literalLengths, distanceLengths);
        // Each match's bits (length code, its extra bits, distance code, its extra bits) worked out once per block.
        long[] matchBits = new long[2 * (MAX_MATCH + 1)];
        int[] matchWidths = new int[2 * (MAX_MATCH + 1)];
        for (int matched = MIN_MATCH; matched <= MAX_MATCH; matched++) {
            int symbol = FIRST_LENGTH_SYMBOL + LENGTH_SYMBOL[matched];
            if (literalLengths[symbol] == 0) {
                continue;
            }
            long lengthBits = literalCodes[symbol]
                | (long) (matched - LENGTH_BASE[LENGTH_SYMBOL[matched]]) << literalLengths[symbol];
            int lengthWidth = literalLengths[symbol] + LENGTH_EXTRA[LENGTH_SYMBOL[matched]];
            matchBits[matched << 1] = lengthBits | (long) distanceCodes[0] << lengthWidth;
            matchWidths[matched << 1] = lengthWidth + distanceLengths[0];
            if (up != Integer.MAX_VALUE) {
                long distanceBits = distanceCodes[upCode] | (long) (up - DISTANCE_BASE[upCode]) << distanceLengths[upCode];
                matchBits[matched << 1 | 1] = lengthBits | distanceBits << lengthWidth;
                matchWidths[matched << 1 | 1] = lengthWidth + distanceLengths[upCode] + DISTANCE_EXTRA[upCode];
            }
        }
        for (int t = 0; t < count; t++) {
            int token = tokens[t];
            if (token < MATCH) {
                bits.put(literalCodes[token], literalLengths[token]);
            } else {
                bits.put(matchBits[token - MATCH], matchWidths[token - MATCH]);
            }
        }
        bits.put(literalCodes[END_OF_BLOCK], literalLengths[END_OF_BLOCK]);
        // The sync flush: an empty stored block, whose length fields start at the next byte.
        bits.put(0, 3);
        bits.alignToByte();
        bits.put(0xffff_0000L, 32);
        bits.finish();
    }

    /**
     * Turns the bytes into literals and greedy matches, counting their symbols; returns how many tokens there are.
     * Where a repeat one row up and a run are both possible, the longer wins.
     */
    private int tokenize(byte[] b, int length, int up, int upCode) {
        Arrays.fill(literalCounts, 0);
        Arrays.fill(distanceCounts, 0);
        int count = 0;
        int i = 0;
        while (i < length) {
            int max = Math.min(MAX_MATCH, length - i);
            int best = 0;
            boolean fromRowAbove = false;
            if (max >= MIN_MATCH) {
                // A match is only looked for (Arrays.mismatch, eight bytes at a time) where its first two bytes
                // already match: most bytes of the glyphs' edges match neither, and the call costs more than they.
                if (i >= up && b[i] == b[i - up] && b[i + 1] == b[i + 1 - up]) {
                    int differs = Arrays.mismatch(b, i, i + max, b, i - up, i - up + max);
                    best = differs < 0 ? max : differs;
                    fromRowAbove = true;
                }
                if (best < max && i >= 1 && b[i] == b[i - 1] && b[i + 1] == b[i]) {
                    int differs = Arrays.mismatch(b, i, i + max, b, i - 1, i - 1 + max);
                    int run = differs < 0 ? max : differs;
                    if (run > best) {
                        best = run;
                        fromRowAbove = false;
                    }
                }
            }
            if (count == tokens.length) {
                tokens = Arrays.copyOf(tokens, 2 * tokens.length);
            }
            if (best >= MIN_MATCH) {
                tokens[count++] = MATCH + (best << 1 | (fromRowAbove ? 1 : 0));
                literalCounts[FIRST_LENGTH_SYMBOL + LENGTH_SYMBOL[best]]++;
                distanceCounts[fromRowAbove ? upCode : 0]++;
                i += best;
            } else {
                int literal = b[i] & 0xff;
                tokens[count++] = literal;
                literalCounts[literal]++;
                i++;
            }
        }
        return count;
    }

    /**
     * Writes the block's header after its type: the numbers of codes, then both codes' lengths, run-length coded with
     * a code of their own (RFC 1951, 3.2.7).
     */
    private void writeCodeLengths(int[] literalLengths, int[] distanceLengths) {
        int literals = LITERAL_SYMBOLS;
        while (literals > FIRST_LENGTH_SYMBOL && literalLengths[literals - 1] == 0) {
            literals--;
        }
        int distances = DISTANCE_SYMBOLS;
        while (distances > 1 && distanceLengths[distances - 1] == 0) {
            distances--;
        }
        int[] lengths = new int[literals + distances];
        System.arraycopy(literalLengths, 0, lengths, 0, literals);
        System.arraycopy(distanceLengths, 0, lengths, literals, distances);
        int[] symbols = new int[lengths.length];
        int[] extras = new int[lengths.length];
        int[] counts = new int[CODE_LENGTH_ORDER.length];
        int n = 0;
        int previous = -1;
        for (int i = 0; i < lengths.length;) {
            int run = 1;
            while (i + run < lengths.length && lengths[i + run] == lengths[i]) {
                run++;
            }
            int symbol;
            int taken;
            if (lengths[i] == 0 && run >= 3) {
                taken = Math.min(run, 138);
                symbol = taken >= 11 ? MANY_ZEROS : FEW_ZEROS;
                extras[n] = taken - (taken >= 11 ? 11 : 3);
            } else if (lengths[i] == previous && run >= 3) {
                taken = Math.min(run, 6);
                symbol = REPEAT;
                extras[n] = taken - 3;
            } else {
                taken = 1;
                symbol = lengths[i];
            }
            symbols[n++] = symbol;
            counts[symbol]++;
            previous = lengths[i];
            i += taken;
        }
        int[] codeLengths = DeflateHuffman.lengths(counts, MAX_CODE_LENGTH_BITS);
        int[] codes = DeflateHuffman.codes(codeLengths);
        int written = CODE_LENGTH_ORDER.length;
        while (written > 4 && codeLengths[CODE_LENGTH_ORDER[written - 1]] == 0) {
            written--;
        }
        bits.put(literals - FIRST_LENGTH_SYMBOL, 5);
        bits.put(distances - 1, 5);
        bits.put(written - 4, 4);
        for (int i = 0; i < written; i++) {
            bits.put(codeLengths[CODE_LENGTH_ORDER[i]], 3);
        }
        for (int i = 0; i < n; i++) {
            bits.put(codes[symbols[i]], codeLengths[symbols[i]]);
            switch (symbols[i]) {
                case REPEAT -> bits.put(extras[i], 2);
                case FEW_ZEROS -> bits.put(extras[i], 3);
                case MANY_ZEROS -> bits.put(extras[i], 7);
                default -> { }
            }
        }
    }

    private static int distanceCode(int distance) {
        return baseCode(DISTANCE_BASE, distance);
    }

    /** The code of {@code value} in a table of the codes' smallest values (RFC 1951's lengths or distances). */
    private static int baseCode(int[] bases, int value) {
        int code = 0;
        while (code + 1 < bases.length && bases[code + 1] <= value) {
            code++;
        }
        return code;
    }

    /** Bits written first bit lowest, as deflate packs them, gathered into bytes and handed on in batches. */
    private static final class Bits {

        private final byte[] bytes = new byte[8 * 1024];
        private ByteArrayOutputStream out;
        private int filled;
        private long pending;
        private int pendingBits;

        void start(ByteArrayOutputStream into) {
            out = into;
            filled = 0;
            pending = 0;
            pendingBits = 0;
        }

        /** Writes the low {@code width} bits of {@code value} (at most 56; the bits above must be 0). */
        void put(long value, int width) {
            pending |= value << pendingBits;
            pendingBits += width;
            while (pendingBits >= Byte.SIZE) {
                if (filled == bytes.length) {
                    out.write(bytes, 0, filled);
                    filled = 0;
                }
                bytes[filled++] = (byte) pending;
                pending >>>= Byte.SIZE;
                pendingBits -= Byte.SIZE;
            }
        }

        void alignToByte() {
            if (pendingBits > 0) {
                put(0, Byte.SIZE - pendingBits);
            }
        }

        /** Hands on what is written; the caller has aligned it to a byte. */
        void finish() {
            out.write(bytes, 0, filled);
            out = null;
        }
    }
}
