package vn.lmhtx.site.images;

/**
 * Reads two things of a JPEG's EXIF block (APP1): the orientation (tag 0x0112), how a phone that stored the pixels
 * sideways says to turn them, and whether it holds a GPS position (tag 0x8825, the pointer to the GPS fields). Parsed
 * by hand from the first IFD, bounds-checked, so a damaged EXIF block means "as stored, no position", never a failure.
 */
public final class Exif {

    /** The pixels are stored upright. */
    static final int UPRIGHT = 1;

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int GPS_TAG = 0x8825;

    private Exif() {
    }

    /** The orientation 1–8 of a JPEG file's bytes; {@link #UPRIGHT} when it has none or it cannot be read. */
    static int orientation(byte[] jpeg) {
        int value = tagValue(jpeg, ORIENTATION_TAG);
        return value >= 1 && value <= 8 ? value : UPRIGHT;
    }

    /**
     * Whether the EXIF block of a JPEG file's first bytes (the EXIF block comes before the pixels and is at most
     * 64 kB) points at GPS fields: where the photo was taken.
     */
    public static boolean hasGpsPosition(byte[] jpegStart) {
        return tagValue(jpegStart, GPS_TAG) >= 0;
    }

    /** The first 16 bits of {@code tag}'s value in the first IFD of the EXIF block, or -1 when there is none. */
    private static int tagValue(byte[] jpeg, int tag) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                break;
            }
            int length = u16(jpeg, at + 2, false);
            if (marker == 0xE1 && length >= 8 && at + 2 + length <= jpeg.length && isExif(jpeg, at + 4)) {
                int value = inTiff(jpeg, at + 10, at + 2 + length, tag);
                if (value >= 0) {
                    return value;
                }
            }
            at += 2 + length;
        }
        return -1;
    }

    private static boolean isExif(byte[] b, int at) {
        return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0 && b[at + 5] == 0;
    }

    /** The first 16 bits of {@code tag}'s value in the TIFF structure between {@code start} and {@code end}, or -1. */
    private static int inTiff(byte[] b, int start, int end, int tag) {
        if (start + 8 > end) {
            return -1;
        }
        boolean little = b[start] == 'I' && b[start + 1] == 'I';
        if (!little && !(b[start] == 'M' && b[start + 1] == 'M')) {
            return -1;
        }
        long ifd = u32(b, start + 4, little);
        if (ifd < 8 || start + ifd + 2 > end) {
            return -1;
        }
        int entries = start + (int) ifd;
        int count = u16(b, entries, little);
        for (int i = 0; i < count; i++) {
            int entry = entries + 2 + 12 * i;
            if (entry + 12 > end) {
                return -1;
            }
            if (u16(b, entry, little) == tag) {
                return u16(b, entry + 8, little);
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return little ? second << 8 | first : first << 8 | second;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long high = u16(b, little ? at + 2 : at, little);
        long low = u16(b, little ? at : at + 2, little);
        return high << 16 | low;
    }
}
