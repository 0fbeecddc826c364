package vn.lmhtx.site.images;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** How an image source written in an article is told apart and read: a photo beside it, or something else. */
public final class ImageSources {

    private ImageSources() {
    }

    /**
     * Whether {@code src} names a file relative to the article ("anh.jpg", "hoi-nghi/anh.jpg"), which the photo
     * pipeline publishes; root-relative ("/assets/…"), other sites' and data: sources are left to the link checks.
     */
    public static boolean isBesideArticle(String src) {
        if (src.isBlank() || src.startsWith("/") || src.startsWith("#") || src.startsWith("?")) {
            return false;
        }
        int colon = src.indexOf(':');
        int slash = src.indexOf('/');
        return colon < 0 || slash >= 0 && slash < colon;
    }

    /** {@code src} with its percent escapes decoded ("anh%201.jpg" is "anh 1.jpg"); a plus stays a plus. */
    public static String decode(String src) {
        try {
            return URLDecoder.decode(src.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return src;
        }
    }
}
