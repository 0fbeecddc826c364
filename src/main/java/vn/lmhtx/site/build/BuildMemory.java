package vn.lmhtx.site.build;

import java.nio.file.Path;
import java.util.List;
import vn.lmhtx.site.html.PassMemo;
import vn.lmhtx.site.load.LoadMemo;
import vn.lmhtx.site.search.SearchDocument;

/**
 * What a preview keeps in memory between saves, filled by a full build ({@link SiteBuilder#buildInto}) and kept up to
 * date by each incremental rebuild: each content file's load, the plan, each page's HTML-pass result, and the files of
 * the pages that are not published yet.
 */
final class BuildMemory {

    private final LoadMemo load = new LoadMemo();
    private final PassMemo<SearchDocument> passes = new PassMemo<>();
    private SiteBuilder.Prepared prepared;
    private List<String> unpublishedFiles = List.of();

    LoadMemo load() {
        return load;
    }

    PassMemo<SearchDocument> passes() {
        return passes;
    }

    /** What the last successful build loaded and planned. */
    SiteBuilder.Prepared prepared() {
        return prepared;
    }

    /** The files of the last build's unpublished pages (and their photos), relative to the output, forward slashes. */
    List<String> unpublishedFiles() {
        return unpublishedFiles;
    }

    void remember(SiteBuilder.Prepared built) {
        this.prepared = built;
    }

    void rememberUnpublished(Path output, List<Path> files) {
        this.unpublishedFiles = files.stream().map(f -> output.relativize(f).toString().replace('\\', '/')).toList();
    }
}
