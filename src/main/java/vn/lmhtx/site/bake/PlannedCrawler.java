package vn.lmhtx.site.bake;

import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import vn.lmhtx.site.render.Page;

/**
 * JBake's crawler over the plan instead of a content folder: it files each planned document into the store as JBake's
 * crawler files a content file {@code tin-tuc/x.md} for the page {@code /tin-tuc/x/} (the same attributes and URI, in
 * the order of JBake's walk), without the content itself: the templates take the page from the plan. Content was
 * already parsed and validated; JBake only needs type, title, status and date to file the page.
 *
 * <p>Until 2026-12-01 the bake wrote one tiny file per page for JBake's crawler to list, hash and read back, and deleted
 * them afterwards: at 5,000 articles that was 1.2–1.5 s of the bake, which is the build's critical path, most of it
 * the file system creating and removing 5,500 files.
 */
final class PlannedCrawler extends Crawler {

    /** The document attribute that carries the page's URL to the template engine. */
    static final String PAGE_URL = "lmhtxPageUrl";

    private final ContentStore store;
    private final JBakeConfiguration config;
    private final List<Page> documents;

    /** @param documents the plan's pages JBake renders as documents (not those its own renderers make) */
    PlannedCrawler(ContentStore store, JBakeConfiguration config, List<Page> documents) {
        super(store, config);
        this.store = store;
        this.config = config;
        this.documents = documents;
    }

    /** @throws IllegalStateException two pages would be one content file, so one page: the plan never has them */
    @Override
    public void crawl() {
        Set<String> paths = new HashSet<>();
        // Each page's content file and walk order worked out once, not on every comparison of the sort.
        List<Filed> filed = documents.stream().map(Filed::of)
            .sorted(Comparator.comparing(Filed::walkOrder, PlannedCrawler::compareNames)).toList();
        for (Filed file : filed) {
            if (!paths.add(file.path())) {
                throw new IllegalStateException("two planned pages for the content file " + file.path());
            }
            store.addDocument(document(file.page(), file.path()));
        }
    }

    /**
     * A page with the content file JBake would make its URL of, and the names JBake's walk sorts that file by at each
     * level (its folders, then the file).
     */
    private record Filed(Page page, String path, List<String> walkOrder) {

        static Filed of(Page page) {
            String path = contentPath(page);
            return new Filed(page, path, Arrays.asList(path.split("/")));
        }
    }

    private DocumentModel document(Page page, String path) {
        int slash = path.lastIndexOf('/');
        String uri = path.substring(0, slash + 1)
            + URLEncoder.encode(path.substring(slash + 1, path.length() - ".md".length()), StandardCharsets.UTF_8)
            + "/index" + config.getOutputExtension();
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setType(page.kind().key());
        document.setTitle(page.title());
        document.setStatus(ModelAttributes.Status.PUBLISHED);
        // JBake sorts by date; a fixed date keeps its order (and so the output) independent of the clock.
        document.setDate(new Date(0));
        document.setTags(new String[0]);
        document.setBody("");
        document.put(PAGE_URL, page.url());
        File file = new File(config.getContentFolder(), path);
        document.setRootPath(FileUtil.getUriPathToContentRoot(config, file));
        document.setRendered(false);
        document.setFile(file.getPath());
        document.setSourceUri(uri);
        document.setUri(uri);
        document.setCached(true);
        document.setNoExtensionUri(uri.replace("/index.html", "/"));
        return document;
    }

    /** The content file JBake would make the page's URL of: {@code /tin-tuc/x/} ← {@code tin-tuc/x.md}. */
    private static String contentPath(Page page) {
        String url = page.url();
        return url.substring(1, url.length() - 1) + ".md";
    }

    /** JBake's walk sorts each folder's entries by name and enters a folder where it sorts. */
    private static int compareNames(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = a.get(i).compareTo(b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
