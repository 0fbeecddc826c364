package vn.lmhtx.site.bake;

import java.io.File;
import java.util.Date;
import java.util.Map;
import org.apache.commons.configuration2.Configuration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.parser.ParserEngine;
import vn.lmhtx.site.render.Page;

/**
 * JBake's parser for {@code .md}: instead of parsing, hands JBake the planned page a staged file stands for.
 * Content was already parsed and validated; JBake only needs type, title, status and date to file the page.
 */
final class PlanParserEngine implements ParserEngine {

    /** The document attribute that carries the page's URL back to the template engine. */
    static final String PAGE_URL = "lmhtxPageUrl";

    private final StagedPages staged;

    PlanParserEngine(StagedPages staged) {
        this.staged = staged;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        Page page = staged.pageFor(file.toPath())
            .orElseThrow(() -> new IllegalStateException("no planned page for staged file " + file));
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setType(page.kind().key());
        document.setTitle(page.title());
        document.setStatus(ModelAttributes.Status.PUBLISHED);
        // JBake sorts by date; a fixed date keeps its order (and so the output) independent of the clock.
        document.setDate(new Date(0));
        document.setTags(new String[0]);
        document.setBody("");
        document.put(PAGE_URL, page.url());
        return document;
    }

    @Override
    @Deprecated
    public Map<String, Object> parse(Configuration config, File file, String contentPath) {
        throw new UnsupportedOperationException("JBake's deprecated parse API is not used");
    }
}
