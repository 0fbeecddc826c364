package vn.lmhtx.site.bake;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import vn.lmhtx.site.content.OutputClaims;
import vn.lmhtx.site.content.PageKind;
import vn.lmhtx.site.content.SiteUrls;
import vn.lmhtx.site.render.AssetManifest;
import vn.lmhtx.site.render.Page;
import vn.lmhtx.site.render.RenderContext;
import vn.lmhtx.site.render.SitePlan;
import vn.lmhtx.site.render.SiteSettings;
import vn.lmhtx.site.render.Templates;

/** Writes what JBake's file-name rule cannot: content-hashed copies of CSS and JS, redirect pages at old URLs, robots.txt. */
final class ExtraFiles {

    private ExtraFiles() {
    }

    static void write(SitePlan plan, SiteSettings settings, AssetManifest assets, Templates templates,
                      Map<PageKind, String> templateFiles, Path output) throws IOException {
        for (Map.Entry<String, String> asset : assets.hashed().entrySet()) {
            Files.copy(output.resolve(asset.getKey().substring(1)), output.resolve(asset.getValue().substring(1)));
        }
        for (Page page : plan.pages()) {
            if (page.kind().maker() == PageKind.Maker.GENERATOR) {
                writePage(page, templateFiles.getOrDefault(page.kind(), page.kind().defaultTemplate()), new RenderContext(settings, page, plan.navigation(), assets), templates, output);
            }
        }
        Files.writeString(output.resolve(OutputClaims.fileOf(SiteUrls.ROBOTS)), "User-agent: *\nAllow: /\n\nSitemap: "
            + settings.absolute(SiteUrls.SITEMAP) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }

    /** Renders one page with {@code template} into its file under {@code output} (a folder URL gets index.html). */
    static Path writePage(Page page, String template, RenderContext context, Templates templates, Path output) throws IOException {
        Path file = output.resolve(OutputClaims.fileOf(page.url()));
        Files.createDirectories(file.getParent());
        // CREATE_NEW: the load stage refuses aliases onto another page's file; should one slip through, the build fails
        // here instead of silently replacing that page.
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
            templates.render(template, context, out);
        }
        return file;
    }
}
