package vn.lmhtx.site.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

/** {@link IndexedDocumentList#indexOf} answers what JBake's linked list answers, without scanning it. */
class IndexedDocumentListTest {

    @Test
    void answersAsTheLinkedListDoes() {
        List<DocumentModel> stored = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            stored.add(document("/tin-tuc/bai-" + i + "/", i % 3 == 0));
        }
        // Two documents share a URI: the only case where the answer needs the scan.
        stored.add(document("/tin-tuc/bai-7/", false));
        IndexedDocumentList indexed = new IndexedDocumentList(stored);
        LinkedList<DocumentModel> plain = new LinkedList<>(stored);

        List<DocumentModel> asked = new ArrayList<>(stored);
        for (int i = 0; i < 50; i++) {
            // Another query's instances, as JBake renders: equal unless they hold an array (tags compare by identity).
            asked.add(document("/tin-tuc/bai-" + i + "/", i % 3 == 0));
        }
        asked.add(document("/tin-tuc/khong-co/", false));
        for (DocumentModel document : asked) {
            assertThat(indexed.indexOf(document)).as(document.getUri()).isEqualTo(plain.indexOf(document));
        }
        assertThat(indexed.indexOf("not a document")).isEqualTo(-1);
    }

    private static DocumentModel document(String uri, boolean withTags) {
        DocumentModel document = new DocumentModel();
        document.setUri(uri);
        document.setType("news");
        document.setTitle("Bài " + uri);
        if (withTags) {
            document.setTags(new String[] {"Hợp tác xã", "Đại hội"});
        }
        return document;
    }
}
