package vn.lmhtx.site.images;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import vn.lmhtx.site.messages.Language;
import vn.lmhtx.site.messages.Message;

/** The editor-facing messages of the photo pipeline, one method each (their text is in the message catalogue). */
final class PhotoProblems {

    private PhotoProblems() {
    }

    static String tooManyBytes(String name, long bytes, long limit) {
        return Message.PHOTO_TOO_MANY_BYTES.text(name, tenths(bytes / 1_000_000.0), tenths(limit / 1_000_000.0));
    }

    static String tooManyPixels(String name, int width, int height, long limit) {
        return Message.PHOTO_TOO_MANY_PIXELS.text(name, width, height, tenths((long) width * height / 1_000_000.0),
            tenths(limit / 1_000_000.0));
    }

    static String heic(String name) {
        return Message.PHOTO_HEIC.text(name);
    }

    static String unknownFormat(String name) {
        return Message.PHOTO_UNKNOWN_FORMAT.text(name);
    }

    static String damaged(String name, String detail) {
        return Message.PHOTO_DAMAGED.text(name, detail.toLowerCase(Locale.ROOT));
    }

    /**
     * {@code value} in tenths, rounded up so that a file just over a limit never reads as the limit ("30.1", "40"),
     * with the current language's decimal mark (30,1 in Vietnamese).
     */
    private static String tenths(double value) {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Language.current().locale()))
            .format(Math.ceil(value * 10 - 1e-9) / 10);
    }
}
