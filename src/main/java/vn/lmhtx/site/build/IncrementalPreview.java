package vn.lmhtx.site.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lmhtx.site.bake.BakeException;
import vn.lmhtx.site.bake.JBakeBaker;
import vn.lmhtx.site.bake.ShareCards;
import vn.lmhtx.site.content.ContentErrorsException;
import vn.lmhtx.site.content.OutputClaims;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.html.HtmlPassResult;
import vn.lmhtx.site.html.HtmlPasses;
import vn.lmhtx.site.load.ContentLoader;
import vn.lmhtx.site.publish.OutputGuard;
import vn.lmhtx.site.render.AssetManifest;
import vn.lmhtx.site.render.Page;
import vn.lmhtx.site.render.ShareCard;
import vn.lmhtx.site.render.SitePlan;
import vn.lmhtx.site.render.SiteSettings;
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
 * rebuild supersedes. Once it has run, the output is byte for byte that of a full build, and so are the problems.
 *
 * <p>Falls back to a full build when: no good build is in memory (a save that failed before anything was written keeps
 * the last good one, so its fix is incremental); a file other than a Markdown file under {@code content/} changed
 * (templates, assets, settings, photos, PDFs); the new load or the re-rendered pages have any error (the full build
 * then reports every problem as it always does); the navigation, or the photos and PDFs published changed.
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
    /** Counts rebuilds, so that a search refresh knows whether a later rebuild superseded it. */
    private volatile long generation;

    /**
     * What a rebuild did.
     *
     * @param incremental whether only changed pages were rendered (false: a full build)
     * @param rendered how many of the plan's pages were rendered: all of them in a full build; the pages of drafts and
     *     scheduled news, which are few, are rendered on every rebuild and not counted
     * @param search the search index and export still to write ({@link #rebuildPages} only); empty when they are current
     */
    public record Rebuilt(BuildResult result, boolean incremental, int rendered, Optional<SearchRefresh> search) {
    }

    /** The memory of the last good build and the inputs it was made from. */
    private record Kept(BuildMemory memory, InputSnapshot inputs) {
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
        Rebuilt rebuilt = rebuildPages();
        if (rebuilt.search().isPresent()) {
            rebuilt.search().get().run();
        }
        return rebuilt;
    }

    /**
     * Brings the pages up to date like {@link #rebuild}; an incremental rebuild leaves the search index and export to
     * the returned {@link Rebuilt#search()}, to be run once the pages are shown. A later call supersedes it.
     *
     * @throws ContentErrorsException as {@link SiteBuilder#preview}
     * @throws OutputRefusedException as {@link SiteBuilder#preview}
     * @throws BuildFailedException as {@link SiteBuilder#preview}
     */
    public synchronized Rebuilt rebuildPages() throws ContentErrorsException, OutputRefusedException, BuildFailedException {
        generation++;
        InputSnapshot inputs = snapshot();
        Optional<Kept> last = kept;
        kept = Optional.empty();
        boolean outputTouched = false;
        if (last.isPresent()) {
            try {
                Optional<Step> step = decide(last.get(), inputs);
                if (step.isPresent()) {
                    outputTouched = true;
                    Optional<Rebuilt> done = apply(last.get().memory(), step.get());
                    if (done.isPresent()) {
                        kept = Optional.of(new Kept(last.get().memory(), inputs));
                        return done.get();
                    }
                }
            } catch (BakeException | IOException | UncheckedIOException e) {
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
            return InputSnapshot.of(site);
        } catch (IOException | UncheckedIOException e) {
            throw new BuildFailedException(e);
        }
    }

    private Rebuilt full(InputSnapshot inputs) throws ContentErrorsException, OutputRefusedException, BuildFailedException {
        Optional<String> refusal;
        try {
            refusal = OutputGuard.refusal(site, output);
        } catch (IOException e) {
            throw new BuildFailedException(e);
        }
        if (refusal.isPresent()) {
            throw new OutputRefusedException(refusal.get());
        }
        BuildMemory memory = new BuildMemory();
        BuildResult result;
        try {
            result = builder.buildInto(site, output, drafts, Optional.of(memory));
        } catch (BakeException | IOException | UncheckedIOException e) {
            throw new BuildFailedException(e);
        }
        kept = Optional.of(new Kept(memory, inputs));
        return new Rebuilt(result, false, result.pages(), Optional.empty());
    }

    /**
     * What an incremental rebuild does: the site before and after the save, the pages to render, the files of the pages
     * that are gone, and when the rebuild began.
     */
    private record Step(SiteBuilder.Prepared before, SiteBuilder.Prepared now, List<Page> dirty,
                        List<String> gone, long begin) {
    }

    /**
     * Loads and plans the save, writing nothing: what to render and remove, or empty when the save needs a full build
     * (anything but Markdown files under {@code content/} changed, the content has errors, the navigation or the
     * published photos and PDFs changed).
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
        try {
            now = builder.prepare(site, drafts, Optional.of(memory.load()));
        } catch (ContentErrorsException e) {
            return fallBack("settings or templates have errors");
        }
        if (now.problems().stream().anyMatch(Problem::isError)) {
            return fallBack("content has errors");
        }
        Optional<String> reason = PlanChanges.needsFullBuild(before, now);
        if (reason.isPresent()) {
            return fallBack(reason.get());
        }
        List<Page> dirty = PlanChanges.changedPages(before.plan(), now.plan(), changed);
        List<String> gone = PlanChanges.gonePages(before.plan(), now.plan()).stream().map(OutputClaims::fileOf).toList();
        SiteBuilder.logStage("incremental: load and plan", begin);
        return Optional.of(new Step(before, now, dirty, gone, begin));
    }

    /** Renders, removes and checks what {@code step} says, or empty when the pages have errors (then a full build). */
    private Optional<Rebuilt> apply(BuildMemory memory, Step step) throws BakeException, IOException {
        // A published output is a link to its tree (AtomicPublisher); the pages are rewritten in that tree.
        Path tree = output.toRealPath();
        long start = System.nanoTime();
        SiteBuilder.Prepared before = step.before();
        SiteBuilder.Prepared now = step.now();
        List<Page> dirty = step.dirty();
        List<String> gone = step.gone();
        UnpublishedPages unpublished = UnpublishedPages.of(now, builder.clock());
        SiteSettings settings = now.settings().site();
        Templates templates = new Templates(site.resolve("templates"));
        AssetManifest assets = AssetManifest.of(site.resolve("assets"), settings.basePath());
        JBakeBaker baker = new JBakeBaker();
        // Gone pages and the last unpublished ones first: a draft just published gets its page at the same URL.
        UnpublishedPages.remove(memory.unpublishedFiles().stream().map(tree::resolve).toList(), tree);
        UnpublishedPages.remove(gone.stream().map(tree::resolve).toList(), tree);
        Set<String> planned = before.plan().byUrl().keySet();
        // Files that came or went (or whose page's publication time may have moved): links to them are settled again.
        Set<String> cameOrWent = new HashSet<>(gone);
        cameOrWent.addAll(memory.unpublishedFiles());
        List<String> rewritten = new ArrayList<>(cameOrWent);
        for (Page page : dirty) {
            String file = OutputClaims.fileOf(page.url());
            Files.deleteIfExists(tree.resolve(file));
            rewritten.add(file);
            if (!planned.contains(page.url())) {
                cameOrWent.add(file);
            }
        }
        baker.renderPages(dirty, now.plan(), settings, assets, templates, now.settings().templateFiles(), tree);
        List<Path> unpublishedFiles = now.future().isEmpty() ? List.of() : baker.bakeUnpublished(unpublished.pages(),
            now.future().get(), settings, assets, templates, now.settings().templateFiles(), tree);
        unpublishedFiles.forEach(file -> cameOrWent.add(tree.relativize(file).toString().replace('\\', '/')));
        start = SiteBuilder.logStage("incremental: render " + dirty.size() + " pages", start);
        if (!templates.problems().isEmpty()) {
            return fallBack("a template failed");
        }
        memory.passes().forget(rewritten);
        int relinked = memory.passes().forgetLinkingTo(cameOrWent);
        LOG.info("incremental: {} pages rendered, {} removed, {} checked again for links to pages that came or went",
            dirty.size(), gone.size(), relinked);
        HtmlPassResult<SearchDocument> passed = new HtmlPasses(settings, site, SiteBuilder.labelOf(site, output), builder.workers())
            .run(tree, now.plan(), unpublished.forLinks(), SearchDocument::of, memory.passes());
        memory.rememberUnpublished(tree, unpublishedFiles);
        List<Problem> problems = new ArrayList<>(now.problems());
        problems.addAll(passed.problems());
        if (problems.stream().anyMatch(Problem::isError)) {
            return fallBack("the pages have errors");
        }
        if (drafts == SiteBuilder.Drafts.SHOWN) {
            unpublished.markForPreview(unpublishedFiles);
        } else {
            UnpublishedPages.remove(unpublishedFiles, tree);
        }
        start = SiteBuilder.logStage("incremental: HTML passes and link check", start);
        redrawShareCards(ShareCards.of(before.plan(), before.settings().site()), ShareCards.of(now.plan(), settings), tree);
        SiteBuilder.logStage("incremental: share cards", start);
        memory.remember(now);
        SearchRefresh search = new SearchRefresh(this, generation, passed.taken(), output, builder.workers());
        return Optional.of(new Rebuilt(SiteBuilder.result(now, problems, step.begin()), true, dirty.size(), Optional.of(search)));
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
        ShareCards.write(added, tree, Optional.empty(), builder.workers());
    }

    private static <T> Optional<T> fallBack(String reason) {
        LOG.info("full rebuild: {}", reason);
        return Optional.empty();
    }
}
