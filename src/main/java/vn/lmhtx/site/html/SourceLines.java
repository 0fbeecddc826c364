package vn.lmhtx.site.html;

import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import vn.lmhtx.site.content.LineIndex;

/**
 * Finds the line of a page's content file that mentions a link, for the problems of one page. The file is read once,
 * on the first problem, and each search goes on from the previous mention: problems come in document order, so a page
 * with thousands of them is searched once through rather than once per problem, and repeated links get their own
 * lines.
 */
final class SourceLines {

    private final Supplier<String> reader;
    private final Set<String> absent = new HashSet<>();
    private String text;
    private LineIndex lines;
    private int from;

    /** @param reader reads the content file's text ("" for generated pages) when a problem first needs it */
    SourceLines(Supplier<String> reader) {
        this.reader = reader;
    }

    /** The line of the next mention of {@code needle} after the previous one found, else of its first; 1 if none. */
    int lineOf(String needle) {
        return find(needle).orElse(1);
    }

    /** The line of the next mention of {@code needle} after the previous one found, else of its first, if there is one. */
    OptionalInt find(String needle) {
        if (needle.isEmpty() || absent.contains(needle)) {
            return OptionalInt.empty();
        }
        if (text == null) {
            text = reader.get();
            lines = LineIndex.of(text);
        }
        int at = text.indexOf(needle, from);
        if (at < 0) {
            at = text.indexOf(needle);
        }
        if (at < 0) {
            // Remembered, so that the same missing text costs one search, not one per problem.
            absent.add(needle);
            return OptionalInt.empty();
        }
        from = at + 1;
        return OptionalInt.of(lines.lineOf(at));
    }
}
