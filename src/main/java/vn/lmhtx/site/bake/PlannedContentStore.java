package vn.lmhtx.site.bake;

import java.io.File;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import com.orientechnologies.orient.core.config.OGlobalConfiguration;
import com.orientechnologies.orient.core.db.ODatabaseDocumentInternal;
import com.orientechnologies.orient.core.db.ODatabaseRecordThreadLocal;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * JBake's content store for a bake that always starts from scratch: every staged page is new, none is rendered
 * twice. That removes JBake's per-page database round trips, above all {@code DocumentsRenderer} loading every
 * document of a type again for each page (quadratic in the number of pages).
 *
 * <p>Its database does not depend on the site, so it is {@linkplain #opened() opened} before the bake (by
 * {@link JBakeBaker}, on a thread of its own while the content loads); the {@code Oven}'s {@link #startup()} then only
 * takes it over on the baking thread.
 */
final class PlannedContentStore extends ContentStore {

    private final String name;
    private final Map<String, DocumentList<DocumentModel>> byType = new HashMap<>();
    /** The open database, bound to no thread until {@link #startup()} binds it to the baking one. */
    private ODatabaseDocumentInternal session;

    private PlannedContentStore(String name) {
        super("memory", name);
        this.name = name;
    }

    /**
     * A store with a new in-memory database of its own, created with JBake's schema and left bound to no thread, so
     * that any thread may bake with it. OrientDB hashes its default users' passwords with 65,536 PBKDF2 rounds when a
     * database is created, about a quarter of a second per bake; this throwaway database needs no such protection.
     */
    static PlannedContentStore opened() {
        OGlobalConfiguration.SECURITY_USER_PASSWORD_SALT_ITERATIONS.setValue(1);
        PlannedContentStore store = new PlannedContentStore("lmhtx-" + UUID.randomUUID());
        store.openHere();
        ODatabaseRecordThreadLocal.instance().remove();
        return store;
    }

    /** Opens the database and keeps it: {@code ContentStore} leaves it bound to the calling thread. */
    private void openHere() {
        MemoryOnlyEngines.install();
        super.startup();
        session = ODatabaseRecordThreadLocal.instance().get();
    }

    /** The database's name, for JBake's configuration. */
    String name() {
        return name;
    }

    /** Binds the database {@link #opened()} made to the calling thread, the one that bakes. */
    @Override
    public void startup() {
        session.activateOnCurrentThread();
    }

    /** The database is new: there is no earlier bake's content or template signature to clear. */
    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        // Intentionally empty: see above. JBake would otherwise run one DELETE statement per document type.
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
