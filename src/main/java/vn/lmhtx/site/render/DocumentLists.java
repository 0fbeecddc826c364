package vn.lmhtx.site.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.Document;
import vn.lmhtx.site.content.Label;
import vn.lmhtx.site.content.PageKind;
import vn.lmhtx.site.content.Section;
import vn.lmhtx.site.render.PageModel.DocumentEntry;
import vn.lmhtx.site.render.PageModel.DocumentListPage;
import vn.lmhtx.site.render.PageModel.DocumentYear;

/**
 * The documents' pages beyond their own: the list of all documents and one list per issuer (each by year, with
 * links to every issuer's list, so readers filter without JavaScript), and the links between a congress and the
 * document its decision names, matched on the decision's number.
 */
final class DocumentLists {

    private final List<ContentItem> documents;
    private final Map<String, ContentItem> byNumber = new HashMap<>();
    private final Map<ContentItem, List<ContentItem>> congressesOf = new IdentityHashMap<>();

    /** {@code documents} newest first; {@code congresses} in any order (each document lists them by number). */
    DocumentLists(List<ContentItem> documents, List<ContentItem> congresses) {
        this.documents = List.copyOf(documents);
        // The load stage refuses two documents with one number, so each key has one document.
        documents.forEach(d -> byNumber.put(Document.key(d.document().orElseThrow().number()), d));
        for (ContentItem congress : congresses) {
            decisionDocument(congress).ifPresent(d -> congressesOf.computeIfAbsent(d, k -> new ArrayList<>()).add(congress));
        }
        congressesOf.values().forEach(list -> list.sort(Comparator.comparing((ContentItem c) -> c.congress().orElseThrow().number())));
    }

    /** The page of the document that a congress's decision names, when the site has one. */
    Optional<ContentItem> decisionDocument(ContentItem congress) {
        return congress.congress().map(c -> byNumber.get(Document.key(c.decision().number())));
    }

    /** The congresses whose decision {@code document} is, by congress number. */
    List<ContentItem> congressesOf(ContentItem document) {
        return congressesOf.getOrDefault(document, List.of());
    }

    /** Plans the list of all documents and each issuer's list; none when the site has no document. */
    void plan(Consumer<Page> pages, List<Crumb> home) {
        if (documents.isEmpty()) {
            return;
        }
        Section section = Section.DOCUMENT;
        Map<Label, List<ContentItem>> byIssuer = LabelGroups.of(documents, d -> List.of(d.document().orElseThrow().issuerLabel()));
        List<LabelCount> issuers = new ArrayList<>();
        byIssuer.forEach((issuer, items) -> issuers.add(new LabelCount(issuer, items.size(), issuer.url())));
        pages.accept(new Page(section.url(), section.listKind(), section.listTitle(), home,
            new DocumentListPage(section.listHeading(), byYear(documents), issuers, section.url(), documents.size(), section.url())));
        List<Crumb> crumbs = new ArrayList<>(home);
        crumbs.add(new Crumb(section.listTitle(), section.url()));
        byIssuer.forEach((issuer, items) -> pages.accept(new Page(issuer.url(), PageKind.DOCUMENTISSUER,
            section.listTitle() + " của " + issuer.name(), crumbs, new DocumentListPage(section.listHeading() + " của "
            + issuer.name(), byYear(items), issuers, section.url(), documents.size(), issuer.url()))));
    }

    private List<DocumentYear> byYear(List<ContentItem> newestFirst) {
        Map<Integer, List<DocumentEntry>> years = new TreeMap<>(Comparator.reverseOrder());
        newestFirst.forEach(d -> years.computeIfAbsent(d.date().orElseThrow().year(), y -> new ArrayList<>())
            .add(new DocumentEntry(d, congressesOf(d))));
        return years.entrySet().stream().map(e -> new DocumentYear(e.getKey(), e.getValue())).toList();
    }
}
