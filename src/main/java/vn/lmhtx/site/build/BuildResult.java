package vn.lmhtx.site.build;

import java.time.Duration;
import java.util.List;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.messages.Message;

/**
 * What a successful build or check did.
 *
 * @param pages pages written (HTML, feed and sitemap)
 * @param items content items published
 * @param hidden drafts and scheduled news, which a build leaves out (a preview may show them, with a banner)
 * @param warnings problems that did not stop the build
 * @param duration wall time
 * @param basePath the path the site is served under ("/" at a domain's root)
 */
public record BuildResult(int pages, int items, int hidden, List<Problem> warnings, Duration duration, String basePath) {

    public BuildResult {
        warnings = List.copyOf(warnings);
    }

    /**
     * The one quiet line a build prints: {@code message} is {@link Message#SUMMARY_BUILT} (then {@code more} is the
     * output folder), {@link Message#SUMMARY_CHECKED} or {@link Message#SUMMARY_REBUILT}.
     */
    public String summary(Message message, Object... more) {
        Object[] arguments = new Object[5 + more.length];
        arguments[0] = pages;
        arguments[1] = items;
        arguments[2] = hidden;
        arguments[3] = warnings.size();
        arguments[4] = duration.toMillis() / 1000.0;
        System.arraycopy(more, 0, arguments, 5, more.length);
        return message.text(arguments);
    }
}
