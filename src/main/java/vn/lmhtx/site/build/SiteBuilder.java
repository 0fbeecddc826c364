package vn.lmhtx.site.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lmhtx.site.bake.BakeException;
import vn.lmhtx.site.bake.JBakeBaker;
import vn.lmhtx.site.bake.ShareCards;
import vn.lmhtx.site.cms.WebEditor;
import vn.lmhtx.site.content.ContentErrorsException;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.files.Owner;
import vn.lmhtx.site.html.HtmlPassResult;
import vn.lmhtx.site.html.HtmlPasses;
import vn.lmhtx.site.load.AssetPhotos;
import vn.lmhtx.site.load.ContentLoader;
import vn.lmhtx.site.load.InputFiles;
import vn.lmhtx.site.load.InputListing;
import vn.lmhtx.site.load.LoadResult;
import vn.lmhtx.site.load.Publication;
import vn.lmhtx.site.markdown.MarkdownRenderer;
import vn.lmhtx.site.parallel.Ahead;
import vn.lmhtx.site.parallel.Workers;
import vn.lmhtx.site.publish.AtomicPublisher;
import vn.lmhtx.site.publish.Leftovers;
import vn.lmhtx.site.publish.OutputGuard;
import vn.lmhtx.site.render.AssetManifest;
import vn.lmhtx.site.render.Page;
import vn.lmhtx.site.render.PlanMemo;
import vn.lmhtx.site.render.ShareCard;
import vn.lmhtx.site.render.SitePlan;
import vn.lmhtx.site.render.SitePlanner;
import vn.lmhtx.site.render.SiteSettings;
import vn.lmhtx.site.render.Templates;
import vn.lmhtx.site.search.SearchBuild;
import vn.lmhtx.site.search.SearchDocument;

/**
 * Runs the whole pipeline: load and validate, plan, bake with JBake, HTML passes, search index, publish. Every stage that
 * can run does, so one run reports content, template, image and link problems together; any error stops the build
 * before the output folder is touched, and the output is replaced only when everything succeeded. Scheduled news is
 * baked and checked like published news, then removed before publishing. Loading and the HTML
 * passes run on {@link BuildOptions#threads()} threads; the output is byte for byte that of a sequential build. With
 * several threads, the share cards are drawn while the site bakes ({@link Ahead}); with one, where they are needed.
 */
public final class SiteBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(SiteBuilder.class);

    private final Clock clock;
    private final Workers workers;

    Clock clock() {
        return clock;
    }

    Workers workers() {
        return workers;
    }

    /** A builder with the default options (one thread per processor). */
    public SiteBuilder(Clock clock) {
        this(clock, BuildOptions.defaults());
    }

    /**
     * @param clock decides which news is already published; tests fix it
     * @param options how the build runs (threads)
     */
    public SiteBuilder(Clock clock, BuildOptions options) {
        this.clock = clock;
        this.workers = options.workers();
    }

    /**
     * Builds the site folder {@code site} into {@code output}, replacing it only when everything succeeded.
     *
     * @throws ContentErrorsException every problem found in content, templates and links; the output is untouched
     * @throws OutputRefusedException {@code output} is no folder a build may replace ({@link OutputGuard}); nothing
     *     was touched
     * @throws BuildFailedException an internal failure (JBake, the generator, the file system); the output is untouched
     */
    public BuildResult build(Path site, Path output) throws ContentErrorsException, OutputRefusedException, BuildFailedException {
        Optional<String> refusal = internal(() -> OutputGuard.refusal(site, output));
        if (refusal.isPresent()) {
            throw new OutputRefusedException(refusal.get());
        }
        return internal(() -> buildInto(site, output, Drafts.HIDDEN, Optional.empty()));
    }

    /**
     * Builds the site like {@link #build}, with the same problems, plus the pages of drafts and scheduled news, each
     * marked {@code noindex} with a banner ("Bản nháp", "Hẹn giờ đăng: …"). They get their own page only: lists, feed,
     * sitemap and search are those {@link #build} makes. For {@code serve}'s own folder only, never for publishing.
     *
     * @throws ContentErrorsException as {@link #build}, plus the problems of drafts' pages (a broken link in a draft)
     * @throws OutputRefusedException as {@link #build}
     * @throws BuildFailedException as {@link #build}
     */
    public BuildResult preview(Path site, Path output) throws ContentErrorsException, OutputRefusedException, BuildFailedException {
        Optional<String> refusal = internal(() -> OutputGuard.refusal(site, output));
        if (refusal.isPresent()) {
            throw new OutputRefusedException(refusal.get());
        }
        return internal(() -> buildInto(site, output, Drafts.SHOWN, Optional.empty()));
    }

    /** Whether a build bakes drafts and keeps the scheduled news it checks: only the preview does. */
    enum Drafts { HIDDEN, SHOWN }

    /**
     * Builds like {@link #build} or {@link #preview}, filling {@code memory} (when given) with what an incremental
     * rebuild needs ({@link IncrementalPreview}).
     */
    BuildResult buildInto(Path site, Path output, Drafts drafts, Optional<BuildMemory> memory)
        throws ContentErrorsException, BakeException, IOException {
        long start = System.nanoTime();
        sweep(Leftovers.besideOutput(output));
        Ahead<Templates, IOException> templates = setUpBake(site);
        Path staging = null;
        Path cardFolder = null;
        Optional<Ahead<List<ShareCard>, IOException>> cards = Optional.empty();
        try {
            Prepared prepared = prepare(site, drafts, memory);
            LOG.info("load, validate and plan: {} ms", (System.nanoTime() - start) / 1_000_000);
            staging = AtomicPublisher.createStaging(output);
            cardFolder = AtomicPublisher.createStaging(output);
            cards = Optional.of(drawShareCards(prepared, cardFolder, output));
            List<Problem> warnings = new ArrayList<>(bakeAndCheck(prepared, site, templates.join(), staging,
                labelOf(site, output), memory, Outputs.ALL));
            ShareCards.move(cards.get().join(), cardFolder, staging);
            // Nothing after this step may fail the build: the new site is already what readers get.
            AtomicPublisher.publish(staging, output)
                .ifPresent(note -> warnings.add(Problem.warning(labelOf(site, output), 1, "publish", note)));
            memory.ifPresent(m -> m.remember(prepared));
            return result(prepared, warnings, start);
        } catch (ContentErrorsException | BakeException | IOException | RuntimeException | Error e) {
            cards.ifPresent(drawing -> drawing.abandon(drawn -> { }));
            if (staging != null) {
                AtomicPublisher.discard(staging);
            }
            throw e;
        } finally {
            templates.abandon(unused -> { });
            if (cardFolder != null) {
                AtomicPublisher.discard(cardFolder);
            }
        }
    }

    /**
     * Validates content, templates and links by baking into a temporary folder that is then removed. It reports what
     * {@link #build} reports, and skips what only writes files no check reads: the search index and export (it finds
     * no problem in the site's files; each content page is still checked for the text search would take), the web
     * editor's files and writing pages back after the HTML passes.
     *
     * @throws ContentErrorsException every problem found in content, templates and links
     * @throws BuildFailedException an internal failure (JBake, the generator, the file system)
     */
    public BuildResult check(Path site) throws ContentErrorsException, BuildFailedException {
        return internal(() -> checkIn(site));
    }

    private BuildResult checkIn(Path site) throws ContentErrorsException, BakeException, IOException {
        long start = System.nanoTime();
        sweep(List.of());
        Ahead<Templates, IOException> templates = setUpBake(site);
        try {
            Prepared prepared = prepare(site, Drafts.HIDDEN, Optional.empty());
            LOG.info("load, validate and plan: {} ms", (System.nanoTime() - start) / 1_000_000);
            Path scratch = Owner.createTempFolder(Owner.CHECK_PREFIX);
            try {
                return result(prepared, bakeAndCheck(prepared, site, templates.join(), scratch, "(check)", Optional.empty(),
                    Outputs.CHECKED), start);
            } finally {
                AtomicPublisher.discard(scratch);
            }
        } finally {
            templates.abandon(unused -> { });
        }
    }

    /**
     * Starts what the bake needs of {@code site} and not of its plan, ahead of loading: the templates, parsed, and
     * JBake's configuration classes, loaded. With several threads this runs beside loading (for one long article the
     * loading is one thread's work); with one, where the bake asks for it.
     */
    private Ahead<Templates, IOException> setUpBake(Path site) {
        return workers.ahead("bake-set-up", () -> {
            JBakeBaker.loadConfigurationClasses(site);
            return new Templates(site.resolve("templates")).parsed();
        });
    }

    /**
     * Runs {@code step}; its baking and file-system failures (also those a stream or a worker wrapped unchecked) reach
     * the caller as one type, {@link BuildFailedException}.
     */
    private static <T> T internal(Step<T> step) throws ContentErrorsException, BuildFailedException {
        try {
            return step.run();
        } catch (BakeException | IOException | UncheckedIOException e) {
            throw new BuildFailedException(e);
        }
    }

    /** A part of the build that may fail in any of the ways the stages do. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws ContentErrorsException, BakeException, IOException;
    }

    /** Logs what a killed run had left beside the output (passed in) and in the temporary folder, once removed. */
    private static void sweep(List<Path> besideOutput) {
        List<Path> removed = new ArrayList<>(besideOutput);
        removed.addAll(Leftovers.inTemp(Owner.systemTemp()));
        removed.forEach(path -> LOG.info("removed a killed run's leftover {}", path));
    }

    /**
     * Loads, validates and plans. Content errors do not stop here: the items that loaded are planned and baked too, so
     * that template, link and image problems come in the same run; only problems that leave nothing sound to bake
     * (unreadable settings, links or special files among the inputs, missing template files) do.
     */
    Prepared prepare(Path site, Drafts drafts, Optional<BuildMemory> memory) throws ContentErrorsException, IOException {
        return prepare(site, drafts, memory, Optional.empty());
    }

    /**
     * Prepares like {@link #prepare(Path, Drafts, Optional)}, taking the files of the input check and of the load from
     * {@code listing} (a walk of the site just made, {@link InputSnapshot}) when given, instead of walking the site.
     */
    Prepared prepare(Path site, Drafts drafts, Optional<BuildMemory> memory, Optional<InputListing> listing)
        throws ContentErrorsException, IOException {
        LOG.info("threads: {}", workers.threads());
        List<Problem> inputProblems = listing.isPresent() ? InputFiles.check(site, listing.get()) : InputFiles.check(site);
        List<Problem> problems = new ArrayList<>(inputProblems);
        if (inputProblems.stream().noneMatch(Problem::isError)) {
            problems.addAll(listing.isPresent() ? AssetPhotos.check(site, listing.get()) : AssetPhotos.check(site));
        }
        Optional<SettingsLoader.Settings> settings = SettingsLoader.load(site, problems);
        // Root-relative links in articles ("/dai-hoi/") must follow the site under a sub-path ("/lmhtx-site/dai-hoi/").
        String basePath = settings.map(s -> s.site().basePath()).orElse("/");
        ContentLoader loader = new ContentLoader(new MarkdownRenderer(basePath), workers);
        LoadResult loaded = memory.isPresent() ? loader.load(site, memory.get().load(), listing) : loader.load(site);
        problems.addAll(loaded.problems());
        // A link or a special file among the inputs makes the assets, templates or settings unsafe to read: stop here.
        if (settings.isEmpty() || inputProblems.stream().anyMatch(Problem::isError)) {
            throw new ContentErrorsException(problems);
        }
        // An item with errors of its own (a URL that clashes with another's, say) is left out of the plan; the rest is
        // planned and baked so that their problems come in this run too.
        Set<String> withErrors = problems.stream().filter(Problem::isError).map(Problem::path).collect(Collectors.toSet());
        List<ContentItem> sound = loaded.items().stream().filter(item -> !withErrors.contains(item.source())).toList();
        List<ContentItem> visible = Publication.visible(sound, clock);
        List<ContentItem> held = Stream.concat(Publication.scheduled(sound, clock).stream(),
            drafts == Drafts.SHOWN ? Publication.drafts(sound).stream() : Stream.empty()).toList();
        SitePlanner planner = new SitePlanner(settings.get().site());
        // Scheduled news (and, in the preview, drafts) is planned as the site will be once all of it is out, so that
        // its pages are baked and checked. Only the pages the published plan lacks are used (UnpublishedPages): the
        // published items' own pages, which cost the most to plan, are left out. The two plans share nothing that
        // changes (each has its memo), so the future one is made beside the published one: planning runs on one thread
        // (at 5,000 articles with 15 held, 0.42 s for the published plan, then 0.24 s for the future one).
        Set<ContentItem> heldItems = Collections.newSetFromMap(new IdentityHashMap<>());
        heldItems.addAll(held);
        Ahead<Optional<SitePlan>, RuntimeException> futurePlan = workers.ahead("future-plan", () -> held.isEmpty()
            ? Optional.empty()
            : Optional.of(planner.plan(Stream.concat(visible.stream(), held.stream()).toList(),
                memory.map(BuildMemory::futurePlans).orElseGet(PlanMemo::new), heldItems::contains)));
        SitePlan plan;
        Optional<SitePlan> future;
        try {
            plan = planner.plan(visible, memory.map(BuildMemory::plans).orElseGet(PlanMemo::new));
            future = futurePlan.join();
        } finally {
            futurePlan.abandon(unused -> { });
        }
        List<Problem> templateFiles = new ArrayList<>();
        SettingsLoader.checkTemplates(Stream.concat(plan.pages().stream(), future.stream().flatMap(f -> f.pages().stream()))
            .map(Page::kind).collect(Collectors.toSet()), settings.get().templateFiles(), site.resolve("templates"),
            templateFiles, site);
        problems.addAll(templateFiles);
        if (templateFiles.stream().anyMatch(Problem::isError)) {
            throw new ContentErrorsException(problems);
        }
        return new Prepared(settings.get(), plan, future, loaded, visible, problems, drafts);
    }

    /** Which outputs a run makes: a build all, a check only those that can show a problem. */
    enum Outputs { ALL, CHECKED }

    /**
     * Bakes with JBake, runs the HTML passes and the link check, then,
     * for {@link Outputs#ALL}, the search stage and the web editor's files.
     */
    private List<Problem> bakeAndCheck(Prepared prepared, Path site, Templates templates, Path into, String outputLabel,
                                       Optional<BuildMemory> memory, Outputs outputs)
        throws ContentErrorsException, BakeException, IOException {
        long start = System.nanoTime();
        SiteSettings settings = prepared.settings().site();
        AssetManifest assets = AssetManifest.of(site.resolve("assets"), settings.basePath());
        JBakeBaker baker = new JBakeBaker();
        baker.bake(prepared.plan(), settings, assets, templates, prepared.settings().templateFiles(), site, into);
        UnpublishedPages unpublished = UnpublishedPages.of(prepared, clock);
        List<Path> unpublishedFiles = prepared.future().isEmpty() ? List.of() : baker.bakeUnpublished(unpublished.pages(),
            prepared.future().get(), settings, assets, templates, prepared.settings().templateFiles(), into);
        start = logStage("bake (JBake)", start);
        List<Problem> problems = new ArrayList<>(prepared.problems());
        problems.addAll(templates.problems().problems());
        if (!templates.problems().isEmpty()) {
            // Pages a template broke are incomplete: their links would only add noise to the template's own error.
            throw new ContentErrorsException(problems);
        }
        HtmlPasses passes = new HtmlPasses(settings, site, outputLabel, workers);
        if (outputs == Outputs.CHECKED) {
            // No index to feed: each content page is only checked for its marked text, not copied, read and deflated;
            // and no page is written back, the folder being thrown away.
            problems.addAll(passes.withoutWriting()
                .run(into, prepared.plan(), unpublished.forLinks(), SearchDocument::requireMarked).problems());
            logStage("HTML passes and link check", start);
            throwIfErrors(problems);
            return problems;
        }
        HtmlPassResult<SearchDocument> passed = memory.isPresent()
            ? passes.run(into, prepared.plan(), unpublished.forLinks(), SearchDocument::of, memory.get().passes())
            : passes.run(into, prepared.plan(), unpublished.forLinks(), SearchDocument::of);
        memory.ifPresent(m -> m.rememberUnpublished(into, unpublishedFiles));
        problems.addAll(passed.problems());
        if (prepared.drafts() == Drafts.SHOWN) {
            unpublished.markForPreview(unpublishedFiles);
        } else {
            UnpublishedPages.remove(unpublishedFiles, into);
        }
        start = logStage("HTML passes and link check", start);
        throwIfErrors(problems);
        SearchBuild.run(passed.taken(), into, workers);
        start = logStage("search index and export", start);
        WebEditor.write(prepared.settings().cms(), settings, assets, into);
        logStage("web editor", start);
        return problems;
    }

    private static void throwIfErrors(List<Problem> problems) throws ContentErrorsException {
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new ContentErrorsException(problems);
        }
    }

    /**
     * Starts drawing the pages' share cards into {@code folder}, taking those the previous build published from
     * {@code output}: ahead, beside the bake, when the build has several threads (a card depends on the plan only), else
     * when the caller {@linkplain Ahead#join joins}; the result is the cards written. Only builds draw cards:
     * {@code check} publishes nothing, and a card cannot have a problem of the site's making.
     */
    private Ahead<List<ShareCard>, IOException> drawShareCards(Prepared prepared, Path folder, Path output) {
        return workers.ahead("share-cards", () -> {
            long start = System.nanoTime();
            List<ShareCard> cards = ShareCards.of(prepared.plan(), prepared.settings().site());
            // One thread: the build's other threads are baking meanwhile.
            ShareCards.Written written = ShareCards.write(cards, folder, Optional.of(output).filter(Files::isDirectory),
                Workers.sequential());
            LOG.info("share cards: {} drawn, {} from the previous build", written.drawn(), written.reused());
            logStage("share cards", start);
            return cards;
        });
    }

    /** Logs how long a stage took (shown with --verbose); returns the time the next stage starts. */
    static long logStage(String stage, long start) {
        long now = System.nanoTime();
        LOG.info("{}: {} ms", stage, (now - start) / 1_000_000);
        return now;
    }

    static BuildResult result(Prepared prepared, List<Problem> warnings, long start) {
        int hidden = prepared.loaded().items().size() - prepared.visible().size();
        return new BuildResult(prepared.plan().pages().size(), prepared.visible().size(), hidden,
            warnings.stream().sorted(Problem.ORDER).toList(), Duration.ofNanos(System.nanoTime() - start),
            prepared.settings().site().basePath());
    }

    static String labelOf(Path site, Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        Path siteAbsolute = site.toAbsolutePath().normalize();
        return absolute.startsWith(siteAbsolute) ? siteAbsolute.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }

    /**
     * What loading and planning gave.
     *
     * @param future the plan once all scheduled news is out, if there is any, with item pages only for the scheduled
     *     news (and drafts): the pages it has that {@code plan} lacks are those of the whole plan
     * @param problems every problem so far, errors of content files included
     * @param drafts whether drafts are in {@code future} and its pages are kept (the preview)
     */
    record Prepared(SettingsLoader.Settings settings, SitePlan plan, Optional<SitePlan> future, LoadResult loaded,
                    List<ContentItem> visible, List<Problem> problems, Drafts drafts) {
    }
}
