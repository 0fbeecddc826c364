package vn.lmhtx.site.bake;

import java.util.HashMap;
import java.util.Map;
import com.orientechnologies.orient.core.config.OGlobalConfiguration;
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

    /**
     * Starts the in-memory database. OrientDB hashes its default users' passwords with 65,536 PBKDF2 rounds when a
     * database is created, about a quarter of a second per bake; this throwaway database needs no such protection.
     */
    @Override
    public void startup() {
        OGlobalConfiguration.SECURITY_USER_PASSWORD_SALT_ITERATIONS.setValue(1);
        super.startup();
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

    /** Loaded once per type, then shared by every page of that type, with constant-time lookups. */
    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return byType.computeIfAbsent(docType, type -> new IndexedDocumentList(super.getAllContent(type)));
    }

    /** Nothing is rendered twice in one bake; skipping the per-page update saves a database write per page. */
    @Override
    public void markContentAsRendered(DocumentModel document) {
        // Intentionally empty: see above.
    }
}
