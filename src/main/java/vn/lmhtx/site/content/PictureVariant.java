package vn.lmhtx.site.content;

/**
 * One published width of a photo: a metadata-free JPEG.
 *
 * @param url its site-relative URL, in the folder of the page that shows it ({@code /tin-tuc/x/hoi-nghi-960.1a2b3c4d.jpg})
 * @param width its width in pixels
 * @param height its height in pixels
 * @param bytes its size
 * @param file where the build keeps its bytes (the photo cache), which the bake stage copies to {@code url}
 */
public record PictureVariant(String url, int width, int height, long bytes, String file) {

    /** The file name of {@link #url}, which the page's own body links relatively (it sits in the page's folder). */
    public String fileName() {
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
