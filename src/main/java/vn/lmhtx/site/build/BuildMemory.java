package vn.lmhtx.site.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.lmhtx.site.html.PassMemo;
import vn.lmhtx.site.load.LoadMemo;
import vn.lmhtx.site.render.PlanMemo;
import vn.lmhtx.site.render.ShareCard;
import vn.lmhtx.site.search.SearchDocument;

/**
 * What a preview keeps in memory between saves, filled by a full build ({@link SiteBuilder#buildInto}) and kept up to
 * date by each incremental rebuild: each content file's load, the plan and what planning can keep of it, each page's
 * HTML-pass result, and the files of the pages that are not published yet.
 */
final class BuildMemory {

    private final LoadMemo load;
    private final PassMemo<SearchDocument> passes;
    private final PlanMemo plans;
    private final PlanMemo futurePlans;
    private SiteBuilder.Prepared prepared;
    private List<String> unpublishedFiles = List.of();
    private Optional<List<ShareCard>> cards = Optional.empty();

    BuildMemory() {
        this(new LoadMemo(), new PassMemo<>(), new PlanMemo(), new PlanMemo());
    }

    private BuildMemory(LoadMemo load, PassMemo<SearchDocument> passes, PlanMemo plans, PlanMemo futurePlans) {
        this.load = load;
        this.passes = passes;
        this.plans = plans;
        this.futurePlans = futurePlans;
    }

    /**
     * A memory to try a save with, out of the output (a save with errors): what an incremental rebuild changes in it
     * leaves this one as it is. The loads and plan memos are shared: what they keep depends only on what it is kept with.
     */
    BuildMemory trial() {
        BuildMemory trial = new BuildMemory(load, passes.copy(), plans, futurePlans);
        trial.prepared = prepared;
        trial.unpublishedFiles = unpublishedFiles;
        trial.cards = cards;
        return trial;
    }

    LoadMemo load() {
        return load;
    }

    PassMemo<SearchDocument> passes() {
        return passes;
    }

    /** What planning kept of the last plan of the published site. */
    PlanMemo plans() {
        return plans;
    }

    /** What planning kept of the last plan with scheduled news and drafts. */
    PlanMemo futurePlans() {
        return futurePlans;
    }

    /** What the last successful build loaded and planned. */
    SiteBuilder.Prepared prepared() {
        return prepared;
    }

    /** The files of the last build's unpublished pages (and their photos), relative to the output, forward slashes. */
    List<String> unpublishedFiles() {
        return unpublishedFiles;
    }

    /** The share cards of the last build's plan, if a rebuild worked them out (a full build leaves them to the next). */
    Optional<List<ShareCard>> cards() {
        return cards;
    }

    void remember(SiteBuilder.Prepared built) {
        this.prepared = built;
        this.cards = Optional.empty();
    }

    /** Remembers what an incremental rebuild made, with the share cards of its plan. */
    void remember(SiteBuilder.Prepared built, List<ShareCard> planCards) {
        this.prepared = built;
        this.cards = Optional.of(planCards);
    }

    void rememberUnpublished(Path output, List<Path> files) {
        this.unpublishedFiles = files.stream().map(f -> output.relativize(f).toString().replace('\\', '/')).toList();
    }
}
