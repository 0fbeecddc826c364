package vn.lmhtx.site.build;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import vn.lmhtx.site.content.Problem;

/**
 * What a successful build or check did.
 *
 * @param pages pages written (HTML, feed and sitemap)
 * @param items content items published
 * @param hidden drafts and scheduled news left out
 * @param warnings problems that did not stop the build
 * @param duration wall time
 * @param basePath the path the site is served under ("/" at a domain's root)
 */
public record BuildResult(int pages, int items, int hidden, List<Problem> warnings, Duration duration, String basePath) {

    public BuildResult {
        warnings = List.copyOf(warnings);
    }

    /** The one quiet line a build prints. */
    public String summary(String verb) {
        return String.format(Locale.ROOT, "%s %d pages from %d items (%d hidden: drafts or scheduled), %d %s, %.1f s",
            verb, pages, items, hidden, warnings.size(), warnings.size() == 1 ? "warning" : "warnings",
            duration.toMillis() / 1000.0);
    }
}
