package vn.lmhtx.site.bake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * JBake's document list (a linked list) with constant-time {@code indexOf}, {@code get}, {@code getFirst} and
 * {@code getLast}. {@code DocumentsRenderer} calls these once per page on the list of all pages of a type; on a
 * linked list that made a bake quadratic in the number of pages.
 */
final class IndexedDocumentList extends DocumentList<DocumentModel> {

    private static final long serialVersionUID = 1L;

    private final List<DocumentModel> byPosition;
    private final Map<Object, Integer> positionByUri = new HashMap<>();
    private final Set<Object> sharedUris = new HashSet<>();

    IndexedDocumentList(List<DocumentModel> documents) {
        super.addAll(documents);
        this.byPosition = new ArrayList<>(documents);
        for (int i = 0; i < byPosition.size(); i++) {
            if (positionByUri.putIfAbsent(byPosition.get(i).getUri(), i) != null) {
                sharedUris.add(byPosition.get(i).getUri());
            }
        }
    }

    /**
     * The list's answer, found through the URI. Documents are maps: equal ones have equal URIs, so when no other
     * document has this one's URI, the document at that URI is the only candidate and a mismatch means -1. Without
     * that, the linked list's scan ran on every miss, and misses are the rule: JBake renders the instances of
     * another query, and a field holding an array (the tags) never compares equal.
     */
    @Override
    public int indexOf(Object document) {
        if (!(document instanceof DocumentModel model)) {
            return -1;
        }
        Object uri = model.getUri();
        if (sharedUris.contains(uri)) {
            return super.indexOf(document);
        }
        Integer position = positionByUri.get(uri);
        return position != null && byPosition.get(position).equals(model) ? position : -1;
    }

    @Override
    public DocumentModel get(int index) {
        return byPosition.get(index);
    }

    @Override
    public DocumentModel getFirst() {
        return byPosition.isEmpty() ? super.getFirst() : byPosition.get(0);
    }

    @Override
    public DocumentModel getLast() {
        return byPosition.isEmpty() ? super.getLast() : byPosition.get(byPosition.size() - 1);
    }
}
