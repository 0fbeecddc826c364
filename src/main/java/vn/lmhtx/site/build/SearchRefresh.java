package vn.lmhtx.site.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.lmhtx.site.parallel.Workers;
import vn.lmhtx.site.publish.AtomicPublisher;
import vn.lmhtx.site.search.SearchBuild;
import vn.lmhtx.site.search.SearchDocument;

/**
 * Writes the search index and export an incremental rebuild left out ({@link IncrementalPreview#rebuildPages}), so that
 * the preview can show the edited pages first. They are written beside the output and moved into it in one step; a
 * rebuild that comes meanwhile supersedes the refresh (its own refresh has every page's document), and so does
 * {@link #cancel} (with an interrupt of the thread that runs it, to stop it early).
 */
public final class SearchRefresh {

    private final IncrementalPreview preview;
    private final long rebuild;
    private final List<SearchDocument> documents;
    private final Path output;
    private final Workers workers;
    private volatile boolean cancelled;

    SearchRefresh(IncrementalPreview preview, long rebuild, List<SearchDocument> documents, Path output, Workers workers) {
        this.preview = preview;
        this.rebuild = rebuild;
        this.documents = List.copyOf(documents);
        this.output = output;
        this.workers = workers;
    }

    /** Whether no rebuild came after the one this refresh belongs to and it was not cancelled. */
    public boolean isCurrent() {
        return !cancelled && preview.isCurrent(rebuild);
    }

    /**
     * Abandons the refresh: it will not move anything into the output, and a failure it meets (an interrupt of the
     * thread that runs it fails Lucene's and the workers' I/O) is no error. For a save that will supersede it anyway.
     */
    public void cancel() {
        cancelled = true;
    }

    /**
     * Writes the search index and export and moves them into the output, unless superseded or interrupted first.
     *
     * @return whether the output's search folder is now this rebuild's
     * @throws BuildFailedException the index could not be written (a file-system failure); the next rebuild is a full one
     */
    public boolean run() throws BuildFailedException {
        if (!isCurrent()) {
            return false;
        }
        Path staging = null;
        try {
            long start = System.nanoTime();
            staging = AtomicPublisher.createStaging(output);
            SearchBuild.run(documents, staging, workers);
            boolean movedIn = !cancelled && preview.moveSearchIn(rebuild, staging);
            SiteBuilder.logStage("incremental: search index and export (after the pages)", start);
            return movedIn;
        } catch (IOException | RuntimeException e) {
            if (!isCurrent()) {
                return false;
            }
            preview.forgetAfterFailedSearch(rebuild);
            throw new BuildFailedException(e);
        } finally {
            if (staging != null) {
                AtomicPublisher.discard(staging);
            }
        }
    }
}
