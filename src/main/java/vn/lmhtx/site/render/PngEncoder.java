package vn.lmhtx.site.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Encodes an RGB image as a PNG with only the chunks an image needs (IHDR, IDAT, IEND): no time, text or other
 * metadata, so equal pixels give equal bytes. Every row uses the "Sub" filter, which turns the cards' flat colour into
 * runs of zeros: about five times faster than {@code ImageIO}'s adaptive filtering, for files of the same size. The
 * pixels are read from the image's own array (through {@code getRGB} every pixel went through the colour model), and
 * deflated at level 3: the cards were a quarter of a 1,000-article build's CPU, and against getRGB at the default
 * level 6 this cuts drawing 1,000 real titles from 16.1 to 9.9 s of CPU for 22 % more bytes (43.6 → 53.0 kB a card),
 * which only share previews fetch ({@code bench/ShareCardBench}).
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_SUB = 1;
    private static final int COLOUR_TYPE_RGB = 2;
    private static final int BYTES_PER_PIXEL = 3;
    private static final int LEVEL = 3;

    private PngEncoder() {
    }

    /** The PNG bytes of {@code image}, a {@link BufferedImage#TYPE_INT_RGB} image (as the cards are painted). */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("not an INT_RGB image: type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
            png.write(SIGNATURE);
            chunk(png, "IHDR", ihdr(width, height));
            chunk(png, "IDAT", pixels(image, width, height));
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] ihdr(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(13);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(width);
        out.writeInt(height);
        out.writeByte(8);
        out.writeByte(COLOUR_TYPE_RGB);
        out.writeByte(0);
        out.writeByte(0);
        out.writeByte(0);
        return bytes.toByteArray();
    }

    /** The filtered rows, deflated. */
    private static byte[] pixels(BufferedImage image, int width, int height) throws IOException {
        int[] rgb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] row = new byte[1 + width * BYTES_PER_PIXEL];
        row[0] = FILTER_SUB;
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(64 * 1024);
        Deflater deflater = new Deflater(LEVEL);
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 64 * 1024)) {
            for (int y = 0; y < height; y++) {
                int previous = 0;
                for (int x = 0, at = 1, pixelAt = y * width; x < width; x++, at += BYTES_PER_PIXEL) {
                    int pixel = rgb[pixelAt + x];
                    row[at] = (byte) ((pixel >> 16) - (previous >> 16));
                    row[at + 1] = (byte) ((pixel >> 8) - (previous >> 8));
                    row[at + 2] = (byte) (pixel - previous);
                    previous = pixel;
                }
                out.write(row);
            }
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
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
}
