package vn.lmhtx.site.serve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * The HTML files browsers asked the preview for lately, the newest few: the pages an editor is looking at, which a
 * rebuild writes before it announces the reload.
 */
final class RecentPages {

    /** A few tabs and the pages just left. */
    private static final int KEPT = 8;

    private final Deque<String> files = new ArrayDeque<>();

    /** Remembers {@code file} (relative to the output, forward slashes) if it is a page. */
    synchronized void add(String file) {
        if (!file.endsWith(".html")) {
            return;
        }
        files.remove(file);
        files.addFirst(file);
        while (files.size() > KEPT) {
            files.removeLast();
        }
    }

    synchronized Set<String> files() {
        return Set.copyOf(files);
    }
}
