package vn.lmhtx.site.load;

import java.util.Locale;
import vn.lmhtx.site.messages.Message;

/**
 * Reports invisible control characters (NUL, ESC, DEL and the like; not tab or line ends) by line and column, and
 * removes them so the rest of the file is still checked in the same run. Editors cannot see them, HTML has no use for
 * them, and they come with text pasted from other programs. Zero-width spaces and joiners are not control characters
 * and stay: Vietnamese text from the web carries them.
 */
final class ControlCharacters {

    /** Lines reported one by one; a file of binary junk gets a count after them, not thousands of lines. */
    static final int REPORTED_LINES = 10;

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private ControlCharacters() {
    }

    /**
     * {@code text} without its control characters, each line holding one reported at its first one.
     *
     * @param firstLine the file line {@code text} starts on
     * @param field "front matter" or "body", as the problems name it
     * @param refuseByteOrderMark whether U+FEFF counts too (YAML refuses it; in Markdown it is an invisible space)
     */
    static String strip(String text, int firstLine, String field, boolean refuseByteOrderMark, FileReport report) {
        if (!hasRefused(text, refuseByteOrderMark)) {
            return text;
        }
        StringBuilder kept = null;
        int line = firstLine;
        int column = 1;
        int reportedLine = -1;
        int badLines = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (isRefused(c, refuseByteOrderMark)) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (reportedLine != line) {
                    reportedLine = line;
                    if (++badLines <= REPORTED_LINES) {
                        report.error(line, field, Message.CONTROL_CHARACTER.text(
                            String.format(Locale.ROOT, "%04X", c), column));
                    }
                }
                i += width;
                column++;
                continue;
            } else {
                column++;
            }
            if (kept != null) {
                kept.appendCodePoint(c);
            }
            i += width;
        }
        if (badLines > REPORTED_LINES) {
            report.error(reportedLine, field, Message.CONTROL_CHARACTERS_MORE.text(badLines - REPORTED_LINES));
        }
        return kept == null ? text : kept.toString();
    }

    /**
     * Whether {@code text} holds a character {@link #strip} removes, found char by char: every such character (C0, DEL,
     * C1, U+FEFF) is a single char, and a surrogate is none of them, so the code point walk, with its line and column
     * counting, is needed only for the rare text that has one.
     */
    private static boolean hasRefused(String text, boolean refuseByteOrderMark) {
        for (int i = 0; i < text.length(); i++) {
            if (isRefused(text.charAt(i), refuseByteOrderMark)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRefused(int c, boolean refuseByteOrderMark) {
        return (Character.isISOControl(c) && c != '\t' && c != '\n') || (refuseByteOrderMark && c == BYTE_ORDER_MARK);
    }
}
