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
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
            report.error(1, "front matter", Message.NO_FRONT_MATTER.text());
            return Optional.empty();
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals(FENCE)) {
                String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
                String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
                return Optional.of(new FrontMatter(yaml, 2, body, i + 2));
            }
        }
        report.error(1, "front matter", Message.FRONT_MATTER_NOT_CLOSED.text());
        return Optional.empty();
    }
}
