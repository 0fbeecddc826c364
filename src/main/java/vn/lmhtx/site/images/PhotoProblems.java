package vn.lmhtx.site.images;

import java.util.Locale;

/** The editor-facing messages of the photo pipeline, one method each. */
final class PhotoProblems {

    private PhotoProblems() {
    }

    static String tooManyBytes(String name, long bytes, long limit) {
        return name + " is " + tenths(bytes / 1_000_000.0) + " MB; the limit is " + tenths(limit / 1_000_000.0) + " MB"
            + ": export it again from the phone or camera at a smaller size (4000 pixels wide is plenty)";
    }

    static String tooManyPixels(String name, int width, int height, long limit) {
        return name + " is " + width + "×" + height + " pixels (" + tenths((long) width * height / 1_000_000.0) + " megapixels); the limit is "
            + tenths(limit / 1_000_000.0) + " megapixels: resize it to at most 4000 pixels wide";
    }

    static String heic(String name) {
        return name + " is a HEIC/HEIF photo (iPhone), which browsers and this site cannot read; convert it to JPEG: on the "
            + "iPhone set Settings > Camera > Formats > Most Compatible, or open it on a Mac in Preview and use File > Export "
            + "> JPEG, or on Windows open it in Photos and Save as .jpg";
    }

    static String unknownFormat(String name) {
        return name + " is not a JPEG, PNG or WebP image; save it as JPEG (.jpg) for photos or PNG for drawings";
    }

    static String damaged(String name, String detail) {
        return name + " cannot be read: the file is damaged or incomplete (" + detail.toLowerCase(Locale.ROOT)
            + "); copy or export it again";
    }

    /** {@code value} in tenths, rounded up so that a file just over a limit never reads as the limit ("30.1", "40"). */
    private static String tenths(double value) {
        String text = String.format(Locale.ROOT, "%.1f", Math.ceil(value * 10 - 1e-9) / 10);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
