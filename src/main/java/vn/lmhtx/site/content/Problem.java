package vn.lmhtx.site.content;

import java.util.Comparator;
import vn.lmhtx.site.messages.Message;

/**
 * One thing wrong with the site's sources, located so an editor can fix it: {@code path:line: field: message}.
 *
 * @param path the file, relative to the site folder
 * @param line 1-based line in that file
 * @param field the front-matter field or part of the file ("body", "front matter", "link") it concerns
 * @param message what is wrong and what would be right
 * @param severity errors stop the build; warnings are reported and counted
 */
public record Problem(String path, int line, String field, String message, Severity severity) {

    /** Whether a problem stops the build. */
    public enum Severity { ERROR, WARNING }

    /** Files in path order, then by line, so every run reports in the same order. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
        .thenComparingInt(Problem::line)
        .thenComparing(Problem::field)
        .thenComparing(Problem::message);

    public static Problem error(String path, int line, String field, String message) {
        return new Problem(path, line, field, message, Severity.ERROR);
    }

    public static Problem warning(String path, int line, String field, String message) {
        return new Problem(path, line, field, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return path + ":" + line + ": " + field + ": " + (isError() ? "" : Message.WARNING.text() + ": ") + message;
    }
}
