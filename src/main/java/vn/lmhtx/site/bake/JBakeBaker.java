package vn.lmhtx.site.bake;

import java.io.File;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jbake.app.Asset;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import vn.lmhtx.site.content.PageKind;
import vn.lmhtx.site.files.Folders;
import vn.lmhtx.site.files.Owner;
import vn.lmhtx.site.render.AssetManifest;
import vn.lmhtx.site.render.Page;
import vn.lmhtx.site.render.RenderContext;
import vn.lmhtx.site.render.SitePlan;
import vn.lmhtx.site.render.SiteSettings;
import vn.lmhtx.site.render.Templates;

/**
 * Bakes a planned site with JBake's {@link Oven}: JBake files the planned pages ({@link PlannedCrawler}), runs its
 * renderers (documents, index, feed, sitemap, 404) through the site's templates and copies the assets. Its content
 * store is {@link PlannedContentStore}, kept in memory without JBake's OrientDB database.
 */
public final class JBakeBaker {

    /** JBake keeps engines and document types in static registries, so two bakes in one JVM must not overlap. */
    private static final Object JBAKE_IS_GLOBAL = new Object();

    /**
     * Bakes {@code plan} from site folder {@code site} into the empty folder {@code output}; pages JBake does not make
     * ({@link PageKind.Maker#GENERATOR}) are rendered with the template {@code templateFiles} names for their kind.
     */
    public void bake(SitePlan plan, SiteSettings settings, AssetManifest assets, Templates templates,
                     Map<PageKind, String> templateFiles, Path site, Path output) throws BakeException {
        Path kitchen = null;
        try {
            kitchen = Owner.createTempFolder(Owner.KITCHEN_PREFIX);
            List<Page> documents = plan.pages().stream()
                .filter(p -> p.kind().maker() == PageKind.Maker.JBAKE_DOCUMENT).toList();
            // JBake requires a content folder; its crawler files the planned documents instead (PlannedCrawler).
            Path content = Files.createDirectories(kitchen.resolve("content"));
            Path stagedAssets = stageAssets(site.resolve("assets"), kitchen.resolve("assets"));
            synchronized (JBAKE_IS_GLOBAL) {
                runOven(site, output, content, documents, stagedAssets, plan, settings, assets, templates);
            }
            ExtraFiles.write(plan, settings, assets, templates, templateFiles, output);
            Attachments.copy(plan, site, output);
            Pictures.copy(plan.pages(), output);
        } catch (IOException e) {
            throw new BakeException("baking failed: " + BakeException.describe(e), e);
        } finally {
            if (kitchen != null) {
                Folders.deleteQuietly(kitchen);
            }
        }
    }

    /**
     * Renders {@code pages} of {@code plan} (pages that are not published yet: see {@code html.Unpublished}) into
     * {@code output} straight through the templates, as JBake would, so that they can be checked; returns their files,
     * which the caller removes before publishing.
     */
    public List<Path> bakeUnpublished(List<Page> pages, SitePlan plan, SiteSettings settings, AssetManifest assets,
                                      Templates templates, Map<PageKind, String> templateFiles, Path output) throws BakeException {
        List<Path> files = new ArrayList<>(renderPages(pages, plan, settings, assets, templates, templateFiles, output));
        try {
            files.addAll(Pictures.copy(pages, output));
        } catch (IOException e) {
            throw new BakeException("baking failed: " + BakeException.describe(e), e);
        }
        return files;
    }

    /**
     * Renders {@code pages} of {@code plan} into {@code output} straight through the templates, giving the bytes JBake's
     * renderers give (its document, index, feed, sitemap and 404 renderers hand the same page to the same template);
     * their files must not exist yet. Returns the files written, in the order of {@code pages}. Photos are not copied.
     */
    public List<Path> renderPages(List<Page> pages, SitePlan plan, SiteSettings settings, AssetManifest assets,
                                  Templates templates, Map<PageKind, String> templateFiles, Path output) throws BakeException {
        List<Path> files = new ArrayList<>();
        try {
            for (Page page : pages) {
                String template = templateFiles.getOrDefault(page.kind(), page.kind().defaultTemplate());
                files.add(ExtraFiles.writePage(page, template, new RenderContext(settings, page, plan.navigation(), assets),
                    templates, output));
            }
        } catch (IOException e) {
            throw new BakeException("baking failed: " + BakeException.describe(e), e);
        }
        return files;
    }

    /**
     * Reads JBake's configuration of {@code site} and drops it: JBake's configuration library (commons-configuration,
     * several hundred classes) is then loaded when the bake reads it again. For work started ahead of the bake; what
     * fails here fails again in the bake, which reports it. A settings file that is not a regular file (a link, a pipe)
     * is left alone: the input check, running beside this, refuses it before anything reads it.
     */
    public static void loadConfigurationClasses(Path site) {
        if (!Files.isRegularFile(site.resolve("jbake.properties"), LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            new JBakeConfigurationFactory().setEncoding("UTF-8").createDefaultJbakeConfiguration(site.toFile(), site.toFile(), true);
        } catch (RuntimeException e) {
            // The bake reads the configuration again and reports this.
        }
    }

    /** Bakes with a new content store of its own. */
    private static void runOven(Path site, Path output, Path content, List<Page> documents, Path stagedAssets,
                                SitePlan plan, SiteSettings settings, AssetManifest assets, Templates templates)
        throws BakeException {
        PlannedContentStore store = new PlannedContentStore();
        DefaultJBakeConfiguration config = configuration(site, output, content, stagedAssets);
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new PlannedCrawler(store, config, documents));
        utensils.setRenderer(new NewFileRenderer(store, config, new PlanTemplateEngine(store, config, templates, plan, settings, assets)));
        utensils.setAsset(new Asset(config));
        Oven oven = new Oven(utensils);
        try {
            oven.bake();
        } catch (RuntimeException e) {
            throw new BakeException("JBake failed: " + BakeException.describe(e), e);
        }
        if (!oven.getErrors().isEmpty()) {
            throw new BakeException(oven.getErrors().stream().map(BakeException::describe).toList());
        }
    }

    /**
     * JBake copies an asset folder's contents to the output root; nesting keeps them under /assets/. Links are left out
     * ({@link Folders#copy}), so JBake never copies what one points to.
     */
    private static Path stageAssets(Path assets, Path stagedRoot) throws IOException {
        Files.createDirectories(stagedRoot);
        if (Files.isDirectory(assets, LinkOption.NOFOLLOW_LINKS)) {
            Folders.copy(assets, stagedRoot.resolve("assets"));
            trimScripts(stagedRoot.resolve("assets"));
        }
        return stagedRoot;
    }

    /**
     * Publishes the staged scripts without their comment lines and indentation ({@link ScriptTrimmer}). A script that
     * is not UTF-8 is published as it is: the trimmer reads text, and a browser reads such a file by its own rules.
     */
    private static void trimScripts(Path stagedAssets) throws IOException {
        try (Stream<Path> files = Files.walk(stagedAssets)) {
            for (Path script : (Iterable<Path>) files.filter(JBakeBaker::isScript)::iterator) {
                try {
                    Files.writeString(script, ScriptTrimmer.trim(Files.readString(script, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
                } catch (CharacterCodingException notUtf8) {
                    // left as copied
                }
            }
        }
    }

    private static boolean isScript(Path file) {
        return file.getFileName().toString().endsWith(".js") && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    static DefaultJBakeConfiguration configuration(Path site, Path output, Path content, Path assets) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory().setEncoding("UTF-8")
            .createDefaultJbakeConfiguration(site.toFile(), output.toFile(), true);
        config.setContentFolder(content.toFile());
        config.setAssetFolder(assets.toFile());
        config.setDataFolder(new File(content.toFile(), "no-data"));
        config.setProperty("uri.noExtension", true);
        config.setProperty("uri.noExtension.prefix", "/");
        config.setProperty("render.index", true);
        config.setProperty("index.paginate", false);
        config.setProperty("render.feed", true);
        config.setProperty("render.sitemap", true);
        config.setProperty("render.error404", true);
        config.setProperty("render.archive", false);
        config.setProperty("render.tags", false);
        config.setProperty("render.tagsindex", false);
        config.setProperty("index.file", "index.html");
        config.setProperty("feed.file", "feed.xml");
        config.setProperty("sitemap.file", "sitemap.xml");
        config.setProperty("error404.file", "404.html");
        config.setProperty("img.path.update", false);
        return config;
    }
}
