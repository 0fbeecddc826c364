package vn.lmhtx.site.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes published photos as progressive JPEG with the JDK's encoder at a fixed quality. No metadata is passed, so
 * the file holds a bare JFIF header and the pixels: no EXIF, GPS, camera or ICC data. The same pixels give the same
 * bytes on every run.
 */
final class JpegEncoder {

    /**
     * Quality 0.75, the usual web default (Hugo's and libjpeg's 75): no visible blocking on photos at phone sizes. At
     * 0.8 the lead image a 360 px phone loads (the 720 px file) weighed 66 kB in the photo benchmark, over its 60 kB
     * budget.
     */
    static final float QUALITY = 0.75f;

    private JpegEncoder() {
    }

    static byte[] encode(BufferedImage image) throws IOException {
        ImageWriter writer = writer();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(QUALITY);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The JDK's own JPEG writer (TwelveMonkeys registers one that wraps it), so the encoder does not depend on order. */
    private static ImageWriter writer() {
        ImageWriter first = null;
        for (Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg"); writers.hasNext();) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.sun.imageio.")) {
                return writer;
            }
            first = first == null ? writer : first;
        }
        if (first == null) {
            throw new IllegalStateException("this Java has no JPEG encoder");
        }
        return first;
    }
}
