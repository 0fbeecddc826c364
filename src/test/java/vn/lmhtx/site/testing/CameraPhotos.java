package vn.lmhtx.site.testing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws camera-like photos with Java2D for the photo benchmark and fixtures: a sky and ground in gradients, buildings,
 * a banner, a crowd and foliage at every scale, and sensor noise, written as a quality-92 JPEG with an EXIF block
 * ({@link TestPhotos#withExif}). Detail at every scale matters: the size of a resized JPEG depends on it, and a
 * smooth picture would make every published width look cheaper than a real photo. The same seed gives the same bytes.
 */
public final class CameraPhotos {

    private CameraPhotos() {
    }

    /**
     * A {@code width}×{@code height} landscape photo as the camera stores it; with {@code sideways} the scene is a
     * portrait ({@code height}×{@code width}) stored turned, as a phone held upright does, with EXIF orientation 6.
     */
    public static byte[] jpeg(int width, int height, boolean sideways, long seed) throws IOException {
        Random random = new Random(seed);
        BufferedImage upright = sideways ? scene(height, width, random) : scene(width, height, random);
        BufferedImage stored = sideways ? turnedLeft(upright) : upright;
        return TestPhotos.withExif(encode(stored, 0.92f), sideways ? 6 : 1);
    }

    private static BufferedImage scene(int width, int height, Random random) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int horizon = height * (30 + random.nextInt(20)) / 100;
        g.setPaint(new GradientPaint(0, 0, new Color(70 + random.nextInt(40), 120 + random.nextInt(40), 200 + random.nextInt(40)),
            0, horizon, new Color(190, 210, 230)));
        g.fillRect(0, 0, width, horizon);
        g.setPaint(new GradientPaint(0, horizon, new Color(90, 120 + random.nextInt(40), 60), 0, height, new Color(60, 70, 40)));
        g.fillRect(0, horizon, width, height - horizon);
        clouds(g, random, width, horizon);
        buildings(g, random, width, horizon);
        banner(g, random, width, horizon);
        foliage(g, random, width, height, horizon);
        crowd(g, random, width, height, horizon);
        g.dispose();
        sensorNoise(image, random);
        return image;
    }

    private static void clouds(Graphics2D g, Random random, int width, int horizon) {
        for (int i = 0; i < 40; i++) {
            g.setColor(new Color(255, 255, 255, 40 + random.nextInt(80)));
            int w = width / 20 + random.nextInt(width / 6);
            g.fillOval(random.nextInt(width), random.nextInt(Math.max(1, horizon * 2 / 3)), w, w / 3);
        }
    }

    private static void buildings(Graphics2D g, Random random, int width, int horizon) {
        for (int x = -random.nextInt(200); x < width; x += 120 + random.nextInt(400)) {
            int w = 150 + random.nextInt(500);
            int h = horizon / 4 + random.nextInt(horizon / 2);
            g.setColor(new Color(150 + random.nextInt(100), 140 + random.nextInt(100), 120 + random.nextInt(100)));
            g.fillRect(x, horizon - h, w, h + 40);
            g.setColor(new Color(60, 70, 90));
            for (int wy = horizon - h + 30; wy < horizon - 40; wy += 70 + random.nextInt(20)) {
                for (int wx = x + 20; wx < x + w - 40; wx += 60 + random.nextInt(20)) {
                    g.fillRect(wx, wy, 30, 40);
                }
            }
        }
    }

    /** A conference banner: red cloth with yellow lettering-like strokes. */
    private static void banner(Graphics2D g, Random random, int width, int horizon) {
        int top = horizon - horizon / 3;
        int left = width / 8 + random.nextInt(width / 8);
        int w = width / 2 + random.nextInt(width / 4);
        g.setColor(new Color(190 + random.nextInt(40), 20, 30));
        g.fillRect(left, top, w, horizon / 5);
        g.setColor(new Color(250, 220, 60));
        g.setStroke(new BasicStroke(Math.max(3, width / 600f)));
        for (int x = left + 40; x < left + w - 80; x += 30 + random.nextInt(50)) {
            int y = top + horizon / 20 + random.nextInt(horizon / 15);
            g.drawLine(x, y, x + 10 + random.nextInt(30), y + random.nextInt(horizon / 15));
        }
    }

    /** Leaves and grass at many sizes, the texture that makes real photos expensive to compress. */
    private static void foliage(Graphics2D g, Random random, int width, int height, int horizon) {
        int count = width * height / 2000;
        for (int i = 0; i < count; i++) {
            int size = 4 + (int) (Math.pow(random.nextDouble(), 3) * width / 25);
            int y = horizon + random.nextInt(height - horizon);
            g.setColor(new Color(30 + random.nextInt(90), 70 + random.nextInt(110), 20 + random.nextInt(60), 90 + random.nextInt(140)));
            g.fillOval(random.nextInt(width), y, size, size / 2 + random.nextInt(size));
        }
    }

    private static void crowd(Graphics2D g, Random random, int width, int height, int horizon) {
        for (int i = 0; i < 25; i++) {
            int scale = height / 20 + random.nextInt(height / 8);
            int x = random.nextInt(width);
            int y = horizon + random.nextInt(Math.max(1, height - horizon - scale));
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            g.fillRoundRect(x, y + scale / 3, scale / 2, scale, scale / 6, scale / 6);
            g.setColor(new Color(200 + random.nextInt(40), 160 + random.nextInt(40), 120 + random.nextInt(40)));
            g.fillOval(x + scale / 12, y, scale / 3, scale / 3);
        }
    }

    /** Luminance noise of a few levels on every pixel, as a phone's sensor leaves after its own denoising. */
    private static void sensorNoise(BufferedImage image, Random random) {
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        long state = random.nextLong() | 1;
        for (int i = 0; i < pixels.length; i++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            int noise = (int) (state & 7) - 3;
            int p = pixels[i];
            pixels[i] = clamp((p >> 16 & 0xFF) + noise) << 16 | clamp((p >> 8 & 0xFF) + noise) << 8 | clamp((p & 0xFF) + noise);
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }

    /** {@code image} turned a quarter to the left: what the sensor stored when the phone was held upright. */
    private static BufferedImage turnedLeft(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage turned = new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                turned.setRGB(y, w - 1 - x, image.getRGB(x, y));
            }
        }
        return turned;
    }

    private static byte[] encode(BufferedImage image, float quality) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
