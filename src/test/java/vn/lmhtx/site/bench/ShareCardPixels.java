package vn.lmhtx.site.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Compares the share cards two versions drew ({@code bench/ShareCardPixels FOLDER_A FOLDER_B}, each written by
 * {@link ShareCardBench} with a folder argument): decodes each pair of PNGs with ImageIO and compares every pixel's
 * colour, for a change that alters the cards' bytes (another deflate setting) but must not alter what they show.
 * Prints how many cards differ in bytes and in pixels, and the total sizes; exits 1 when any pixel differs.
 */
public final class ShareCardPixels {

    private ShareCardPixels() {
    }

    public static void main(String[] args) throws IOException {
        Path first = Paths.get(args[0]);
        Path second = Paths.get(args[1]);
        List<Path> names;
        try (Stream<Path> files = Files.list(first)) {
            names = files.map(Path::getFileName).sorted().toList();
        }
        int bytesDiffer = 0;
        int pixelsDiffer = 0;
        long firstSize = 0;
        long secondSize = 0;
        for (Path name : names) {
            byte[] a = Files.readAllBytes(first.resolve(name));
            byte[] b = Files.readAllBytes(second.resolve(name));
            firstSize += a.length;
            secondSize += b.length;
            if (Arrays.equals(a, b)) {
                continue;
            }
            bytesDiffer++;
            if (!Arrays.equals(rgb(first.resolve(name)), rgb(second.resolve(name)))) {
                pixelsDiffer++;
                System.out.println("pixels differ: " + name);
            }
        }
        System.out.printf(Locale.ROOT, "%d cards: %d differ in bytes, %d in pixels; %.1f KB -> %.1f KB per card (%+.1f %%)%n",
            names.size(), bytesDiffer, pixelsDiffer, firstSize / 1024.0 / names.size(), secondSize / 1024.0 / names.size(),
            100.0 * (secondSize - firstSize) / firstSize);
        System.exit(pixelsDiffer == 0 && !names.isEmpty() ? 0 : 1);
    }

    /** The decoded colour of every pixel, row after row, with the image's size first. */
    private static int[] rgb(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        int[] pixels = new int[2 + image.getWidth() * image.getHeight()];
        pixels[0] = image.getWidth();
        pixels[1] = image.getHeight();
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), pixels, 2, image.getWidth());
        return pixels;
    }
}
