package vn.lmhtx.site.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the preview shows right now: the last good build, why the last build failed, or why it stopped watching. */
sealed interface PreviewState {

    /** The path the site is served under. */
    String basePath();

    /** The site built; serve files from {@code output} under {@code basePath}. */
    record Built(Path output, String basePath) implements PreviewState {
    }

    /**
     * The last build failed; every page shows these problems until a good save.
     *
     * @param trace the stack trace of an internal failure, shown with {@code --verbose}
     */
    record Failed(List<String> problems, Optional<String> trace, String basePath) implements PreviewState {
        public Failed {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The file watcher stopped, so saves no longer rebuild: every page says so rather than serve a stale site.
     *
     * @param reason what stopped it
     * @param trace its stack trace, shown with {@code --verbose}
     */
    record Stopped(String reason, Optional<String> trace, String basePath) implements PreviewState {
    }
}
