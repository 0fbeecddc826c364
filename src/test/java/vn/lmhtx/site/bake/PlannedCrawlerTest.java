package vn.lmhtx.site.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.configuration2.Configuration;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;
import org.jbake.parser.Engines;
import org.jbake.parser.ParserEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.PageKind;
import vn.lmhtx.site.render.Page;
import vn.lmhtx.site.render.PageModel;

/**
 * The planned crawler files each page as JBake's own crawler files the content file the page's URL comes from: same
 * URI, source URI, URI without extension and path to the root, in the same order.
 */
class PlannedCrawlerTest {

    /** URLs whose content files JBake's walk orders differently from their URLs or paths as strings. */
    private static final List<String> URLS = List.of("/tin-tuc/b/", "/a-c/", "/tin-tuc/a/", "/a/b/", "/gioi-thieu/", "/a/",
        "/dai-hoi/lan-thu-i/", "/dai-hoi/", "/tin-tuc/a-b/");

    @TempDir
    Path temp;

    @Test
    void filesThePagesAsJBakesCrawlerFilesTheirContentFiles() throws Exception {
        List<Page> pages = URLS.stream().map(PlannedCrawlerTest::page).toList();

        List<DocumentModel> jbakes = jbakesCrawl(pages);
        PlannedContentStore store = new PlannedContentStore();
        new PlannedCrawler(store, config("planned"), pages).crawl();
        List<DocumentModel> planned = store.getUnrenderedContent();

        assertThat(jbakes).hasSize(URLS.size());
        assertThat(planned).extracting(DocumentModel::getUri).containsExactlyElementsOf(jbakes.stream().map(DocumentModel::getUri).toList())
            .contains("tin-tuc/a/index.html", "a/index.html");
        assertThat(planned).extracting(DocumentModel::getSourceuri).containsExactlyElementsOf(jbakes.stream().map(DocumentModel::getSourceuri).toList());
        assertThat(planned).extracting(DocumentModel::getNoExtensionUri)
            .containsExactlyElementsOf(jbakes.stream().map(DocumentModel::getNoExtensionUri).toList());
        assertThat(planned).extracting(DocumentModel::getRootPath).containsExactlyElementsOf(jbakes.stream().map(DocumentModel::getRootPath).toList());
        assertThat(planned).extracting(document -> document.get(PlannedCrawler.PAGE_URL))
            .containsExactlyElementsOf(jbakes.stream().map(document -> document.get(PlannedCrawler.PAGE_URL)).toList());
        assertThat(planned).allSatisfy(document -> {
            assertThat(document.getRendered()).isFalse();
            assertThat(document.getStatus()).isEqualTo(ModelAttributes.Status.PUBLISHED);
        });
    }

    @Test
    void twoPagesForOneContentFileAreRefused() throws Exception {
        PlannedCrawler crawler = new PlannedCrawler(new PlannedContentStore(), config("twice"),
            List.of(page("/tin-tuc/a/"), page("/tin-tuc/a/")));

        assertThatThrownBy(crawler::crawl).isInstanceOf(IllegalStateException.class).hasMessageContaining("tin-tuc/a.md");
    }

    /** What JBake's own crawler makes of one content file per page, named as JBake turns file names into URLs. */
    private List<DocumentModel> jbakesCrawl(List<Page> pages) throws Exception {
        JBakeConfiguration config = config("jbake");
        for (Page page : pages) {
            Path file = config.getContentFolder().toPath().resolve(page.url().substring(1, page.url().length() - 1) + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, page.url());
        }
        // JBake's engines are global: the one registered before (none in a build, which stages no file) comes back.
        ParserEngine before = Engines.get("md");
        Engines.register("md", new UrlFileEngine());
        // A type JBake files: the Oven registers the site's types from its settings before crawling.
        DocumentTypes.addDocumentType(PageKind.NEWS.key());
        try {
            PlannedContentStore store = new PlannedContentStore();
            new Crawler(store, config).crawl();
            return store.getUnrenderedContent();
        } finally {
            if (before != null) {
                Engines.register("md", before);
            }
        }
    }

    private JBakeConfiguration config(String name) throws Exception {
        Path site = Files.createDirectories(temp.resolve(name));
        return JBakeBaker.configuration(site, site.resolve("out"), Files.createDirectories(site.resolve("content")),
            Files.createDirectories(site.resolve("assets")));
    }

    private static Page page(String url) {
        return new Page(url, PageKind.NEWS, "Tin " + url, List.of(), new PageModel.ListPage("", List.of(), Optional.empty()));
    }

    /** A content file holding its page's URL, parsed as the planned crawler describes a page. */
    private static final class UrlFileEngine implements ParserEngine {

        @Override
        public DocumentModel parse(JBakeConfiguration config, File file) {
            try {
                DocumentModel document = DocumentModel.createDefaultDocumentModel();
                document.setType(PageKind.NEWS.key());
                document.setStatus(ModelAttributes.Status.PUBLISHED);
                document.put(PlannedCrawler.PAGE_URL, Files.readString(file.toPath()));
                return document;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        @Deprecated
        public Map<String, Object> parse(Configuration config, File file, String contentPath) {
            throw new UnsupportedOperationException();
        }
    }
}
