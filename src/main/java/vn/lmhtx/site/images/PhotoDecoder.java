package vn.lmhtx.site.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes a photo's bytes with ImageIO and the TwelveMonkeys readers (JPEG: baseline, progressive, CMYK and YCCK;
 * WebP) or the JDK's (PNG), after checking its format and its size in pixels from the header alone.
 */
final class PhotoDecoder {

    /** The most pixels a photo may have: a 40-megapixel frame decodes to 160 MB of memory. */
    static final long MAX_PIXELS = 40_000_000L;

    /** Reader warnings that mean the pixels are not all there (the JDK fills a truncated JPEG with grey and only warns). */
    private static final Pattern DAMAGE = Pattern.compile("premature|corrupt|truncat|end of|eof|missing", Pattern.CASE_INSENSITIVE);

    private PhotoDecoder() {
    }

    /**
     * A decoded photo in the orientation its pixels are stored in.
     *
     * @param orientation its EXIF orientation, 1–8 (1 for formats whose EXIF this site does not read)
     */
    record Decoded(BufferedImage image, int orientation) {
    }

    /**
     * Decodes {@code bytes} (named {@code name} in messages), subsampled while the upright width stays at least twice
     * {@code widest}, which keeps memory and time down for large originals and is invisible after the downscale.
     */
    static Decoded decode(byte[] bytes, String name, int widest) throws PhotoException {
        PhotoFormat format = PhotoFormat.of(bytes);
        if (format == PhotoFormat.HEIC) {
            throw new PhotoException(PhotoProblems.heic(name));
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName);
        if (format == PhotoFormat.UNKNOWN || !readers.hasNext()) {
            throw new PhotoException(PhotoProblems.unknownFormat(name));
        }
        int orientation = format == PhotoFormat.JPEG ? Exif.orientation(bytes) : Exif.UPRIGHT;
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if ((long) width * height > MAX_PIXELS) {
                throw new PhotoException(PhotoProblems.tooManyPixels(name, width, height, MAX_PIXELS));
            }
            int uprightWidth = orientation >= 5 ? height : width;
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, uprightWidth / (2 * widest));
            param.setSourceSubsampling(step, step, 0, 0);
            BufferedImage image = reader.read(0, param);
            for (String warning : warnings) {
                if (DAMAGE.matcher(warning).find()) {
                    throw new PhotoException(PhotoProblems.damaged(name, warning));
                }
            }
            return new Decoded(image, orientation);
        } catch (IOException | RuntimeException e) {
            // Damaged files make readers fail in many ways: IIOException, EOFException, array bounds, bad Huffman tables.
            throw new PhotoException(PhotoProblems.damaged(name, describe(e)), e);
        } finally {
            reader.dispose();
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }
}
