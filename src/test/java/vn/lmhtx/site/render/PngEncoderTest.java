package vn.lmhtx.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Adler32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG encoder's zlib stream of pieces: flat runs shared between images, text rows deflated on their own. */
class PngEncoderTest {

    private static final IndexColorModel GREYS = greys();

    /**
     * Images of random flat runs (of one or several colours, at the top, middle and end) and noisy rows decode to their
     * own pixels, through one encoder that reuses the runs it compressed for earlier images. ImageIO's inflater checks
     * the stream's Adler-32.
     */
    @Test
    void imagesOfFlatAndNoisyRowsDecodeToTheirPixels() throws IOException {
        PngEncoder encoder = new PngEncoder();
        Random random = new Random(12);
        for (int image = 0; image < 40; image++) {
            int width = 1 + random.nextInt(300);
            int height = 1 + random.nextInt(120);
            BufferedImage expected = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, GREYS);
            byte[] pixels = ((DataBufferByte) expected.getRaster().getDataBuffer()).getData();
            int y = 0;
            while (y < height) {
                int rows = Math.min(height - y, 1 + random.nextInt(30));
                boolean flat = random.nextInt(3) > 0;
                byte value = (byte) random.nextInt(3);
                for (int row = y; row < y + rows; row++) {
                    for (int x = 0; x < width; x++) {
                        pixels[row * width + x] = flat ? value : (byte) (random.nextInt(8) == 0 ? random.nextInt(256) : 0);
                    }
                }
                y += rows;
            }

            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(encoder.encode(expected)));

            for (int row = 0; row < height; row++) {
                for (int x = 0; x < width; x++) {
                    assertThat(decoded.getRGB(x, row)).as("image %d, pixel %d,%d", image, x, row).isEqualTo(expected.getRGB(x, row));
                }
            }
        }
    }

    /**
     * Rows the caller gives an index for are that index across, whatever their pixels hold (the painter leaves the
     * rows its text did not reach unwritten), and give the bytes of the same image with those rows filled.
     */
    @Test
    void rowsGivenAnIndexAreThatIndexAcrossWhateverTheirPixelsHold() throws IOException {
        int width = 50;
        int[] rowIndex = {7, 7, -1, -1, 200, 200, 200, -1, 7};
        BufferedImage filled = new BufferedImage(width, rowIndex.length, BufferedImage.TYPE_BYTE_INDEXED, GREYS);
        byte[] pixels = ((DataBufferByte) filled.getRaster().getDataBuffer()).getData();
        byte[] unset = new byte[pixels.length];
        Random random = new Random(5);
        random.nextBytes(unset);
        for (int y = 0; y < rowIndex.length; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = rowIndex[y] >= 0 ? (byte) rowIndex[y] : unset[y * width + x];
            }
        }
        PngEncoder encoder = new PngEncoder();

        byte[] png = encoder.encode(GREYS, unset, width, rowIndex, PngEncoder.Tail.NONE);

        assertThat(png).isEqualTo(new PngEncoder().encode(filled));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        for (int y = 0; y < rowIndex.length; y++) {
            for (int x = 0; x < width; x++) {
                assertThat(decoded.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(filled.getRGB(x, y));
            }
        }
    }

    /**
     * A tail (rows deflated once, flat and not) ends every image it is given to: each decodes to its own rows, then the
     * tail's, and has the bytes whichever encoder made the tail.
     */
    @Test
    void aTailDeflatedOnceEndsEveryImageItIsGivenTo() throws IOException {
        PngEncoder encoder = new PngEncoder();
        Random random = new Random(8);
        int width = 40;
        int[] tailIndex = {9, -1, -1, 9, 4, -1};
        byte[] tailPixels = new byte[width * tailIndex.length];
        random.nextBytes(tailPixels);
        for (int y = 0; y < tailIndex.length; y++) {
            if (tailIndex[y] >= 0) {
                Arrays.fill(tailPixels, y * width, (y + 1) * width, (byte) tailIndex[y]);
            }
        }
        PngEncoder.Tail tail = encoder.tail(tailPixels, width, tailIndex);
        int[] rowIndex = {0, -1, -1, 0, 0, -1, 3};
        for (int image = 0; image < 10; image++) {
            byte[] pixels = new byte[width * rowIndex.length];
            random.nextBytes(pixels);
            for (int y = 0; y < rowIndex.length; y++) {
                if (rowIndex[y] >= 0) {
                    Arrays.fill(pixels, y * width, (y + 1) * width, (byte) rowIndex[y]);
                }
            }

            byte[] png = encoder.encode(GREYS, pixels, width, rowIndex, tail);

            assertThat(png).as("image %d", image)
                .isEqualTo(new PngEncoder().encode(GREYS, pixels, width, rowIndex, new PngEncoder().tail(tailPixels, width, tailIndex)));
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(decoded.getHeight()).isEqualTo(rowIndex.length + tailIndex.length);
            byte[] expected = Arrays.copyOf(pixels, pixels.length + tailPixels.length);
            System.arraycopy(tailPixels, 0, expected, pixels.length, tailPixels.length);
            for (int y = 0; y < decoded.getHeight(); y++) {
                for (int x = 0; x < width; x++) {
                    assertThat(decoded.getRGB(x, y) & 0xff).as("image %d, pixel %d,%d", image, x, y)
                        .isEqualTo(expected[y * width + x] & 0xff);
                }
            }
        }
    }

    @Test
    void theAdlerOfTwoPartsIsCombinedFromTheirs() {
        Random random = new Random(3);
        for (int i = 0; i < 200; i++) {
            byte[] first = new byte[random.nextInt(200_000)];
            byte[] second = new byte[random.nextInt(200_000)];
            random.nextBytes(first);
            Arrays.fill(second, (byte) random.nextInt(256));

            assertThat(PngEncoder.combine(adler(first), adler(second), second.length))
                .isEqualTo(adler(first, second));
        }
    }

    private static int adler(byte[]... parts) {
        Adler32 adler = new Adler32();
        for (byte[] part : parts) {
            adler.update(part);
        }
        return (int) adler.getValue();
    }

    private static IndexColorModel greys() {
        byte[] levels = new byte[256];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = (byte) i;
        }
        return new IndexColorModel(8, 256, levels, levels, levels);
    }
}
