package vn.lmhtx.site.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
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

    private static final char BYTE_ORDER_MARK = '\uFEFF';

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
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
                text = text.substring(1);
            }
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            // macOS and some input methods write NFD; everything downstream compares NFC.
            return Optional.of(Normalizer.normalize(text, Normalizer.Form.NFC));
        } catch (CharacterCodingException e) {
            int offset = firstBadByte(bytes);
            report.error(lineOf(bytes, offset), "file", Message.NOT_UTF8.text(
                String.format(Locale.ROOT, "%02X", bytes[offset] & 0xFF)));
            return Optional.empty();
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
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
