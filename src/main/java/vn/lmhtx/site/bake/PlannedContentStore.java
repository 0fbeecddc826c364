package vn.lmhtx.site.bake;

import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

/**
 * JBake's content store for a bake that always starts from scratch, kept in memory without a database: the planned
 * pages JBake's crawler files ({@link PlannedCrawler}), answered to the few questions its crawler and renderers ask (what is not rendered yet, every
 * page of a type, counts), in the order JBake's queries give (newest date first; pages of one date in the order they
 * were crawled).
 *
 * <p>JBake's own store runs every one of those questions through an in-memory OrientDB database, whose creation
 * (engines, security metadata, functions, sequences, schema) was the longest step of a small site's build and the
 * one the bake waited for. None of it is needed: a bake starts empty and ends with its store, and our template engine
 * reads the planned page, never a query. Only {@code Oven.bake()} still calls the store's {@code updateSchema()},
 * which JBake made final; {@link SchemaOnlySession} answers it.
 *
 * <p>Pagination, tags (planned documents carry none: the plan makes the tag pages) and data files are off in the bake's
 * configuration ({@code JBakeBaker}), so their queries are refused rather than answered wrongly.
 */
final class PlannedContentStore extends ContentStore {

    /** Newest first, as JBake's {@code order by date desc}; a stable sort keeps the crawl order within a date. */
    private static final Comparator<DocumentModel> NEWEST_FIRST =
        Comparator.comparing(DocumentModel::getDate, Comparator.nullsLast(Comparator.<Date>reverseOrder()));

    private final List<DocumentModel> documents = new ArrayList<>();
    private final Map<String, DocumentList<DocumentModel>> byType = new HashMap<>();

    PlannedContentStore() {
        super("memory", "lmhtx-plan");
    }

    /** Opens nothing: there is no database; JBake's schema check is answered by {@link SchemaOnlySession}. */
    @Override
    public void startup() {
        SchemaOnlySession.install(this);
    }

    /** The store is new: there is no earlier bake's content or template signature to clear. */
    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        // Intentionally empty: see above.
    }

    @Override
    public void close() {
        documents.clear();
        byType.clear();
    }

    @Override
    public void shutdown() {
        // Nothing runs: see the class comment.
    }

    @Override
    public boolean isActive() {
        return true;
    }

    /** Every bake starts empty, so nothing is ever "already crawled". */
    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        return new DocumentList<>();
    }

    @Override
    public void addDocument(DocumentModel document) {
        byType.clear();
        documents.add(document);
    }

    @Override
    public void deleteContent(String uri) {
        byType.clear();
        documents.removeIf(document -> uri.equals(document.getSourceuri()));
    }

    @Override
    public long getDocumentCount(String docType) {
        return documents.stream().filter(ofType(docType)).count();
    }

    @Override
    public long getPublishedCount(String docType) {
        return documents.stream().filter(ofType(docType).and(PlannedContentStore::published)).count();
    }

    /** Made once per type, then shared by every page of that type, with constant-time lookups. */
    @Override
    public DocumentList<DocumentModel> getAllContent(String docType) {
        return byType.computeIfAbsent(docType, type -> new IndexedDocumentList(newestFirst(ofType(type))));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        return getAllContent(docType);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        return list(newestFirst(ofType(docType).and(PlannedContentStore::published)));
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return list(newestFirst(document -> Boolean.FALSE.equals(document.getRendered())));
    }

    /** Nothing is rendered twice in one bake, so the mark JBake would write is never read. */
    @Override
    public void markContentAsRendered(DocumentModel document) {
        // Intentionally empty: see above.
    }

    @Override
    public Set<String> getTags() {
        throw refused("tags");
    }

    @Override
    public Set<String> getAllTags() {
        throw refused("tags");
    }

    @Override
    public void setStart(int start) {
        throw refused("pagination");
    }

    @Override
    public void setLimit(int limit) {
        throw refused("pagination");
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        throw refused("data files");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        throw refused("posts");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        throw refused("posts");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        throw refused("tags");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        throw refused("tags");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        throw refused("pages of JBake's own type");
    }

    @Override
    public void deleteAllByDocType(String docType) {
        throw refused("clearing a type");
    }

    @Override
    public void drop() {
        close();
    }

    private List<DocumentModel> newestFirst(Predicate<DocumentModel> filter) {
        List<DocumentModel> found = new ArrayList<>(documents.stream().filter(filter).toList());
        found.sort(NEWEST_FIRST);
        return found;
    }

    private static DocumentList<DocumentModel> list(List<DocumentModel> documents) {
        DocumentList<DocumentModel> list = new DocumentList<>();
        list.addAll(documents);
        return list;
    }

    private static Predicate<DocumentModel> ofType(String docType) {
        return document -> docType.equals(document.getType());
    }

    private static boolean published(DocumentModel document) {
        return ModelAttributes.Status.PUBLISHED.equals(document.getStatus());
    }

    private static UnsupportedOperationException refused(String what) {
        return new UnsupportedOperationException("the bake's content store does not keep " + what
            + ": it is off in the bake's JBake configuration, and templates read the planned page");
    }
}
