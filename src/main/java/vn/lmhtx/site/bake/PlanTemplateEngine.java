package vn.lmhtx.site.bake;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;
import vn.lmhtx.site.content.SiteUrls;
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

    /** JBake's own page types, rendered without a content file. */
    private static final Map<String, String> SPECIAL_PAGES = Map.of(
        "masterindex", SiteUrls.HOME,
        "feed", SiteUrls.FEED,
        "sitemap", SiteUrls.SITEMAP,
        "error404", SiteUrls.NOT_FOUND);

    private final Templates templates;
    private final SitePlan plan;
    private final Map<String, Page> pages;
    private final SiteSettings settings;
    private final AssetManifest assets;

    PlanTemplateEngine(ContentStore db, JBakeConfiguration config, Templates templates, SitePlan plan, SiteSettings settings,
                       AssetManifest assets) {
        super(db, config);
        this.templates = templates;
        this.plan = plan;
        this.pages = plan.byUrl();
        this.settings = settings;
        this.assets = assets;
    }

    @Override
    public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
        DocumentModel content = model.getContent();
        Object url = content.get(PlanParserEngine.PAGE_URL);
        String pageUrl = url != null ? url.toString() : SPECIAL_PAGES.get(content.getType());
        Page page = pageUrl == null ? null : pages.get(pageUrl);
        if (page == null) {
            throw new RenderingException("no planned page for JBake's " + content.getType() + " " + content.getUri());
        }
        try {
            // A template fault is recorded in templates.problems(), not thrown: JBake would log and wrap it once per page.
            templates.render(templateName, new RenderContext(settings, page, plan.navigation(), assets), writer);
        } catch (IOException e) {
            throw new RenderingException("cannot write " + page.url() + ": " + BakeException.describe(e), e);
        }
    }
}
