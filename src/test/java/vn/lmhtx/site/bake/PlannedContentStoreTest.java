package vn.lmhtx.site.bake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.junit.jupiter.api.Test;

/** The bake's content store answers what JBake's Oven, crawler and renderers ask, with no database behind it. */
class PlannedContentStoreTest {

    @Test
    void jbakesSchemaStepRunsWithoutADatabase() {
        PlannedContentStore store = new PlannedContentStore();
        store.startup();

        // Final in JBake: it reads the store's OrientDB session, which would be null here without SchemaOnlySession.
        store.updateSchema();

        assertThat(store.isActive()).isTrue();
        store.close();
        store.shutdown();
    }

    @Test
    void documentsComeNewestFirstAndInCrawlOrderWithinADate() {
        PlannedContentStore store = new PlannedContentStore();
        store.startup();
        store.addDocument(document("tin-tuc/a/index.html", "news", 0));
        store.addDocument(document("dai-hoi/index.html", "congresslist", 0));
        store.addDocument(document("tin-tuc/b/index.html", "news", 5));
        store.addDocument(document("tin-tuc/c/index.html", "news", 0));

        assertThat(store.getUnrenderedContent()).extracting(DocumentModel::getUri)
            .containsExactly("tin-tuc/b/index.html", "tin-tuc/a/index.html", "dai-hoi/index.html", "tin-tuc/c/index.html");
        assertThat(store.getAllContent("news")).extracting(DocumentModel::getUri)
            .containsExactly("tin-tuc/b/index.html", "tin-tuc/a/index.html", "tin-tuc/c/index.html");
        assertThat(store.getAllContent("news").indexOf(store.getUnrenderedContent().get(1))).isEqualTo(1);
        assertThat(store.getDocumentCount("news")).isEqualTo(3);
        assertThat(store.getPublishedCount("congresslist")).isEqualTo(1);
        assertThat(store.getDocumentStatus("tin-tuc/a/index.html")).as("every bake starts empty").isEmpty();

        store.deleteContent("tin-tuc/a/index.html");
        assertThat(store.getAllContent("news")).extracting(DocumentModel::getUri)
            .containsExactly("tin-tuc/b/index.html", "tin-tuc/c/index.html");
    }

    @Test
    void queriesForWhatTheBakeTurnsOffAreRefusedNotAnsweredWrongly() {
        PlannedContentStore store = new PlannedContentStore();
        store.startup();

        assertThatThrownBy(store::getAllTags).isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("tags");
        assertThatThrownBy(() -> store.setLimit(10)).isInstanceOf(UnsupportedOperationException.class)
            .hasMessageContaining("pagination");
        assertThatThrownBy(() -> store.getDocumentByUri("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    private static DocumentModel document(String uri, String type, long date) {
        DocumentModel document = DocumentModel.createDefaultDocumentModel();
        document.setUri(uri);
        document.setSourceUri(uri);
        document.setType(type);
        document.setStatus(ModelAttributes.Status.PUBLISHED);
        document.setDate(new Date(date));
        document.setRendered(false);
        return document;
    }
}
