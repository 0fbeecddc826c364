package vn.lmhtx.site.bake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    IndexedDocumentList(List<DocumentModel> documents) {
        super.addAll(documents);
        this.byPosition = new ArrayList<>(documents);
        for (int i = 0; i < byPosition.size(); i++) {
            positionByUri.putIfAbsent(byPosition.get(i).getUri(), i);
        }
    }

    @Override
    public int indexOf(Object document) {
        if (!(document instanceof DocumentModel model)) {
            return -1;
        }
        Integer position = positionByUri.get(model.getUri());
        return position != null && byPosition.get(position).equals(model) ? position : super.indexOf(document);
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
