package vn.lmhtx.site.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.lmhtx.site.messages.Message;

/** Reads {@code aliases}: old site paths that must keep working, written as static files can serve them. */
final class Aliases {

    private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)*/?");

    private Aliases() {
    }

    /** "." and ".." segments would resolve to another page's URL (/. is the home page). */
    private static boolean hasDotSegment(String path) {
        for (String segment : path.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** Each alias normalised: a path ending in .html or .htm stays a file, any other gets a trailing slash. */
    static Optional<List<String>> read(YamlField field, Values values) {
        return values.textList(field).flatMap(paths -> {
            List<String> aliases = new ArrayList<>();
            boolean ok = true;
            for (String path : paths) {
                if (!path.startsWith("/") || !SAFE_PATH.matcher(path).matches() || hasDotSegment(path)) {
                    values.report().error(field.line(), field.name(), Message.ALIAS_NOT_A_PATH.text(path));
                    ok = false;
                } else if (path.equals("/")) {
                    values.report().error(field.line(), field.name(), Message.ALIAS_IS_HOME.text());
                    ok = false;
                } else {
                    aliases.add(path.endsWith(".html") || path.endsWith(".htm") || path.endsWith("/") ? path : path + "/");
                }
            }
            return ok ? Optional.of(aliases) : Optional.empty();
        });
    }
}
