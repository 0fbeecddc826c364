package vn.lmhtx.site.search;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * The compact binary form of one key's postings that the browser client decodes ({@code decodePostings} in
 * assets/js/search.js). Two header bytes, then the documents, then one value per document:
 * <ul>
 *   <li>byte 0, the layout of the documents: {@code 0} = one varint per document, the gap to the previous one minus
 *       one (the first: its id); {@code 1} = a bitmap of all documents, {@code ceil(docCount / 8)} bytes, bit
 *       {@code i % 8} (least significant first) of byte {@code i / 8} set for document {@code i}; {@code 2} = a
 *       bitmap over the postings of a base key, {@code ceil(baseDf / 8)} bytes, marking the base's documents that
 *       this key has (an exact key "e:hợp", or a title key "t:hop", within its folded key "f:hop", which every query with one has too);</li>
 *   <li>byte 1, the bits per value, 0, 1, 2, 4 or 8: 0 means every value is 0; otherwise each value is packed in that
 *       many bits, least significant first, and all ones means "see the escapes";</li>
 *   <li>the escapes: one varint per escaped value, in document order.</li>
 * </ul>
 * Layouts {@code 3} and {@code 4} code membership and value together, one {@link HuffmanSymbols} symbol per
 * document (3) or per posting of the base key (4); byte 0 is followed directly by the symbols' encoding.
 * The value is {@code freq - 1} in layouts 0 and 1, and {@code baseFreq - freq} in layout 2 (usually 0: most pages
 * spell a word one way). Varints are 7 bits a byte, least significant group first, high bit set on all but the last
 * byte. Each key takes the smallest layout and width: a rare key costs a few bytes, a word on every page about
 * 0.6 byte a page, and its exact spelling a little more than a bit a page.
 */
final class PostingsCodec {
    static final int GAPS = 0;
    static final int BITMAP = 1;
    static final int WITHIN_BASE = 2;
    static final int HUFFMAN = 3;
    static final int HUFFMAN_WITHIN_BASE = 4;
    private static final int[] WIDTHS = {1, 2, 4, 8};

    private PostingsCodec() {
    }

    /** The postings on their own: varint gaps or a bitmap of all {@code docCount} documents. */
    static byte[] encode(Postings postings, int docCount) {
        ByteArrayOutputStream gaps = new ByteArrayOutputStream();
        int previous = -1;
        for (int doc : postings.docs()) {
            varint(gaps, doc - previous - 1);
            previous = doc;
        }
        int[] values = new int[postings.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = postings.freqs()[i] - 1;
        }
        int bitmapBytes = (docCount + 7) / 8;
        if (bitmapBytes >= gaps.size()) {
            return encoded(GAPS, gaps.toByteArray(), values);
        }
        byte[] bits = new byte[bitmapBytes];
        for (int doc : postings.docs()) {
            bits[doc >>> 3] |= (byte) (1 << (doc & 7));
        }
        return smaller(encoded(BITMAP, bits, values), huffman(HUFFMAN, docCount, postings.docs(), values));
    }

    /**
     * The postings as a subset of {@code base}'s, if they are one (each document of the key in the base, with at most
     * the base's frequency); empty otherwise.
     */
    static Optional<byte[]> encodeWithin(Postings postings, Postings base) {
        byte[] members = new byte[(base.size() + 7) / 8];
        int[] values = new int[postings.size()];
        int[] positions = new int[postings.size()];
        int at = 0;
        for (int i = 0; i < postings.size(); i++) {
            int doc = postings.docs()[i];
            while (at < base.size() && base.docs()[at] < doc) {
                at++;
            }
            if (at == base.size() || base.docs()[at] != doc || base.freqs()[at] < postings.freqs()[i]) {
                return Optional.empty();
            }
            members[at >>> 3] |= (byte) (1 << (at & 7));
            positions[i] = at;
            values[i] = base.freqs()[at] - postings.freqs()[i];
        }
        return Optional.of(smaller(encoded(WITHIN_BASE, members, values), huffman(HUFFMAN_WITHIN_BASE, base.size(), positions, values)));
    }

    private static byte[] huffman(int layout, int positions, int[] present, int[] values) {
        byte[] symbols = HuffmanSymbols.encode(positions, present, values);
        byte[] out = new byte[symbols.length + 1];
        out[0] = (byte) layout;
        System.arraycopy(symbols, 0, out, 1, symbols.length);
        return out;
    }

    private static byte[] smaller(byte[] a, byte[] b) {
        return b.length < a.length ? b : a;
    }

    private static byte[] encoded(int layout, byte[] documents, int[] values) {
        int width = width(values);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(layout);
        out.write(width);
        out.writeBytes(documents);
        if (width > 0) {
            writeValues(out, values, width);
        }
        return out.toByteArray();
    }

    /** The value width that makes the smallest encoding, packed values plus escapes; 0 when every value is 0. */
    private static int width(int[] values) {
        boolean allZero = true;
        for (int value : values) {
            allZero &= value == 0;
        }
        if (allZero) {
            return 0;
        }
        int best = 0;
        long bestSize = Long.MAX_VALUE;
        for (int width : WIDTHS) {
            long size = ((long) values.length * width + 7) / 8;
            int escape = (1 << width) - 1;
            for (int value : values) {
                size += value >= escape ? varintSize(value) : 0;
            }
            if (size < bestSize) {
                best = width;
                bestSize = size;
            }
        }
        return best;
    }

    private static void writeValues(ByteArrayOutputStream out, int[] values, int width) {
        int escape = (1 << width) - 1;
        byte[] packed = new byte[(values.length * width + 7) / 8];
        ByteArrayOutputStream escapes = new ByteArrayOutputStream();
        for (int i = 0; i < values.length; i++) {
            int value = Math.min(values[i], escape);
            if (value == escape) {
                varint(escapes, values[i]);
            }
            int bit = i * width;
            // Widths divide 8, so a value never straddles two bytes.
            packed[bit >>> 3] |= (byte) (value << (bit & 7));
        }
        out.writeBytes(packed);
        out.writeBytes(escapes.toByteArray());
    }

    /** Writes a varint: 7 bits a byte, least significant group first, high bit set on all but the last byte. */
    static void varint(ByteArrayOutputStream out, int value) {
        int rest = value;
        while ((rest & ~0x7F) != 0) {
            out.write((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.write(rest);
    }

    private static int varintSize(int value) {
        int size = 1;
        for (int rest = value >>> 7; rest != 0; rest >>>= 7) {
            size++;
        }
        return size;
    }
}
