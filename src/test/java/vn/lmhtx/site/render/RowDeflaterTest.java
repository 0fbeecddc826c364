package vn.lmhtx.site.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;

/** The card rows' deflater: what zlib's inflater reads back, its Huffman codes, and how well it packs text rows. */
class RowDeflaterTest {

    /** Rows of every kind inflate to themselves, each piece on its own and many one after another in a stream. */
    @Test
    void piecesInflateToTheirRows() throws DataFormatException {
        Random random = new Random(7);
        RowDeflater deflater = new RowDeflater();
        for (int piece = 0; piece < 300; piece++) {
            int rowBytes = 1 + random.nextInt(piece % 10 == 0 ? 40_000 : 1_500);
            byte[] rows = rows(random, rowBytes, 1 + random.nextInt(Math.max(1, 200_000 / rowBytes)), piece % 5);
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            deflater.deflate(rows, rows.length, rowBytes, out);

            assertThat(inflated(out, rows.length)).as("piece %d, rows of %d bytes", piece, rowBytes).isEqualTo(rows);
        }
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int piece = 0; piece < 20; piece++) {
            byte[] rows = rows(random, 1201, 1 + random.nextInt(90), piece % 5);
            deflater.deflate(rows, rows.length, 1201, stream);
            expected.writeBytes(rows);
        }
        assertThat(inflated(stream, expected.size())).isEqualTo(expected.toByteArray());
    }

    /** The first bytes only are deflated, and a piece of one byte or of no byte is still a valid piece. */
    @Test
    void onlyTheGivenLengthIsDeflatedDownToNothing() throws DataFormatException {
        byte[] rows = {5, 5, 5, 5, 9, 9, 9};
        RowDeflater deflater = new RowDeflater();
        for (int length = 0; length <= rows.length; length++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            deflater.deflate(rows, length, 3, out);
            assertThat(inflated(out, length)).isEqualTo(Arrays.copyOf(rows, length));
        }
    }

    /** The same rows give the same bytes, whatever the deflater did before (its buffers are reused). */
    @Test
    void theSameRowsGiveTheSameBytes() {
        Random random = new Random(3);
        byte[] rows = rows(random, 1201, 60, 0);
        RowDeflater used = new RowDeflater();
        for (int i = 0; i < 5; i++) {
            used.deflate(rows(random, 1 + random.nextInt(3000), 1 + random.nextInt(50), i), 1, 1, new ByteArrayOutputStream());
        }
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream again = new ByteArrayOutputStream();

        new RowDeflater().deflate(rows, rows.length, 1201, first);
        used.deflate(rows, rows.length, 1201, again);

        assertThat(again.toByteArray()).isEqualTo(first.toByteArray());
    }

    /**
     * Code lengths never pass their limit, even for counts that would make a deeper tree (Fibonacci counts make a
     * tree as deep as there are symbols), and always make a complete code (Kraft's sum is exactly 1), a lone symbol
     * included; the canonical codes are then all different.
     */
    @Test
    void codeLengthsAreLimitedAndMakeACompleteCode() {
        int[] fibonacci = new int[40];
        fibonacci[0] = 1;
        fibonacci[1] = 1;
        for (int i = 2; i < fibonacci.length; i++) {
            fibonacci[i] = fibonacci[i - 1] + fibonacci[i - 2];
        }
        Random random = new Random(11);
        int[][] cases = {fibonacci, {0, 0, 9, 0}, {4, 0, 0}, {0, 3}, {1, 1}, random.ints(286, 0, 1_000_000).toArray(),
            random.ints(19, 0, 3).toArray()};
        for (int[] counts : cases) {
            for (int limit : counts.length <= 1 << 7 ? new int[] {7, 15} : new int[] {15}) {
                int[] lengths = DeflateHuffman.lengths(counts, limit);

                assertThat(Arrays.stream(lengths).max().orElseThrow()).as("%s", Arrays.toString(counts)).isLessThanOrEqualTo(limit);
                double kraft = Arrays.stream(lengths).filter(length -> length > 0).mapToDouble(length -> Math.pow(2, -length)).sum();
                assertThat(kraft).as("%s", Arrays.toString(counts)).isEqualTo(1.0);
                for (int s = 0; s < counts.length; s++) {
                    assertThat(lengths[s] > 0 || counts[s] == 0).as("symbol %d has a code", s).isTrue();
                }
                int[] codes = DeflateHuffman.codes(lengths);
                long distinct = java.util.stream.IntStream.range(0, lengths.length).filter(s -> lengths[s] > 0)
                    .mapToObj(s -> lengths[s] + ":" + codes[s]).distinct().count();
                assertThat(distinct).isEqualTo(Arrays.stream(lengths).filter(length -> length > 0).count());
            }
        }
        assertThat(DeflateHuffman.lengths(fibonacci, 100)).as("unlimited, the tree is as deep as Fibonacci's")
            .contains(39);
        assertThatCode(() -> DeflateHuffman.lengths(new int[300], 7)).doesNotThrowAnyException();
        int[] tooMany = new int[200];
        Arrays.fill(tooMany, 1);
        assertThatThrownBy(() -> DeflateHuffman.lengths(tooMany, 7)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * On rows like a card's text (blank runs, shapes repeated a row down, antialiased edges), the pieces come out no
     * larger than zlib's fastest level makes them: the speed is not paid for in size.
     */
    @Test
    void textLikeRowsPackAtLeastAsWellAsZlibsFastestLevel() {
        Random random = new Random(5);
        byte[] rows = rows(random, 1201, 300, 0);
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        new RowDeflater().deflate(rows, rows.length, 1201, ours);
        Deflater zlib = new Deflater(Deflater.BEST_SPEED, true);
        zlib.setInput(rows);
        byte[] buffer = new byte[rows.length];
        int zlibBytes = zlib.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
        zlib.end();

        assertThat(ours.size()).isLessThanOrEqualTo(zlibBytes);
    }

    /**
     * {@code rows} rows of {@code rowBytes} bytes, each a filter byte 0 then: kind 0, text-like (blank, with shapes of
     * 0–127 that go on a row down with some edges changed); 1, noise over all 256 values; 2, one value across; 3, long
     * runs of a few values; 4, rows repeated exactly.
     */
    private static byte[] rows(Random random, int rowBytes, int rows, int kind) {
        byte[] bytes = new byte[rowBytes * rows];
        for (int y = 0; y < rows; y++) {
            int at = y * rowBytes;
            for (int x = 1; x < rowBytes; x++) {
                bytes[at + x] = switch (kind) {
                    case 0 -> y > 0 && random.nextInt(10) > 0 ? bytes[at + x - rowBytes]
                        : (byte) (random.nextInt(6) == 0 ? random.nextInt(128) : 0);
                    case 1 -> (byte) random.nextInt(256);
                    case 2 -> (byte) 77;
                    case 3 -> x > 1 && random.nextInt(300) > 0 ? bytes[at + x - 1] : (byte) random.nextInt(4);
                    default -> y > 0 ? bytes[at + x - rowBytes] : (byte) random.nextInt(256);
                };
            }
        }
        return bytes;
    }

    /** The stream inflated, ended by a final empty block as the PNG encoder ends its own. */
    private static byte[] inflated(ByteArrayOutputStream deflated, int length) throws DataFormatException {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(deflated.toByteArray());
        stream.writeBytes(new byte[] {0x03, 0x00});
        Inflater inflater = new Inflater(true);
        inflater.setInput(stream.toByteArray());
        byte[] out = new byte[length + 1];
        int inflated = inflater.inflate(out);
        assertThat(inflater.finished()).as("the stream ends where it should").isTrue();
        inflater.end();
        return Arrays.copyOf(out, inflated);
    }
}
