package vn.lmhtx.site.bake;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the comment lines, blank lines and indentation of a script the site publishes, so a phone downloads the code
 * without its maintainer notes (the search client is half comments: 34 kB raw, 20 kB trimmed).
 *
 * <p>No JavaScript minifier is served to Maven here (closure-compiler's parent POM is not), so this works on whole
 * lines only and never needs to tell strings, regular expressions and code apart: in JavaScript a string or a regular
 * expression cannot run on to the next line except inside a template literal or after a backslash at a line's end. A
 * script with a backtick outside its comment lines, or a line ending in a backslash, is therefore published as it is;
 * so is one whose block comment does not end a line (the trimmer never cuts inside a line), and one holding U+2028 or
 * U+2029, which end a line in JavaScript but not here.
 */
public final class ScriptTrimmer {

    private static final Pattern LINES = Pattern.compile("\r\n|\r|\n");

    private ScriptTrimmer() {
    }

    /** {@code script} without its comment lines, blank lines and indentation, or as it is where that could change it. */
    public static String trim(String script) {
        if (script.indexOf('\u2028') >= 0 || script.indexOf('\u2029') >= 0) {
            // JavaScript ends lines there too (a "//" comment stops at one): not lines this trimmer sees.
            return script;
        }
        List<String> lines = List.of(LINES.split(script, -1));
        StringBuilder trimmed = new StringBuilder(script.length());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("/*")) {
                int end = endOfBlockComment(lines, i);
                if (end < 0) {
                    return script;
                }
                i = end;
            } else if (line.startsWith("//") && !line.contains("*/")) {
                continue;
            } else if (line.indexOf('`') >= 0 || line.endsWith("\\")) {
                return script;
            } else if (!line.isEmpty()) {
                trimmed.append(line).append('\n');
            }
        }
        return trimmed.toString();
    }

    /**
     * The index of the line that ends the block comment opened at the start of line {@code start}, or -1 when the
     * comment's first "*&#47;" is not at the end of a line (code follows it on that line) or never comes.
     */
    private static int endOfBlockComment(List<String> lines, int start) {
        String first = lines.get(start).strip();
        int close = first.indexOf("*/", 2);
        for (int i = start; i < lines.size(); i++) {
            String line = i == start ? first : lines.get(i).strip();
            int at = i == start ? close : line.indexOf("*/");
            if (at >= 0) {
                return at == line.length() - 2 ? i : -1;
            }
        }
        return -1;
    }
}
