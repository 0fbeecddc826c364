package vn.lmhtx.site.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.lmhtx.site.bake.BakeException;
import vn.lmhtx.site.bake.JBakeBaker;
import vn.lmhtx.site.content.ContentErrorsException;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.html.HtmlPassResult;
import vn.lmhtx.site.html.HtmlPasses;
import vn.lmhtx.site.load.ContentLoader;
import vn.lmhtx.site.load.InputFiles;
import vn.lmhtx.site.load.LoadResult;
import vn.lmhtx.site.load.Publication;
import vn.lmhtx.site.markdown.MarkdownRenderer;
import vn.lmhtx.site.parallel.Workers;
import vn.lmhtx.site.publish.AtomicPublisher;
import vn.lmhtx.site.render.AssetManifest;
import vn.lmhtx.site.render.Page;
import vn.lmhtx.site.render.SitePlan;
import vn.lmhtx.site.render.SitePlanner;
import vn.lmhtx.site.render.Templates;
import vn.lmhtx.site.search.SearchBuild;

/**
 * Runs the whole pipeline: load and validate, plan, bake with JBake, HTML passes, search index, publish. Any error stops the
 * build before the output folder is touched; the output is replaced only when everything succeeded. Loading and the HTML
 * passes run on {@link BuildOptions#threads()} threads; the output is byte for byte that of a sequential build.
 */
public final class SiteBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(SiteBuilder.class);

    private final Clock clock;
    private final Workers workers;

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

    /** Builds the site folder {@code site} into {@code output}. */
    public BuildResult build(Path site, Path output) throws ContentErrorsException, BakeException, IOException {
        long start = System.nanoTime();
        Prepared prepared = prepare(site);
        LOG.info("load, validate and plan: {} ms", (System.nanoTime() - start) / 1_000_000);
        Path staging = AtomicPublisher.createStaging(output);
        try {
            List<Problem> warnings = bakeAndCheck(prepared, site, staging, labelOf(site, output));
            AtomicPublisher.publish(staging, output);
            return result(prepared, warnings, start);
        } finally {
            AtomicPublisher.discard(staging);
        }
    }

    /** Validates content, templates and links by baking into a temporary folder that is then removed. */
    public BuildResult check(Path site) throws ContentErrorsException, BakeException, IOException {
        long start = System.nanoTime();
        Prepared prepared = prepare(site);
        Path scratch = Files.createTempDirectory("lmhtx-check-");
        try {
            return result(prepared, bakeAndCheck(prepared, site, scratch, "(check)"), start);
        } finally {
            AtomicPublisher.discard(scratch);
        }
    }

    private Prepared prepare(Path site) throws ContentErrorsException, IOException {
        LOG.info("threads: {}", workers.threads());
        List<Problem> problems = new ArrayList<>(InputFiles.check(site));
        Optional<SettingsLoader.Settings> settings = SettingsLoader.load(site, problems);
        // Root-relative links in articles ("/dai-hoi/") must follow the site under a sub-path ("/lmhtx-site/dai-hoi/").
        String basePath = settings.map(s -> s.site().basePath()).orElse("/");
        LoadResult loaded = new ContentLoader(new MarkdownRenderer(basePath), workers).load(site);
        problems.addAll(loaded.problems());
        List<ContentItem> visible = Publication.visible(loaded.items(), clock);
        if (settings.isEmpty() || loaded.hasErrors()) {
            throw new ContentErrorsException(problems);
        }
        SitePlan plan = new SitePlanner(settings.get().site()).plan(visible);
        problems.addAll(plan.problems());
        SettingsLoader.checkTemplates(plan.pages().stream().map(Page::kind).collect(Collectors.toSet()),
            settings.get().templateFiles(), site.resolve("templates"), problems, site);
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new ContentErrorsException(problems);
        }
        return new Prepared(settings.get(), plan, loaded, visible, problems);
    }

    private List<Problem> bakeAndCheck(Prepared prepared, Path site, Path into, String outputLabel)
        throws ContentErrorsException, BakeException, IOException {
        long start = System.nanoTime();
        Templates templates = new Templates(site.resolve("templates"));
        String redirectTemplate = prepared.settings().templateFiles().getOrDefault(JBakeBaker.REDIRECT, "redirect.ftl");
        AssetManifest assets = AssetManifest.of(site.resolve("assets"), prepared.settings().site().basePath());
        new JBakeBaker().bake(prepared.plan(), prepared.settings().site(), assets, templates, redirectTemplate, site, into);
        start = logStage("bake (JBake)", start);
        List<Problem> problems = new ArrayList<>(prepared.problems());
        HtmlPassResult passed = new HtmlPasses(prepared.settings().site(), site, outputLabel, workers).run(into, prepared.plan());
        problems.addAll(passed.problems());
        start = logStage("HTML passes and link check", start);
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new ContentErrorsException(problems);
        }
        SearchBuild.run(passed.searchDocuments(), into);
        logStage("search index and export", start);
        return problems;
    }

    /** Logs how long a stage took (shown with --verbose); returns the time the next stage starts. */
    private static long logStage(String stage, long start) {
        long now = System.nanoTime();
        LOG.info("{}: {} ms", stage, (now - start) / 1_000_000);
        return now;
    }

    private static BuildResult result(Prepared prepared, List<Problem> warnings, long start) {
        int hidden = prepared.loaded().items().size() - prepared.visible().size();
        return new BuildResult(prepared.plan().pages().size(), prepared.visible().size(), hidden,
            warnings.stream().sorted(Problem.ORDER).toList(), Duration.ofNanos(System.nanoTime() - start),
            prepared.settings().site().basePath());
    }

    private static String labelOf(Path site, Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        Path siteAbsolute = site.toAbsolutePath().normalize();
        return absolute.startsWith(siteAbsolute) ? siteAbsolute.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }

    private record Prepared(SettingsLoader.Settings settings, SitePlan plan, LoadResult loaded,
                            List<ContentItem> visible, List<Problem> problems) {
    }
}
