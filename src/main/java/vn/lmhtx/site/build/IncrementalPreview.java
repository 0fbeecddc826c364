package vn.lmhtx.site.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lmhtx.site.bake.BakeException;
import vn.lmhtx.site.bake.JBakeBaker;
import vn.lmhtx.site.bake.ShareCards;
import vn.lmhtx.site.content.ContentErrorsException;
import vn.lmhtx.site.content.OutputClaims;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.files.Folders;
import vn.lmhtx.site.html.HtmlPassResult;
import vn.lmhtx.site.html.HtmlPasses;
import vn.lmhtx.site.load.ContentLoader;
import vn.lmhtx.site.publish.AtomicPublisher;
import vn.lmhtx.site.publish.OutputGuard;
import vn.lmhtx.site.render.AssetManifest;
import vn.lmhtx.site.render.Page;
import vn.lmhtx.site.render.PageModel;
import vn.lmhtx.site.render.ShareCard;
import vn.lmhtx.site.render.Templates;
import vn.lmhtx.site.search.SearchBuild;
import vn.lmhtx.site.search.SearchDocument;
import vn.lmhtx.site.search.SearchIndex;

/**
 * Rebuilds a preview after each save, re-rendering only the pages whose inputs changed. The first build, and any save
 * this class cannot handle exactly, is a full build ({@link SiteBuilder#preview}); it keeps in memory each content
 * file's load, the plan and each page's HTML-pass result ({@link BuildMemory}). A later save that only changed Markdown
 * files (edited, new, deleted, renamed) reloads those files, plans again, removes the pages the plan lost, and
 * re-renders and re-checks the pages that are new or whose planned {@link Page} differs (the article, the lists, tag,
 * category and year pages it appears on, pages showing it as related or previous/next, feed, sitemap), those made from
 * a changed file, and the unpublished ones; kept pages with a link to a page that came or went are checked again. The
 * search index and export, rebuilt whole from the kept documents, are the slowest part of such a rebuild:
 * {@link #rebuildPages} leaves them to a {@link SearchRefresh} the caller runs after showing the pages, which a later
 * rebuild supersedes; it also leaves the checks of the whole output, and the list pages a moved article shifts, to
 * {@link #settle}. Once both have run, the output is byte for byte that of a full build, and so are the problems. A
 * save whose content has errors is reported at once with its plan's problems, and {@link #settle} adds its pages' (it
 * tries them out of the output).
 *
 * <p>Falls back to a full build when: no good build is in memory (a save that failed before anything was written keeps
 * the last good one, so its fix is incremental); a file other than a Markdown file under {@code content/} changed
 * (templates, assets, settings, photos, PDFs); the re-rendered pages of a save without content errors have any error
 * (the full build then reports every problem as it always does); the navigation, or the photos and PDFs published
 * changed.
 */
public final class IncrementalPreview {

    private static final Logger LOG = LoggerFactory.getLogger(IncrementalPreview.class);
    /** The folder {@link SearchBuild} writes, relative to the output. */
    private static final String SEARCH_FOLDER = Path.of(SearchIndex.FOLDER).getName(0).toString();

    private final SiteBuilder builder;
    private final Path site;
    private final Path output;
    private final SiteBuilder.Drafts drafts;
    private Optional<Kept> kept = Optional.empty();
    /** The last snapshot taken, good build or not: the next one reads only the files changed since. */
    private Optional<InputSnapshot> latest = Optional.empty();
    /** Counts full builds, successful or not (what tests observe of the fallbacks). */
    private int fullBuilds;
    /** Counts rebuilds, so that a search refresh knows whether a later rebuild superseded it. */
    private volatile long generation;
    /** The pages the last {@link #rebuildPages} left to {@link #settle}. */
    private Optional<Later> later = Optional.empty();
    /** The broken save whose pages the last {@link #rebuildPages} left to {@link #settle} to try out. */
    private Optional<Trial> trial = Optional.empty();
    /**
     * The scratch copy of the output a broken save was tried out in ({@link #tryOut}), still to be removed: after the
     * next save's pages are shown ({@link #settle}), so that the broken save's problems are shown without waiting for
     * the removal of its ~11,000 links at 5,000 articles. A preview stopped before leaves it to the next run's sweep.
     */
    private Optional<Path> scratchLeft = Optional.empty();
    /** The files (relative to the output, forward slashes) of those pages: readers wait for them ({@link #awaitWritten}). */
    private final Object pendingLock = new Object();
    private Set<String> pending = Set.of();

    /**
     * What a rebuild did.
     *
     * @param incremental whether only changed pages were rendered (false: a full build)
     * @param rendered how many of the plan's pages were rendered: all of them in a full build; the pages of drafts and
     *     scheduled news, which are few, are rendered on every rebuild and not counted
     * @param search the search index and export still to write ({@link #rebuildPages} only); empty when they are current
     *     or not known yet (not settled)
     * @param settled whether every page is written and checked; false: {@link #rebuildPages} wrote the pages an editor
     *     looks at and left the rest to {@link #settle}, and {@code result} has the plan's problems only
     */
    public record Rebuilt(BuildResult result, boolean incremental, int rendered, Optional<SearchRefresh> search,
                          boolean settled) {
    }

    /**
     * The pages {@link #rebuildPages} left for {@link #settle}: the rest of the save's pages to render, then the HTML
     * passes and link check of the whole output, as an unsplit rebuild runs them.
     */
    private record Later(BuildMemory memory, Step step, InputSnapshot inputs, Rendering rendering, List<Page> rest,
                         List<ShareCard> cards) {
    }

    /** The memory of the last good build and the inputs it was made from. */
    private record Kept(BuildMemory memory, InputSnapshot inputs) {
    }

    /**
     * A broken save {@link #rebuildPages} reported with its plan's problems only: {@link #settle} tries its pages out
     * ({@link #tryOut}) for the problems a full build would report.
     */
    private record Trial(BuildMemory memory, Step step, InputSnapshot inputs) {
    }

    /**
     * @param showDrafts whether drafts and scheduled news get their page ({@link SiteBuilder#preview}) or the preview
     *     shows exactly what {@link SiteBuilder#build} publishes
     */
    public IncrementalPreview(SiteBuilder builder, Path site, Path output, boolean showDrafts) {
        this.builder = builder;
        this.site = site;
        this.output = output;
        this.drafts = showDrafts ? SiteBuilder.Drafts.SHOWN : SiteBuilder.Drafts.HIDDEN;
    }

    /**
     * Brings the output up to date with the site folder, incrementally when it can, search index and export included.
     *
     * @throws ContentErrorsException as {@link SiteBuilder#preview}
     * @throws OutputRefusedException as {@link SiteBuilder#preview}
     * @throws BuildFailedException as {@link SiteBuilder#preview}
     */
    public synchronized Rebuilt rebuild() throws ContentErrorsException, OutputRefusedException, BuildFailedException {
        Rebuilt rebuilt;
        try {
            rebuilt = rebuildPages();
        } catch (ContentErrorsException e) {
            if (trial.isEmpty()) {
                throw e;
            }
            // Throws the problems of the whole save (or returns, should they have gone with a full build).
            rebuilt = settle().orElseThrow();
        }
        if (!rebuilt.settled()) {
            rebuilt = settle().orElseThrow();
        }
        if (rebuilt.search().isPresent()) {
            rebuilt.search().get().run();
        }
        return rebuilt;
    }

    /** As {@link #rebuildPages(Set)} with no page asked for first. */
    public synchronized Rebuilt rebuildPages() throws ContentErrorsException, OutputRefusedException, BuildFailedException {
        return rebuildPages(Set.of());
    }

    /**
     * Brings the pages up to date like {@link #rebuild}; an incremental rebuild leaves the search index and export to
     * the returned {@link Rebuilt#search()}, to be run once the pages are shown. A later call supersedes it.
     *
     * <p>An incremental rebuild writes the changed pages (their HTML passes included, which depend on the page alone)
     * and returns unsettled: {@link #settle} runs the HTML passes and link check of the whole output, whose problems it
     * reports. List, feed and sitemap pages (an article moved in the newest-first news list shifts every later list
     * page) wait too, unless made from a changed file or in {@code wanted}: {@link #settle} writes them first, and until
     * then readers of those pages wait
     * ({@link #awaitWritten}). A call before {@link #settle} settles the last rebuild first. Not split: a full build, a
     * save when drafts are hidden and there are unpublished pages.
     *
     * <p>A save whose content has errors (the usual mistake while writing) is reported at once with its plan's problems
     * (those of the load, the cross-file checks and the plan), the output and memory left as the last good build made
     * them; {@link #isSettled} is then false, and {@link #settle} renders and checks its pages out of the output and
     * throws every problem a full build would report. A call before that drops the trial: this save supersedes it.
     *
     * @param wanted files (relative to the output, forward slashes) an editor looked at lately: written first
     * @throws ContentErrorsException as {@link SiteBuilder#preview}
     * @throws OutputRefusedException as {@link SiteBuilder#preview}
     * @throws BuildFailedException as {@link SiteBuilder#preview}
     */
    public synchronized Rebuilt rebuildPages(Set<String> wanted)
        throws ContentErrorsException, OutputRefusedException, BuildFailedException {
        trial = Optional.empty();
        if (later.isPresent()) {
            try {
                settle();
            } catch (ContentErrorsException | OutputRefusedException | BuildFailedException e) {
                // Superseded: this save's own rebuild reports whatever is still wrong.
                LOG.info("settling the last rebuild failed: {}", e.toString());
            }
        }
        generation++;
        InputSnapshot inputs = snapshot();
        Optional<Kept> last = kept;
        kept = Optional.empty();
        boolean outputTouched = false;
        if (last.isPresent()) {
            try {
                Optional<Step> step = decide(last.get(), inputs);
                if (step.isPresent() && step.get().broken()) {
                    // The output and the memory are the last good build's still: the fix is compared with it. The
                    // pages' problems (links to the items left out, say) come with settle.
                    kept = last;
                    trial = Optional.of(new Trial(last.get().memory(), step.get(), inputs));
                    throw new ContentErrorsException(step.get().now().problems());
                } else if (step.isPresent()) {
                    outputTouched = true;
                    Optional<Rebuilt> done = apply(last.get().memory(), step.get(), inputs, wanted);
                    if (done.isPresent()) {
                        kept = Optional.of(new Kept(last.get().memory(), inputs));
                        return done.get();
                    }
                }
            } catch (BakeException | IOException | UncheckedIOException | UnsupportedOperationException e) {
                LOG.info("incremental rebuild failed, building in full: {}", e.toString());
            }
        }
        try {
            return full(inputs);
        } catch (ContentErrorsException e) {
            if (!outputTouched) {
                // A failed build leaves the output as it was, so the last good build's memory still describes it: the
                // save that fixes the problem is compared with that build and can be incremental.
                kept = last;
            }
            throw e;
        }
    }

    private InputSnapshot snapshot() throws BuildFailedException {
        try {
            long start = System.nanoTime();
            InputSnapshot inputs = InputSnapshot.of(site, latest);
            latest = Optional.of(inputs);
            SiteBuilder.logStage("snapshot of the inputs", start);
            return inputs;
        } catch (IOException | UncheckedIOException e) {
            throw new BuildFailedException(e);
        }
    }

    private Rebuilt full(InputSnapshot inputs) throws ContentErrorsException, OutputRefusedException, BuildFailedException {
        discardScratch();
        Optional<String> refusal;
        try {
            refusal = OutputGuard.refusal(site, output);
        } catch (IOException e) {
            throw new BuildFailedException(e);
        }
        if (refusal.isPresent()) {
            throw new OutputRefusedException(refusal.get());
        }
        fullBuilds++;
        BuildMemory memory = new BuildMemory();
        memory.load().digestsFrom(inputs::digestOf);
        BuildResult result;
        try {
            result = builder.buildInto(site, output, drafts, Optional.of(memory));
        } catch (BakeException | IOException | UncheckedIOException e) {
            throw new BuildFailedException(e);
        }
        kept = Optional.of(new Kept(memory, inputs));
        return new Rebuilt(result, false, result.pages(), Optional.empty(), true);
    }

    /**
     * What an incremental rebuild does: the site before and after the save, the pages to render, the files of the pages
     * that are gone, and when the rebuild began.
     */
    private record Step(SiteBuilder.Prepared before, SiteBuilder.Prepared now, Set<String> changed, List<Page> dirty,
                        List<String> gone, long begin) {

        /** Whether the content has errors: the save is tried out of the output ({@link #tryOut}), never applied. */
        boolean broken() {
            return now.problems().stream().anyMatch(Problem::isError);
        }
    }

    /**
     * Loads and plans the save, writing nothing: what to render and remove, or empty when the save needs a full build
     * (anything but Markdown files under {@code content/} changed, the settings or templates have errors, the navigation
     * or the published photos and PDFs changed). Content with errors is planned like a full build plans it, without
     * the items that have errors.
     */
    private Optional<Step> decide(Kept last, InputSnapshot inputs) throws IOException {
        long begin = System.nanoTime();
        Set<String> changed = last.inputs().changedIn(inputs);
        // Edited, new, deleted or renamed: the load and the plan say what that does to the pages.
        boolean onlyMarkdown = changed.stream().allMatch(path -> path.startsWith(ContentLoader.CONTENT + "/") && path.endsWith(".md"));
        if (!onlyMarkdown) {
            return fallBack("not only Markdown files changed: " + changed.size() + " changed");
        }
        BuildMemory memory = last.memory();
        SiteBuilder.Prepared before = memory.prepared();
        SiteBuilder.Prepared now;
        memory.load().digestsFrom(inputs::digestOf);
        try {
            now = builder.prepare(site, drafts, Optional.of(memory), Optional.of(inputs.listing()));
        } catch (ContentErrorsException e) {
            return fallBack("settings or templates have errors");
        }
        Optional<String> reason = PlanChanges.needsFullBuild(before, now);
        if (reason.isPresent()) {
            return fallBack(reason.get());
        }
        List<Page> dirty = PlanChanges.changedPages(before.plan(), now.plan(), changed);
        List<String> gone = PlanChanges.gonePages(before.plan(), now.plan()).stream().map(OutputClaims::fileOf).toList();
        SiteBuilder.logStage("incremental: load and plan", begin);
        return Optional.of(new Step(before, now, changed, dirty, gone, begin));
    }

    /**
     * Renders, removes and checks what {@code step} says, or empty when the pages have errors (then a full build). With
     * many list pages to render, writes the others first and leaves those to {@link #settle} ({@link #rebuildPages}).
     */
    private Optional<Rebuilt> apply(BuildMemory memory, Step step, InputSnapshot inputs, Set<String> wanted)
        throws BakeException, IOException {
        // A published output is a link to its tree (AtomicPublisher); the pages are rewritten in that tree.
        Path tree = output.toRealPath();
        List<Page> first = new ArrayList<>();
        List<Page> rest = new ArrayList<>();
        if (!split(step, wanted, first, rest)) {
            Optional<Passed> done = renderAndPass(memory, step, tree, false);
            if (done.isEmpty()) {
                return Optional.empty();
            }
            return finish(memory, step, done.get(), tree, shareCards(memory, step, tree));
        }
        long start = System.nanoTime();
        Rendering rendering = new Rendering(memory, step, tree);
        rendering.render(first);
        rendering.renderUnpublished();
        start = SiteBuilder.logStage("incremental: render " + first.size() + " pages first", start);
        if (!rendering.templates.problems().isEmpty()) {
            return fallBack("a template failed");
        }
        // The passes only add to a page what depends on that page alone: these bytes are final. The link check, and
        // what the passes remember for the next save, wait for the whole output (settle).
        List<Path> written = new ArrayList<>(first.stream().map(page -> tree.resolve(OutputClaims.fileOf(page.url())))
            .filter(file -> file.toString().endsWith(".html")).toList());
        rendering.unpublishedFiles.stream().filter(file -> file.toString().endsWith(".html")).forEach(written::add);
        passes(step.now()).writeOnly(tree, written, step.now().plan(), rendering.unpublished.forLinks());
        // Marked now, not after the passes of settle: the banner adds no heading, id, link or image, so settle's passes
        // find in a marked page what they would find in an unmarked one and leave it as it is.
        if (drafts == SiteBuilder.Drafts.SHOWN) {
            rendering.unpublished.markForPreview(rendering.unpublishedFiles);
            rendering.marked = true;
        }
        List<ShareCard> cards = shareCards(memory, step, tree);
        hold(rest.stream().map(page -> OutputClaims.fileOf(page.url())).collect(Collectors.toSet()));
        later = Optional.of(new Later(memory, step, inputs, rendering, rest, cards));
        SiteBuilder.logStage("incremental: passes of the pages first, " + rest.size() + " pages and the checks left to settle",
            start);
        return Optional.of(new Rebuilt(SiteBuilder.result(step.now(), step.now().problems(), step.begin()), true,
            first.size(), Optional.empty(), false));
    }

    /**
     * Splits the save's pages into those to write before the reload and those that may wait: list, feed and sitemap
     * pages (a moved article shifts hundreds of list pages; the sitemap and feed list every article), unless made from a
     * changed file or asked for. Returns false, for no split at all, when drafts are hidden and there are unpublished
     * pages: a preview without drafts renders them for the link check and removes them after, which must not wait.
     */
    private boolean split(Step step, Set<String> wanted, List<Page> first, List<Page> rest) {
        if (drafts == SiteBuilder.Drafts.HIDDEN && step.now().future().isPresent()) {
            return false;
        }
        for (Page page : step.dirty()) {
            boolean asked = wanted.contains(OutputClaims.fileOf(page.url()))
                || page.model() instanceof PageModel.ItemPage item && step.changed().contains(item.item().source());
            boolean deferrable = page.model() instanceof PageModel.ListPage || page.model() instanceof PageModel.NewsListPage
                || page.model() instanceof PageModel.SitemapPage || page.model() instanceof PageModel.FeedPage;
            (asked || !deferrable ? first : rest).add(page);
        }
        return true;
    }

    /**
     * Writes the pages {@link #rebuildPages} left, runs the HTML passes and the link check over the whole output, and
     * returns the rebuild as an unsplit one would have (its problems, its search refresh); a full build when those pages
     * have errors or cannot be made. Readers waiting for the pages are let go when it returns, however it ends. Empty
     * when nothing is left to settle.
     *
     * @throws ContentErrorsException as {@link SiteBuilder#preview}, from the full build
     * @throws OutputRefusedException as {@link SiteBuilder#preview}, from the full build
     * @throws BuildFailedException as {@link SiteBuilder#preview}, from the full build
     */
    public synchronized Optional<Rebuilt> settle() throws ContentErrorsException, OutputRefusedException, BuildFailedException {
        if (trial.isPresent()) {
            Trial broken = trial.get();
            trial = Optional.empty();
            return Optional.of(tryOutLater(broken));
        }
        if (later.isEmpty()) {
            return Optional.empty();
        }
        Later left = later.get();
        later = Optional.empty();
        try {
            try {
                long start = System.nanoTime();
                left.rendering().render(left.rest());
                SiteBuilder.logStage("incremental: render " + left.rest().size() + " pages after the reload", start);
                if (!left.rendering().templates.problems().isEmpty()) {
                    throw new UnsupportedOperationException("a template failed");
                }
                Optional<Rebuilt> done = finish(left.memory(), left.step(), pass(left.memory(), left.rendering(), false),
                    left.rendering().tree, left.cards());
                if (done.isPresent()) {
                    return done;
                }
            } catch (BakeException | IOException | UncheckedIOException | UnsupportedOperationException e) {
                if (Thread.currentThread().isInterrupted()) {
                    // The preview is closing: no full build for it (and none to start from).
                    kept = Optional.empty();
                    throw new BuildFailedException(e);
                }
                LOG.info("settling the incremental rebuild failed, building in full: {}", e.toString());
            }
            kept = Optional.empty();
            return Optional.of(full(left.inputs()));
        } finally {
            hold(Set.of());
            discardScratch();
        }
    }

    /** Removes the scratch copy of the output a broken save left, if any ({@link #scratchLeft}). */
    private void discardScratch() {
        if (scratchLeft.isPresent()) {
            long start = System.nanoTime();
            AtomicPublisher.discard(scratchLeft.get());
            scratchLeft = Optional.empty();
            SiteBuilder.logStage("incremental: the broken save's scratch copy removed", start);
        }
    }

    /** Whether nothing is left to {@link #settle}: no pages to write, no broken save to try out. */
    public synchronized boolean isSettled() {
        return later.isEmpty() && trial.isEmpty();
    }

    /**
     * Tries out the pages of a broken save {@link #rebuildPages} reported early and throws the problems a full build
     * would report; when the pages cannot be made that way, a full build reports them (the output stays as it was).
     */
    private Rebuilt tryOutLater(Trial broken) throws ContentErrorsException, OutputRefusedException, BuildFailedException {
        try {
            Optional<ContentErrorsException> problems = tryOut(broken.memory(), broken.step());
            if (problems.isPresent()) {
                throw problems.get();
            }
        } catch (BakeException | IOException | UncheckedIOException | UnsupportedOperationException e) {
            if (Thread.currentThread().isInterrupted()) {
                // The preview is closing: no full build for it.
                throw new BuildFailedException(e);
            }
            LOG.info("trying out the broken save failed, building in full: {}", e.toString());
        }
        Optional<Kept> last = kept;
        kept = Optional.empty();
        try {
            return full(broken.inputs());
        } catch (ContentErrorsException e) {
            // A failed full build leaves the output as it was: the last good build's memory still describes it.
            kept = last;
            throw e;
        }
    }

    /**
     * Returns once {@code file} (relative to the output, forward slashes) is written: at once unless it is one of the
     * pages an unsettled rebuild left to {@link #settle}, else when settle is over.
     */
    public void awaitWritten(String file) throws InterruptedException {
        synchronized (pendingLock) {
            while (pending.contains(file)) {
                pendingLock.wait();
            }
        }
    }

    /** Sets the files readers wait for, and lets go those who waited for others. */
    private void hold(Set<String> files) {
        synchronized (pendingLock) {
            pending = Set.copyOf(files);
            pendingLock.notifyAll();
        }
    }

    /** The share cards of the new plan, drawn where they changed. */
    private List<ShareCard> shareCards(BuildMemory memory, Step step, Path tree) throws IOException {
        long start = System.nanoTime();
        SiteBuilder.Prepared now = step.now();
        List<ShareCard> cards = ShareCards.of(now.plan(), now.settings().site());
        redrawShareCards(memory.cards().orElseGet(() -> ShareCards.of(step.before().plan(), step.before().settings().site())),
            cards, tree);
        SiteBuilder.logStage("incremental: share cards", start);
        return cards;
    }

    /** Ends an incremental rebuild whose pages passed: a full build when they have errors, else the memory updated. */
    private Optional<Rebuilt> finish(BuildMemory memory, Step step, Passed passed, Path tree, List<ShareCard> cards)
        throws IOException {
        if (passed.problems().stream().anyMatch(Problem::isError)) {
            return fallBack("the pages have errors");
        }
        if (drafts == SiteBuilder.Drafts.HIDDEN) {
            UnpublishedPages.remove(passed.unpublishedFiles(), tree);
        } else if (!passed.marked()) {
            passed.unpublished().markForPreview(passed.unpublishedFiles());
        }
        SiteBuilder.Prepared now = step.now();
        memory.remember(now, cards);
        SearchRefresh search = new SearchRefresh(this, generation, passed.pages().taken(), output, builder.workers());
        return Optional.of(new Rebuilt(SiteBuilder.result(now, passed.problems(), step.begin()), true, step.dirty().size(),
            Optional.of(search), true));
    }

    /**
     * Finds the problems of a save whose content has errors without touching the output: renders and checks the pages
     * as {@link #apply} would, in a scratch copy of the output whose files are hard links to it, with a trial copy of
     * the memory, which is dropped after. The problems are a full build's: the items with errors are left out of the
     * plan as a full build leaves them out, and every other page's are those the memory holds. Empty when the pages
     * cannot be made that way (a template failed): then a full build reports them. The scratch copy is removed later
     * ({@link #scratchLeft}).
     */
    private Optional<ContentErrorsException> tryOut(BuildMemory memory, Step step) throws BakeException, IOException {
        discardScratch();
        long start = System.nanoTime();
        Path scratch = AtomicPublisher.createStaging(output);
        // Removed after the next save's pages are shown, or before the next full build or trial (discardScratch).
        scratchLeft = Optional.of(scratch);
        Folders.linkCopy(output.toRealPath(), scratch);
        start = SiteBuilder.logStage("incremental: scratch copy of the output (content has errors)", start);
        BuildMemory trial = memory.trial();
        SiteBuilder.logStage("incremental: trial copy of the memory", start);
        Optional<Passed> passed = renderAndPass(trial, step, scratch, true);
        if (passed.isEmpty() || passed.get().problems().stream().noneMatch(Problem::isError)) {
            return Optional.empty();
        }
        return Optional.of(new ContentErrorsException(passed.get().problems()));
    }

    /**
     * What rendering and checking a save's pages gave: the pages' pass results, every problem (the plan's and the
     * pages'), the unpublished pages written, and whether they are marked for the preview already.
     */
    private record Passed(HtmlPassResult<SearchDocument> pages, List<Problem> problems, UnpublishedPages unpublished,
                          List<Path> unpublishedFiles, boolean marked) {
    }

    /**
     * Removes the pages gone and the last unpublished ones from {@code tree}, renders the changed pages and the
     * unpublished ones, and runs the HTML passes and the link check, updating {@code memory}'s pass results; empty when
     * a template failed. In a {@code scratch} tree (hard links to the output), a kept page about to be passed again is
     * first replaced by a copy of its own, so that no pass can write through to the output.
     */
    private Optional<Passed> renderAndPass(BuildMemory memory, Step step, Path tree, boolean scratch)
        throws BakeException, IOException {
        long start = System.nanoTime();
        Rendering rendering = new Rendering(memory, step, tree);
        rendering.render(step.dirty());
        rendering.renderUnpublished();
        SiteBuilder.logStage("incremental: render " + step.dirty().size() + " pages", start);
        if (!rendering.templates.problems().isEmpty()) {
            return fallBack("a template failed");
        }
        return Optional.of(pass(memory, rendering, scratch));
    }

    /** Runs the HTML passes and the link check over {@code rendering}'s tree, updating {@code memory}'s pass results. */
    private Passed pass(BuildMemory memory, Rendering rendering, boolean scratch) throws IOException {
        long start = System.nanoTime();
        Path tree = rendering.tree;
        memory.passes().forget(rendering.rewritten);
        Set<String> relinked = memory.passes().forgetLinkingTo(rendering.cameOrWent);
        if (scratch) {
            for (String file : relinked) {
                unshare(tree.resolve(file));
            }
        }
        LOG.info("incremental: {} pages rendered, {} removed, {} checked again for links to pages that came or went",
            rendering.step.dirty().size(), rendering.step.gone().size(), relinked.size());
        SiteBuilder.Prepared now = rendering.step.now();
        HtmlPassResult<SearchDocument> passed = passes(now)
            .run(tree, now.plan(), rendering.unpublished.forLinks(), SearchDocument::of, memory.passes());
        memory.rememberUnpublished(tree, rendering.unpublishedFiles);
        List<Problem> problems = new ArrayList<>(now.problems());
        problems.addAll(passed.problems());
        SiteBuilder.logStage("incremental: HTML passes and link check", start);
        return new Passed(passed, problems, rendering.unpublished, rendering.unpublishedFiles, rendering.marked);
    }

    private HtmlPasses passes(SiteBuilder.Prepared now) {
        return new HtmlPasses(now.settings().site(), site, SiteBuilder.labelOf(site, output), builder.workers());
    }

    /**
     * Writes a save's pages into a tree, in one go or in parts, and collects what the HTML passes must then forget and
     * check again. Made before anything is rendered: it removes the pages gone and the last unpublished ones first, so
     * that a draft just published gets its page at the same URL.
     */
    private final class Rendering {

        final Step step;
        final Path tree;
        final UnpublishedPages unpublished;
        final Templates templates = new Templates(site.resolve("templates"));
        private final AssetManifest assets;
        private final JBakeBaker baker = new JBakeBaker();
        private final Set<String> planned;
        /** Files that came or went (or whose page's publication time may have moved): links to them are settled again. */
        final Set<String> cameOrWent = new HashSet<>();
        /** Files whose pass results are out of date. */
        final List<String> rewritten = new ArrayList<>();
        List<Path> unpublishedFiles = List.of();
        /** Whether the unpublished pages are marked for the preview already. */
        boolean marked;

        Rendering(BuildMemory memory, Step step, Path tree) throws IOException {
            this.step = step;
            this.tree = tree;
            this.unpublished = UnpublishedPages.of(step.now(), builder.clock());
            this.assets = AssetManifest.of(site.resolve("assets"), step.now().settings().site().basePath());
            this.planned = step.before().plan().byUrl().keySet();
            UnpublishedPages.remove(memory.unpublishedFiles().stream().map(tree::resolve).toList(), tree);
            UnpublishedPages.remove(step.gone().stream().map(tree::resolve).toList(), tree);
            cameOrWent.addAll(step.gone());
            cameOrWent.addAll(memory.unpublishedFiles());
            rewritten.addAll(cameOrWent);
        }

        /** Renders {@code pages} of the new plan, each file removed first. */
        void render(List<Page> pages) throws BakeException, IOException {
            for (Page page : pages) {
                String file = OutputClaims.fileOf(page.url());
                Files.deleteIfExists(tree.resolve(file));
                rewritten.add(file);
                if (!planned.contains(page.url())) {
                    cameOrWent.add(file);
                }
            }
            SiteBuilder.Prepared now = step.now();
            baker.renderPages(pages, now.plan(), now.settings().site(), assets, templates, now.settings().templateFiles(), tree);
        }

        /** Renders the pages of drafts and scheduled news, and the pages that come with them. */
        void renderUnpublished() throws BakeException {
            SiteBuilder.Prepared now = step.now();
            unpublishedFiles = now.future().isEmpty() ? List.of() : baker.bakeUnpublished(unpublished.pages(),
                now.future().get(), now.settings().site(), assets, templates, now.settings().templateFiles(), tree);
            unpublishedFiles.forEach(file -> cameOrWent.add(tree.relativize(file).toString().replace('\\', '/')));
        }
    }

    /** Replaces a hard link of a scratch tree with a copy of its own, if it is there. */
    private static void unshare(Path file) throws IOException {
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            Path copy = file.resolveSibling(file.getFileName() + ".copy");
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** How many full builds ran, the first included. */
    synchronized int fullBuilds() {
        return fullBuilds;
    }

    /** Whether no rebuild came after the one numbered {@code rebuild}. */
    boolean isCurrent(long rebuild) {
        return generation == rebuild;
    }

    /**
     * Replaces the output's search folder with the one written in {@code staging}, unless a rebuild came after the one
     * numbered {@code rebuild}; returns whether it did. Rebuilds wait meanwhile, so pages and search never mix.
     */
    synchronized boolean moveSearchIn(long rebuild, Path staging) throws IOException {
        if (!isCurrent(rebuild)) {
            return false;
        }
        Path folder = output.toRealPath().resolve(SEARCH_FOLDER);
        if (Files.exists(folder)) {
            // Into the staging folder, which the refresh deletes: the swap itself is two renames.
            Files.move(folder, staging.resolve("replaced-" + SEARCH_FOLDER));
        }
        Files.move(staging.resolve(SEARCH_FOLDER), folder);
        return true;
    }

    /** After a search refresh failed, makes the next rebuild a full one, which writes the search folder whole again. */
    synchronized void forgetAfterFailedSearch(long rebuild) {
        if (isCurrent(rebuild)) {
            kept = Optional.empty();
        }
    }

    /** Removes the cards no page shows any more and draws the new ones. */
    private void redrawShareCards(List<ShareCard> before, List<ShareCard> now, Path tree) throws IOException {
        Set<ShareCard> kept = new HashSet<>(now);
        Set<ShareCard> gone = new LinkedHashSet<>(before);
        gone.removeAll(kept);
        UnpublishedPages.remove(gone.stream().map(card -> tree.resolve(OutputClaims.fileOf(card.url()))).toList(), tree);
        Set<ShareCard> drawn = new HashSet<>(before);
        List<ShareCard> added = now.stream().filter(card -> !drawn.contains(card)).toList();
        if (!added.isEmpty()) {
            // Only then: writing loads the painter's fonts first, which most saves (no title changed) do not need.
            ShareCards.write(added, tree, Optional.empty(), builder.workers());
        }
    }

    private static <T> Optional<T> fallBack(String reason) {
        LOG.info("full rebuild: {}", reason);
        return Optional.empty();
    }
}
