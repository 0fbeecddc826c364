package vn.lmhtx.site.content;

/**
 * An article's lead image (front matter {@code image} and {@code image_alt}): shown above the text, as the thumbnail
 * in lists, and the picture a share card can use ({@code picture.largest()}: its site-relative {@code url},
 * {@code width}, {@code height} and {@code bytes}).
 *
 * @param picture the published photo
 * @param alt what it shows, for readers who cannot see it
 */
public record LeadImage(Picture picture, String alt) {
}
