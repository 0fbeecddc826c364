package vn.lmhtx.site.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.ToIntBiFunction;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes an indexed-colour image as a PNG with only the chunks an image needs (IHDR, PLTE, IDAT, IEND): no time, text
 * or other metadata, so equal pixels give equal bytes. One byte per pixel, every row unfiltered.
 *
 * <p>Most of a card's rows are one flat colour, and zlib spends about as long matching such runs as on the text. So
 * the zlib stream is written in pieces: each run of flat rows above the text and below it is a raw deflate piece
 * compressed once per encoder (its bytes depend only on the run's width, colour and length) and copied into every card
 * that has it; the rows from the first with text to the last are deflated as one piece; rows the same at the bottom of
 * many images (a card's band) are a {@link Tail} deflated once. Every piece ends with a sync flush (an empty stored
 * block, byte-aligned, not final), refers to nothing before it, and so can follow any other; an empty final block and
 * the Adler-32 of all rows (combined from the pieces' own) end the stream. Shared by a build's threads.
 *
 * <p>The rows deflated for every image (a card's text) go through a {@link RowDeflater}, which only looks for repeats one
 * row up and runs: zlib, even at its fastest level, was two thirds of the cards' CPU in a build of 5,000 real articles,
 * hashing every position of the glyphs' antialiased edges; the rows come out about a tenth smaller too. Pieces
 * deflated once per encoder (the band, flat runs) take zlib's best level.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int COLOUR_TYPE_INDEXED = 3;
    private static final int FILTER_NONE = 0;
    /** The level of the pieces deflated once and copied into many images. */
    private static final int KEPT_LEVEL = Deflater.BEST_COMPRESSION;
    /**
     * A zlib header: deflate, 32 KB window, no dictionary, "fastest" (the level is only informative: a reader ignores
     * it; the bytes are those of earlier builds).
     */
    private static final byte[] ZLIB_HEADER = {0x78, 0x01};
    private static final byte[] IDAT = "IDAT".getBytes(StandardCharsets.US_ASCII);
    /** A final fixed-Huffman block holding only its end code: what ends a stream after a sync flush. */
    private static final byte[] FINAL_EMPTY_BLOCK = {0x03, 0x00};
    private static final int ADLER_BASE = 65521;

    /** The compressed runs of flat rows met so far, by run. */
    private final Map<FlatRun, Piece> flatRuns = new ConcurrentHashMap<>();
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
        return encode((IndexColorModel) image.getColorModel(), pixels, width, rowIndex, Tail.NONE);
    }

    /**
     * Rows that end many images (a card's band with the site's name), deflated once, at the best level, for
     * {@link #encode(IndexColorModel, byte[], int, int[], Tail)}: {@code rowIndex.length} rows of {@code width} palette
     * indices, with their flat rows given as there.
     */
    Tail tail(byte[] pixels, int width, int[] rowIndex) {
        return new Tail(width, rowIndex.length, kept(rowIndex.length * (width + 1),
            (scratch, deflated) -> writeRows(pixels, rowIndex, width, scratch, deflated, 1)));
    }

    /**
     * The PNG bytes of an image of {@code rowIndex.length} rows of {@code width} palette indices into {@code palette},
     * then {@code tail}'s rows. The caller knows the flat rows (one index across): {@code rowIndex[y]} is that index,
     * and then row {@code y}'s pixels are never read (they need not be set), or -1 when row {@code y} is in
     * {@code pixels}. A flat row said to be -1 costs only some compression; a row given an index is that index across.
     * The painter knows this from drawing the rows, which saves writing and comparing them here.
     */
    byte[] encode(IndexColorModel palette, byte[] pixels, int width, int[] rowIndex, Tail tail) {
        int height = rowIndex.length + tail.rows();
        if (palette.getPixelSize() != 8 || pixels.length < width * rowIndex.length
            || tail.rows() > 0 && tail.width() != width) {
            throw new IllegalArgumentException("not " + height + " rows of " + width + " bytes into an 8-bit palette");
        }
        Scratch scratch = Optional.ofNullable(scratches.poll()).orElseGet(() -> new Scratch(new RowDeflater()::deflate));
        try {
            // The image is laid out in the scratch's buffer and copied once, as the result.
            Buffer png = scratch.png;
            png.reset();
            png.write(SIGNATURE);
            chunk(png, "IHDR", ihdr(width, height));
            chunk(png, "PLTE", plte(palette));
            // The IDAT chunk is written in place: its length is set, and its CRC taken, once its data is written.
            int idat = png.size();
            png.writeInt(0);
            png.write(IDAT);
            png.write(ZLIB_HEADER);
            int adler = writeRows(pixels, rowIndex, width, scratch, png, 1);
            png.write(tail.piece().deflated());
            adler = combine(adler, tail.piece().adler(), tail.piece().length());
            png.write(FINAL_EMPTY_BLOCK);
            png.writeInt(adler);
            png.setInt(idat, png.size() - idat - 8);
            png.writeInt(png.crc(idat + 4, png.size() - idat - 4));
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } finally {
            scratches.add(scratch);
        }
    }

    /**
     * Writes the rows to {@code out} as pieces, in order: the flat rows above the first other row and below the last,
     * in shared runs; the rows from the first other row to the last, flat ones among them included, deflated as one
     * piece with the scratch's deflater. Returns the Adler-32 of the rows (behind their filter bytes) after
     * {@code adler}'s.
     */
    private int writeRows(byte[] pixels, int[] rowIndex, int width, Scratch scratch, Buffer out, int adler) {
        int height = rowIndex.length;
        int first = 0;
        while (first < height && rowIndex[first] >= 0) {
            first++;
        }
        int last = height;
        while (last > first && rowIndex[last - 1] >= 0) {
            last--;
        }
        adler = writeFlatRuns(rowIndex, 0, first, width, out, adler);
        if (first < last) {
            // One piece, not one per run of text rows: a card's lines of text are a few flat rows apart, and a piece
            // for each line cost a Huffman code of its own, about a seventh of the cards' CPU.
            int length = (last - first) * (width + 1);
            byte[] rows = scratch.rows(length);
            for (int row = first, at = 0; row < last; row++, at += width + 1) {
                rows[at] = FILTER_NONE;
                if (rowIndex[row] >= 0) {
                    Arrays.fill(rows, at + 1, at + 1 + width, (byte) rowIndex[row]);
                } else {
                    System.arraycopy(pixels, row * width, rows, at + 1, width);
                }
            }
            adler = combine(adler, scratch.deflate(rows, length, width + 1, out), length);
        }
        return writeFlatRuns(rowIndex, last, height, width, out, adler);
    }

    /** Writes the flat rows {@code from}–{@code to} (exclusive) as shared runs; returns the Adler-32 as there. */
    private int writeFlatRuns(int[] rowIndex, int from, int to, int width, Buffer out, int adler) {
        for (int y = from; y < to;) {
            int end = y + 1;
            while (end < to && rowIndex[end] == rowIndex[y]) {
                end++;
            }
            Piece flat = flatRuns.computeIfAbsent(new FlatRun(width, (byte) rowIndex[y], end - y), PngEncoder::flat);
            out.write(flat.deflated());
            adler = combine(adler, flat.adler(), flat.length());
            y = end;
        }
        return adler;
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

    /** Whether row {@code y} of {@code pixels} ({@code width} bytes a row) is one index across. */
    static boolean isFlat(byte[] pixels, int y, int width) {
        int start = y * width;
        return Arrays.mismatch(pixels, start, start + width - 1, pixels, start + 1, start + width) < 0;
    }

    private static Piece flat(FlatRun run) {
        byte[] rows = new byte[run.rows() * (run.width() + 1)];
        Arrays.fill(rows, run.value());
        for (int at = 0; at < rows.length; at += run.width() + 1) {
            rows[at] = FILTER_NONE;
        }
        return kept(rows.length, (scratch, deflated) -> scratch.deflate(rows, rows.length, run.width() + 1, deflated));
    }

    /**
     * A piece deflated once, at the best level, to be copied into many images: {@code length} bytes of rows that
     * {@code rows} deflates with the scratch it is given into the buffer, returning their Adler-32.
     */
    private static Piece kept(int length, ToIntBiFunction<Scratch, Buffer> rows) {
        Deflater deflater = new Deflater(KEPT_LEVEL, true);
        try {
            Buffer deflated = new Buffer(0);
            int adler = rows.applyAsInt(new Scratch(zlib(deflater)), deflated);
            return new Piece(deflated.toByteArray(), adler, length);
        } finally {
            deflater.end();
        }
    }

    /** Deflating with zlib: the rows as a new deflater would, ended with a sync flush. */
    private static Deflate zlib(Deflater deflater) {
        byte[] deflated = new byte[16 * 1024];
        return (rows, length, rowBytes, out) -> {
            deflater.reset();
            deflater.setInput(rows, 0, length);
            int count;
            do {
                count = deflater.deflate(deflated, 0, deflated.length, Deflater.SYNC_FLUSH);
                out.write(deflated, 0, count);
            } while (count == deflated.length);
        };
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

    private static byte[] ihdr(int width, int height) {
        return ByteBuffer.allocate(13).putInt(width).putInt(height)
            .put((byte) 8).put((byte) COLOUR_TYPE_INDEXED).put((byte) 0).put((byte) 0).put((byte) 0).array();
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

    private static void chunk(Buffer png, String type, byte[] data) {
        int start = png.size();
        png.writeInt(data.length);
        png.write(type.getBytes(StandardCharsets.US_ASCII));
        png.write(data);
        png.writeInt(png.crc(start + 4, png.size() - start - 4));
    }

    /**
     * How a run of rows (each {@code rowBytes} long, with its filter byte) is deflated into a piece: blocks that end
     * with a sync flush and refer to nothing before them.
     */
    private interface Deflate {

        void write(byte[] rows, int length, int rowBytes, ByteArrayOutputStream out);
    }

    /**
     * What one image is encoded with, kept for the next: how its rows are deflated, the buffer they are laid out in
     * behind their filter bytes, and the one the image is laid out in.
     */
    private static final class Scratch {

        private final Deflate deflate;
        private final Adler32 adler = new Adler32();
        private final Buffer png = new Buffer(32 * 1024);
        private byte[] rows = new byte[0];

        Scratch(Deflate deflate) {
            this.deflate = deflate;
        }

        /** Writes the first {@code length} bytes of {@code rows} to {@code out} as a piece; returns their Adler-32. */
        int deflate(byte[] rows, int length, int rowBytes, Buffer out) {
            deflate.write(rows, length, rowBytes, out);
            adler.reset();
            adler.update(rows, 0, length);
            return (int) adler.getValue();
        }

        /** A buffer of at least {@code length} bytes, whatever they hold. */
        byte[] rows(int length) {
            if (rows.length < length) {
                rows = new byte[length];
            }
            return rows;
        }
    }

    /** Bytes written in order, with the big-endian integers and checksums of PNG chunks. */
    private static final class Buffer extends ByteArrayOutputStream {

        Buffer(int size) {
            super(size);
        }

        @Override
        public void write(byte[] bytes) {
            write(bytes, 0, bytes.length);
        }

        void writeInt(int value) {
            write(value >>> 24);
            write(value >>> 16);
            write(value >>> 8);
            write(value);
        }

        void setInt(int at, int value) {
            buf[at] = (byte) (value >>> 24);
            buf[at + 1] = (byte) (value >>> 16);
            buf[at + 2] = (byte) (value >>> 8);
            buf[at + 3] = (byte) value;
        }

        /** The CRC-32 of {@code length} bytes written from {@code at}. */
        int crc(int at, int length) {
            CRC32 crc = new CRC32();
            crc.update(buf, at, length);
            return (int) crc.getValue();
        }
    }

    /** A run of {@code rows} rows of {@code width} pixels of palette index {@code value}. */
    private record FlatRun(int width, byte value, int rows) {
    }

    /**
     * Rows at the end of many images, deflated once: {@code rows} rows of {@code width} pixels.
     *
     * @param piece the rows behind their filter bytes, deflated
     */
    record Tail(int width, int rows, Piece piece) {

        /** No rows. */
        static final Tail NONE = new Tail(0, 0, new Piece(new byte[0], 1, 0));
    }

    /**
     * Rows deflated on their own.
     *
     * @param deflated raw deflate blocks ending with a sync flush
     * @param adler the Adler-32 of the rows
     * @param length how many bytes the rows are
     */
    record Piece(byte[] deflated, int adler, int length) {
    }
}
