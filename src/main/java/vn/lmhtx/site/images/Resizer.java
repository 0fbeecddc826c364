package vn.lmhtx.site.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Scales and turns photos with Java2D's software loops, which give the same pixels on every run. Downscaling halves
 * the image step by step with bilinear filtering before the last step: one bilinear step from 4000 to 480 pixels
 * would skip most source pixels and shimmer.
 */
final class Resizer {

    private Resizer() {
    }

    /**
     * {@code source} scaled to {@code width}×{@code height} as opaque sRGB ({@code TYPE_INT_RGB}): transparency over
     * white, other colour spaces (CMYK converted by the reader, ICC profiles) converted by Java2D.
     */
    static BufferedImage scale(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        do {
            int nextWidth = current.getWidth() / 2 >= width ? current.getWidth() / 2 : width;
            int nextHeight = current.getWidth() / 2 >= width ? Math.max(height, current.getHeight() / 2) : height;
            current = draw(current, nextWidth, nextHeight);
        } while (current.getWidth() != width || current.getHeight() != height);
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** {@code stored} (opaque RGB) turned upright as EXIF orientation 1–8 says. */
    static BufferedImage upright(BufferedImage stored, int orientation) {
        if (orientation <= Exif.UPRIGHT || orientation > 8) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        boolean swapped = orientation >= 5;
        int outWidth = swapped ? h : w;
        int outHeight = swapped ? w : h;
        int[] in = stored.getRGB(0, 0, w, h, null, 0, w);
        int[] out = new int[in.length];
        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < outWidth; x++) {
                out[y * outWidth + x] = in[sourceIndex(orientation, x, y, w, h)];
            }
        }
        BufferedImage result = new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_INT_RGB);
        result.setRGB(0, 0, outWidth, outHeight, out, 0, outWidth);
        return result;
    }

    /** Which stored pixel shows at upright (x, y); w and h are the stored size. */
    private static int sourceIndex(int orientation, int x, int y, int w, int h) {
        return switch (orientation) {
            case 2 -> y * w + (w - 1 - x);
            case 3 -> (h - 1 - y) * w + (w - 1 - x);
            case 4 -> (h - 1 - y) * w + x;
            case 5 -> x * w + y;
            case 6 -> (h - 1 - x) * w + y;
            case 7 -> (h - 1 - x) * w + (w - 1 - y);
            case 8 -> x * w + (w - 1 - y);
            default -> y * w + x;
        };
    }
}
