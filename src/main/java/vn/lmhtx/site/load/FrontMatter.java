package vn.lmhtx.site.load;

import java.util.Optional;
import vn.lmhtx.site.messages.Message;

/**
 * A content file split at its {@code ---} lines.
 *
 * @param yaml the front matter's text
 * @param yamlFirstLine the file line the YAML starts on (2 when the file starts with "---")
 * @param body the Markdown below the closing line
 * @param bodyFirstLine the file line the body starts on
 */
record FrontMatter(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {

    private static final String FENCE = "---";

    /** Splits text into front matter and body, or reports why it cannot. */
    static Optional<FrontMatter> split(String text, FileReport report) {
        // Lines are found with indexOf, not split(): the body is taken with one copy, however long it is.
        int firstEnd = lineEnd(text, 0);
        if (!isFence(text, 0, firstEnd)) {
            report.error(1, "front matter", Message.NO_FRONT_MATTER.text());
            return Optional.empty();
        }
        int yamlStart = Math.min(firstEnd + 1, text.length());
        int line = 2;
        for (int start = yamlStart; ; line++) {
            int end = lineEnd(text, start);
            if (isFence(text, start, end)) {
                String yaml = text.substring(yamlStart, Math.max(yamlStart, start - 1));
                String body = end < text.length() ? text.substring(end + 1) : "";
                return Optional.of(new FrontMatter(yaml, 2, body, line + 1));
            }
            if (end == text.length()) {
                break;
            }
            start = end + 1;
        }
        report.error(1, "front matter", Message.FRONT_MATTER_NOT_CLOSED.text());
        return Optional.empty();
    }

    /** Where the line starting at {@code start} ends: at its LF, or at the end of the text. */
    private static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }

    /** Whether the line from {@code start} to {@code end} is {@code ---}, blanks around it aside (as {@code strip()}). */
    private static boolean isFence(String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to - from == FENCE.length() && text.startsWith(FENCE, from);
    }
}
