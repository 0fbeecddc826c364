package vn.lmhtx.site.serve;

import java.nio.file.Path;
import java.util.List;

/** What the preview shows right now: the last good build, or why the last build failed. */
sealed interface PreviewState {

    /** The path the site is served under. */
    String basePath();

    /** The site built; serve files from {@code output} under {@code basePath}. */
    record Built(Path output, String basePath) implements PreviewState {
    }

    /** The last build failed; every page shows these problems until a good save. */
    record Failed(List<String> problems, String basePath) implements PreviewState {
        public Failed {
            problems = List.copyOf(problems);
        }
    }
}
