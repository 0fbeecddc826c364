package vn.lmhtx.site.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.lmhtx.site.messages.Message;

/** Reads site paths: {@code aliases} (old paths that must keep working, as static files can serve them) and {@code source}. */
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
                if (path.equals("/")) {
                    values.report().error(field.line(), field.name(), Message.ALIAS_IS_HOME.text());
                    ok = false;
                    continue;
                }
                Optional<String> alias = path(path, field, values);
                alias.ifPresent(aliases::add);
                ok &= alias.isPresent();
            }
            return ok ? Optional.of(aliases) : Optional.empty();
        });
    }

    /** One site path (an achievement's {@code source}), normalised as an alias is. */
    static Optional<String> readOne(YamlField field, Values values) {
        return values.text(field).flatMap(path -> path(path, field, values));
    }

    private static Optional<String> path(String path, YamlField field, Values values) {
        if (!path.startsWith("/") || !SAFE_PATH.matcher(path).matches() || hasDotSegment(path)) {
            values.report().error(field.line(), field.name(), Message.ALIAS_NOT_A_PATH.text(path));
            return Optional.empty();
        }
        return Optional.of(path.endsWith(".html") || path.endsWith(".htm") || path.endsWith("/") ? path : path + "/");
    }
}
