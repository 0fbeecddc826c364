package vn.lmhtx.site.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import vn.lmhtx.site.messages.Message;

/** Decodes a content file strictly as UTF-8 and normalises it to NFC with LF line ends. */
final class SourceText {

    /**
     * The largest content file read, in bytes. Checking is linear in a file's size (about a second per megabyte for
     * the whole build), but a news article of tens of megabytes is a mistake (a pasted document, a wrong file), not an
     * article: readers' phones could not open its page either.
     */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    /** What the JDK's decoding puts in place of bytes that are not UTF-8. */
    private static final char REPLACEMENT = '\uFFFD';

    private SourceText() {
    }

    /** Whether a file of {@code size} bytes may be read; reports it if not. */
    static boolean isWithinLimit(long size, FileReport report) {
        if (size <= MAX_BYTES) {
            return true;
        }
        report.error(1, "file", Message.FILE_TOO_LARGE.text(
            size / (1024.0 * 1024), MAX_BYTES / (1024 * 1024)));
        return false;
    }

    /** The file's text, or empty after reporting where the first byte that is not UTF-8 sits. */
    static Optional<String> decode(byte[] bytes, FileReport report) {
        // The JDK's fast decoding replaces each malformed sequence with U+FFFD: only a text that holds one may come
        // from bad bytes (or from a real U+FFFD), and only then is the file decoded again, strictly, to tell which.
        boolean byteOrderMark = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF;
        int skipped = byteOrderMark ? 3 : 0;
        String text = new String(bytes, skipped, bytes.length - skipped, StandardCharsets.UTF_8);
        if (text.indexOf(REPLACEMENT) >= 0) {
            int bad = firstBadByte(bytes);
            if (bad >= 0) {
                report.error(lineOf(bytes, bad), "file", Message.NOT_UTF8.text(
                    String.format(Locale.ROOT, "%02X", bytes[bad] & 0xFF)));
                return Optional.empty();
            }
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        // macOS and some input methods write NFD; everything downstream compares NFC. Most text already is, and the
        // check does not copy it (a 10 MB article is 20 MB as a string).
        return Optional.of(Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
            : Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    /** The offset of the first byte that is not part of well-formed UTF-8, or -1 when every byte is. */
    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? Math.min(in.position(), bytes.length - 1) : -1;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            // LF, CRLF and old-Mac CR each end a line.
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}
