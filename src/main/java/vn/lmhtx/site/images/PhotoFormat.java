package vn.lmhtx.site.images;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/** What a photo file is, told by its first bytes (never by its name: phones save HEIC photos as .jpg too). */
enum PhotoFormat {
    JPEG("jpeg"), PNG("png"), WEBP("webp"), HEIC(""), UNKNOWN("");

    /** The brands of an ISO media file ("ftyp" box) that mark HEIC/HEIF stills and sequences. */
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs",
        "mif1", "msf1");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** The format name ImageIO's readers answer to; empty for formats the site cannot read. */
    final String imageIoName;

    PhotoFormat(String imageIoName) {
        this.imageIoName = imageIoName;
    }

    static PhotoFormat of(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (b.length >= 8 && Arrays.equals(b, 0, 8, PNG_SIGNATURE, 0, 8)) {
            return PNG;
        }
        if (b.length >= 12 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
            return WEBP;
        }
        if (b.length >= 12 && ascii(b, 4, 4).equals("ftyp") && HEIF_BRANDS.contains(ascii(b, 8, 4))) {
            return HEIC;
        }
        return UNKNOWN;
    }

    private static String ascii(byte[] b, int from, int length) {
        return new String(b, from, length, StandardCharsets.ISO_8859_1);
    }
}
