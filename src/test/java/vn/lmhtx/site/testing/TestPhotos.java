package vn.lmhtx.site.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Photos made with Java2D for tests: a red mark in the stored top-left corner shows which way a photo was turned. */
public final class TestPhotos {

    /** A camera make written into the EXIF of {@link #jpegWithExif}; no published byte may contain it. */
    public static final String CAMERA = "ZQCAMERA";

    private TestPhotos() {
    }

    /** A white-and-blue picture with a red block in its top-left quarter. */
    public static BufferedImage marked(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 90, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(width / 2, height / 2, width / 2, height / 2);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 4, height / 4);
        g.dispose();
        return image;
    }

    /** A plain JPEG of {@link #marked}. */
    public static byte[] jpeg(int width, int height) throws IOException {
        BufferedImage image = marked(width, height, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /** A PNG of {@link #marked} with a transparent band at the bottom. */
    public static byte[] png(int width, int height) throws IOException {
        BufferedImage image = marked(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = height - height / 8; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, 0);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /**
     * A PNG that says it is {@code width}×{@code height} but holds no pixels: enough for a size check, which must read
     * only the header (a real 40-megapixel file takes seconds to write).
     */
    public static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0).array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typed = ByteBuffer.allocate(4 + data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data).array();
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(typed);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typed);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /**
     * A JPEG as a phone writes it: the pixels stored sideways and an EXIF block (APP1) with the {@code orientation}, the
     * camera's make ({@link #CAMERA}) and a GPS position (10°N 105°E).
     */
    public static byte[] jpegWithExif(int storedWidth, int storedHeight, int orientation) throws IOException {
        return withExif(jpeg(storedWidth, storedHeight), orientation);
    }

    /** {@code plain} (a JPEG) with an EXIF block (APP1) as a phone writes it: the orientation, {@link #CAMERA}, a GPS position. */
    public static byte[] withExif(byte[] plain, int orientation) {
        byte[] exif = exif(orientation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exif);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    /** "Exif\0\0" and a little-endian TIFF block: IFD0 (orientation, make, GPS pointer) and a GPS IFD. */
    private static byte[] exif(int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        int makeAt = 8 + 2 + 3 * 12 + 4;
        int gpsAt = makeAt + 10;
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(CAMERA.length() + 1).putInt(makeAt);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsAt);
        tiff.putInt(0);
        tiff.put((CAMERA + "\0").getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
        int rationalsAt = gpsAt + 2 + 4 * 12 + 4;
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(rationalsAt);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) 'E').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(rationalsAt + 24);
        tiff.putInt(0);
        for (int degrees : new int[] {10, 0, 0, 105, 0, 0}) {
            tiff.putInt(degrees).putInt(1);
        }
        byte[] body = new byte[tiff.position()];
        tiff.flip().get(body);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /**
     * A four-channel (CMYK) JPEG as print workflows make them, written from a raster: cyan on the left half, no ink
     * (white) on the right, and a band of full black at the bottom.
     */
    public static byte[] cmykJpeg(int width, int height) throws IOException {
        WritableRaster raster = java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, width, height,
            4, null);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int c = x < width / 2 ? 255 : 0;
                int k = y >= height - height / 8 ? 255 : 0;
                // Stored inverted (255 is no ink), as Adobe's CMYK JPEGs are.
                raster.setPixel(x, y, new int[] {255 - c, 255, 255, 255 - k});
            }
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(raster, null, null), null);
        } finally {
            writer.dispose();
        }
        // Adobe's APP14 marker, transform 0: the four channels are CMYK as stored, not YCCK (the JDK writes none).
        byte[] plain = bytes.toByteArray();
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.writeBytes(adobe);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }
}
