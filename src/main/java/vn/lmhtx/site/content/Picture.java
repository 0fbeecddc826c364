package vn.lmhtx.site.content;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A photo as the site publishes it: upright, stripped of metadata, in a few widths (never wider than the original).
 *
 * @param source the original's path relative to the site folder ({@code content/tin-tuc/hoi-nghi/anh.jpg})
 * @param variants its published widths, narrowest first; at least one
 */
public record Picture(String source, List<PictureVariant> variants) {

    /** The width the page's {@code <img src>} uses when it has no better choice: the widest up to this. */
    static final int FALLBACK_WIDTH = 960;

    public Picture {
        variants = List.copyOf(variants);
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a picture needs at least one variant: " + source);
        }
    }

    /** The widest variant; its width and height are what {@code <img width height>} reserve. */
    public PictureVariant largest() {
        return variants.get(variants.size() - 1);
    }

    /** The narrowest variant, for thumbnails. */
    public PictureVariant smallest() {
        return variants.get(0);
    }

    /** The variant for {@code src}: the widest up to {@value #FALLBACK_WIDTH} pixels, else the narrowest. */
    public PictureVariant fallback() {
        PictureVariant chosen = smallest();
        for (PictureVariant variant : variants) {
            if (variant.width() <= FALLBACK_WIDTH) {
                chosen = variant;
            }
        }
        return chosen;
    }

    /** The {@code srcset} value, each variant's URL as {@code link} writes it ("a-320.h.jpg 320w, a-640.h.jpg 640w"). */
    public String srcset(Function<PictureVariant, String> link) {
        return variants.stream().map(v -> link.apply(v) + " " + v.width() + "w").collect(Collectors.joining(", "));
    }

    /** The width in pixels of the largest variant (the photo's shape, for {@code width}). */
    public int width() {
        return largest().width();
    }

    /** The height in pixels of the largest variant (the photo's shape, for {@code height}). */
    public int height() {
        return largest().height();
    }
}
