package vn.lmhtx.site.content;

import java.util.Arrays;

/**
 * Finds the line of a character offset in a text by binary search over the offsets where its lines start, found once.
 * Asking a parser for each node's line instead (flexmark's {@code Node.getStartLineNumber()} counts the lines from
 * the start of the document on every call) makes locating problems quadratic in the size of a file.
 */
public final class LineIndex {

    private final CharSequence text;
    private final int[] lineStarts;
    private final int length;

    private LineIndex(CharSequence text, int[] lineStarts) {
        this.text = text;
        this.lineStarts = lineStarts;
        this.length = text.length();
    }

    /** The index of {@code text}, whose lines end with LF (the loader has turned CRLF and CR into LF). */
    public static LineIndex of(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineIndex(text, Arrays.copyOf(starts, count));
    }

    /** The 1-based line holding the character at {@code offset} (a line's LF belongs to it); clamped to the text. */
    public int lineOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        int found = Arrays.binarySearch(lineStarts, clamped);
        // Not a line start: binarySearch gives -(insertion point) - 1, and the line is the one before that point.
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The 1-based column of the character at {@code offset}, in characters as editors count them (code points). */
    public int columnOf(int offset) {
        int clamped = Math.max(0, Math.min(offset, length));
        return Character.codePointCount(text, lineStarts[lineOf(clamped) - 1], clamped) + 1;
    }

    /** The offset where the 1-based {@code line} starts. */
    public int startOf(int line) {
        return lineStarts[Math.max(1, Math.min(line, lineStarts.length)) - 1];
    }

    /** How many lines the text has (a text ending in LF has an empty last line). */
    public int lineCount() {
        return lineStarts.length;
    }
}
