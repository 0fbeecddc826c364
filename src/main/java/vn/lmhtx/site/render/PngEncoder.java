package vn.lmhtx.site.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes an indexed-colour image as a PNG with only the chunks an image needs (IHDR, PLTE, IDAT, IEND): no time, text
 * or other metadata, so equal pixels give equal bytes. One byte per pixel, every row unfiltered.
 *
 * <p>Most of a card's rows are one flat colour, and zlib at level 3 spends about as long matching such runs as on the
 * text. So the zlib stream is written in pieces: each run of flat rows is a raw deflate piece compressed
 * once per encoder (its bytes depend only on the run's width, colour and length) and copied into every card that has
 * it; each run of rows with text is deflated on its own. Every piece ends with a sync flush (an empty stored block,
 * byte-aligned, not final), refers to nothing before it, and so can follow any other; an empty final block and the
 * Adler-32 of all rows (combined from the pieces' own) end the stream. Shared by a build's threads.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int COLOUR_TYPE_INDEXED = 3;
    private static final int FILTER_NONE = 0;
    private static final int LEVEL = 3;
    /** The zlib header zlib itself writes at levels 2 to 5: deflate, 32 KB window, no dictionary. */
    private static final byte[] ZLIB_HEADER = {0x78, 0x5e};
    /** A final fixed-Huffman block holding only its end code: what ends a stream after a sync flush. */
    private static final byte[] FINAL_EMPTY_BLOCK = {0x03, 0x00};
    private static final int ADLER_BASE = 65521;
    /**
     * At most this many repeated runs are kept: a build has one site name, so one band; past it, a caller whose
     * "repeated" rows do not repeat only deflates them as any other.
     */
    private static final int MAX_REPEATED_RUNS = 16;

    /** The compressed runs of flat rows met so far, by run. */
    private final Map<FlatRun, Piece> flatRuns = new ConcurrentHashMap<>();
    /** The compressed runs of rows with text below {@code repeatedFrom} met so far, by their bytes. */
    private final Map<RepeatedRun, Piece> repeatedRuns = new ConcurrentHashMap<>();
    /** Scratch space free for the next image: at most one per thread that encoded at once. */
    private final Queue<Scratch> scratches = new ConcurrentLinkedQueue<>();

    /** The PNG bytes of {@code image}, a {@link BufferedImage#TYPE_BYTE_INDEXED} image of one byte per pixel. */
    byte[] encode(BufferedImage image) {
        byte[] pixels = pixels(image);
        int width = image.getWidth();
        int[] rowIndex = new int[image.getHeight()];
        for (int y = 0; y < rowIndex.length; y++) {
            rowIndex[y] = isFlat(pixels, y, width) ? pixels[y * width] & 0xff : -1;
        }
        return encode((IndexColorModel) image.getColorModel(), pixels, width, rowIndex, rowIndex.length);
    }

    /**
     * The PNG bytes of an image of {@code rowIndex.length} rows of {@code width} palette indices into {@code palette},
     * whose flat rows (one index across) the caller knows: {@code rowIndex[y]} is that index, and then row
     * {@code y}'s pixels are never read (they need not be set), or -1 when row {@code y} is in {@code pixels}. A flat
     * row said to be -1 costs only some compression; a row given an index is that index across. The painter knows
     * this from drawing the rows, which saves writing and comparing them here.
     *
     * <p>Rows from {@code repeatedFrom} on are the same in many images (a card's band with the site's name): a run of
     * rows with text that starts there or below is deflated once and its piece kept, by content, for the next image
     * that has the same rows. The bytes are those of deflating it again: a piece depends only on its rows.
     */
    byte[] encode(IndexColorModel palette, byte[] pixels, int width, int[] rowIndex, int repeatedFrom) {
        int height = rowIndex.length;
        if (palette.getPixelSize() != 8 || pixels.length < width * height) {
            throw new IllegalArgumentException("not " + height + " rows of " + width + " bytes into an 8-bit palette");
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream(32 * 1024);
            png.write(SIGNATURE);
            chunk(png, "IHDR", ihdr(width, height));
            chunk(png, "PLTE", plte(palette));
            chunk(png, "IDAT", zlib(pixels, rowIndex, width, height, repeatedFrom));
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows, each behind its filter byte, as a zlib stream of pieces (see the class comment). */
    private byte[] zlib(byte[] pixels, int[] rowIndex, int width, int height, int repeatedFrom) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        out.write(ZLIB_HEADER);
        int adler = 1;
        Scratch scratch = Optional.ofNullable(scratches.poll()).orElseGet(Scratch::new);
        int y = 0;
        while (y < height) {
            int end = y + 1;
            Piece piece;
            if (rowIndex[y] >= 0) {
                while (end < height && rowIndex[end] == rowIndex[y]) {
                    end++;
                }
                piece = flatRuns.computeIfAbsent(new FlatRun(width, (byte) rowIndex[y], end - y), PngEncoder::flat);
            } else {
                while (end < height && rowIndex[end] < 0) {
                    end++;
                }
                int length = (end - y) * (width + 1);
                byte[] rows = scratch.rows(length);
                for (int row = y, at = 0; row < end; row++, at += width + 1) {
                    rows[at] = FILTER_NONE;
                    System.arraycopy(pixels, row * width, rows, at + 1, width);
                }
                piece = y >= repeatedFrom ? repeated(scratch, rows, length) : scratch.deflate(rows, length);
            }
            out.write(piece.deflated());
            adler = combine(adler, piece.adler(), piece.length());
            y = end;
        }
        scratches.add(scratch);
        out.write(FINAL_EMPTY_BLOCK);
        new DataOutputStream(out).writeInt(adler);
        return out.toByteArray();
    }

    /** The piece of rows that recur in many images: kept from an earlier image with the same rows, or deflated now. */
    private Piece repeated(Scratch scratch, byte[] rows, int length) {
        RepeatedRun run = new RepeatedRun(Arrays.copyOf(rows, length));
        Piece kept = repeatedRuns.get(run);
        if (kept != null) {
            return kept;
        }
        Piece piece = scratch.deflate(rows, length);
        if (repeatedRuns.size() < MAX_REPEATED_RUNS) {
            repeatedRuns.putIfAbsent(run, piece);
        }
        return piece;
    }

    /** The pixels of an 8-bit indexed image, one byte each, row after row. */
    private static byte[] pixels(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_BYTE_INDEXED
            || !(image.getColorModel() instanceof IndexColorModel palette) || palette.getPixelSize() != 8) {
            throw new IllegalArgumentException("not an 8-bit indexed image: type " + image.getType());
        }
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        if (pixels.length != image.getWidth() * image.getHeight()) {
            throw new IllegalArgumentException("not a whole image of " + image.getWidth() + "×" + image.getHeight()
                + " bytes");
        }
        return pixels;
    }

    private static boolean isFlat(byte[] pixels, int y, int width) {
        int start = y * width;
        return Arrays.mismatch(pixels, start, start + width - 1, pixels, start + 1, start + width) < 0;
    }

    private static Piece flat(FlatRun run) {
        byte[] rows = new byte[run.rows() * (run.width() + 1)];
        Arrays.fill(rows, run.value());
        for (int at = 0; at < rows.length; at += run.width() + 1) {
            rows[at] = FILTER_NONE;
        }
        Deflater deflater = new Deflater(LEVEL, true);
        try {
            return Piece.of(deflater, rows, rows.length);
        } finally {
            deflater.end();
        }
    }

    /** The Adler-32 of two byte sequences one after the other, from theirs and the second's length (zlib's). */
    static int combine(int first, int second, int secondLength) {
        long rem = secondLength % ADLER_BASE;
        long sum1 = first & 0xffff;
        long sum2 = rem * sum1 % ADLER_BASE;
        sum1 += (second & 0xffff) + ADLER_BASE - 1;
        sum2 += (first >>> 16) + (second >>> 16) + ADLER_BASE - rem;
        sum1 %= ADLER_BASE;
        sum2 %= ADLER_BASE;
        return (int) (sum2 << 16 | sum1);
    }

    private static byte[] ihdr(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(13);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(width);
        out.writeInt(height);
        out.writeByte(8);
        out.writeByte(COLOUR_TYPE_INDEXED);
        out.writeByte(0);
        out.writeByte(0);
        out.writeByte(0);
        return bytes.toByteArray();
    }

    private static byte[] plte(IndexColorModel palette) {
        byte[] entries = new byte[palette.getMapSize() * 3];
        for (int i = 0; i < palette.getMapSize(); i++) {
            entries[3 * i] = (byte) palette.getRed(i);
            entries[3 * i + 1] = (byte) palette.getGreen(i);
            entries[3 * i + 2] = (byte) palette.getBlue(i);
        }
        return entries;
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    /**
     * What one image is encoded with, kept for the next: a deflater (its state is a few hundred kB of native memory set
     * up on creation; reset before every piece, so pieces come out as from a new one) and the buffer the rows of a
     * piece are laid out in behind their filter bytes. Never ended: the deflater's cleaner frees it with the encoder.
     */
    private static final class Scratch {

        final Deflater deflater = new Deflater(LEVEL, true);
        private byte[] rows = new byte[0];

        /** The first {@code length} bytes of {@code rows}, deflated as by a new deflater. */
        Piece deflate(byte[] rows, int length) {
            deflater.reset();
            return Piece.of(deflater, rows, length);
        }

        /** A buffer of at least {@code length} bytes, whatever they hold. */
        byte[] rows(int length) {
            if (rows.length < length) {
                rows = new byte[length];
            }
            return rows;
        }
    }

    /** A run of {@code rows} rows of {@code width} pixels of palette index {@code value}. */
    private record FlatRun(int width, byte value, int rows) {
    }

    /** The bytes of a run of rows with text (behind their filter bytes), compared by content. */
    private record RepeatedRun(byte[] rows) {

        @Override
        public boolean equals(Object other) {
            return other instanceof RepeatedRun run && Arrays.equals(rows, run.rows);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(rows);
        }

        @Override
        public String toString() {
            return "RepeatedRun[" + rows.length + " bytes]";
        }
    }

    /**
     * Rows deflated on their own.
     *
     * @param deflated raw deflate blocks ending with a sync flush
     * @param adler the Adler-32 of the rows
     * @param length how many bytes the rows are
     */
    private record Piece(byte[] deflated, int adler, int length) {

        /** The first {@code length} bytes of {@code rows}, deflated by {@code deflater} (fresh or reset). */
        static Piece of(Deflater deflater, byte[] rows, int length) {
            deflater.setInput(rows, 0, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(length / 16 + 64);
            byte[] buffer = new byte[16 * 1024];
            int count;
            do {
                count = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, count);
            } while (count == buffer.length);
            Adler32 adler = new Adler32();
            adler.update(rows, 0, length);
            return new Piece(out.toByteArray(), (int) adler.getValue(), length);
        }
    }
}
