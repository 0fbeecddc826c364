package vn.lmhtx.site.bake;

import java.util.HashMap;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * JBake's content store for a bake that always starts from scratch: every staged page is new, none is rendered
 * twice. That removes JBake's per-page database round trips, above all {@code DocumentsRenderer} loading every
 * document of a type again for each page (quadratic in the number of pages).
 */
final class PlannedContentStore extends ContentStore {

    private final Map<String, DocumentList<DocumentModel>> byType = new HashMap<>();

    PlannedContentStore(String name) {
        super("memory", name);
    }

    /** Every bake starts empty, so nothing is ever "already crawled". */
    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return new DocumentList<>();
    }

    @Override
    public void addDocument(DocumentModel document) {
        byType.clear();
        super.addDocument(document);
    }

    /** Loaded once per type, then shared by every page of that type. */
    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return byType.computeIfAbsent(docType, super::getAllContent);
    }

    /** Nothing is rendered twice in one bake; skipping the per-page update saves a database write per page. */
    @Override
    public void markContentAsRendered(DocumentModel document) {
        // Intentionally empty: see above.
    }
}
