package vn.lmhtx.site.bake;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.lmhtx.site.content.PageKind;
import vn.lmhtx.site.render.AssetManifest;
import vn.lmhtx.site.render.Page;
import vn.lmhtx.site.render.RenderContext;
import vn.lmhtx.site.render.SitePlan;
import vn.lmhtx.site.render.SiteSettings;
import vn.lmhtx.site.render.Templates;

/**
 * Plugs the site's strict Freemarker configuration into JBake's renderer. JBake decides what to render and where;
 * this engine gives each template the typed page from the plan instead of JBake's untyped maps.
 */
final class PlanTemplateEngine extends DelegatingTemplateEngine {

    private final Templates templates;
    private final SitePlan plan;
    private final Map<String, Page> pages;
    /** The pages JBake's own renderers make (index, feed, sitemap, 404), rendered without a content file. */
    private final Map<PageKind, Page> ownPages;
    private final SiteSettings settings;
    private final AssetManifest assets;

    PlanTemplateEngine(ContentStore db, JBakeConfiguration config, Templates templates, SitePlan plan, SiteSettings settings,
                       AssetManifest assets) {
        super(db, config);
        this.templates = templates;
        this.plan = plan;
        this.pages = plan.byUrl();
        this.ownPages = plan.pages().stream().filter(p -> p.kind().maker() == PageKind.Maker.JBAKE_RENDERER)
            .collect(Collectors.toMap(Page::kind, Function.identity()));
        this.settings = settings;
        this.assets = assets;
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        DocumentModel content = model.getContent();
        Object url = content.get(PlannedCrawler.PAGE_URL);
        Page page = url != null ? pages.get(url.toString())
            : PageKind.byKey(content.getType()).map(ownPages::get).orElse(null);
        if (page == null) {
            throw new RenderingException("no planned page for JBake's " + content.getType() + " " + content.getUri());
        }
        try {
            // JBake's writer encodes each of Freemarker's many small writes on its own (a new CharBuffer every time):
            // a buffer in front hands it the page in pieces of 8,192 characters.
            Writer buffered = new BufferedWriter(writer);
            // A template fault is recorded in templates.problems(), not thrown: JBake would log and wrap it once per page.
            templates.render(templateName, new RenderContext(settings, page, plan.navigation(), assets), buffered);
            buffered.flush();
        } catch (IOException e) {
            throw new RenderingException("cannot write " + page.url() + ": " + BakeException.describe(e), e);
        }
    }
}
