package vn.lmhtx.site.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import vn.lmhtx.site.parallel.Workers;

/** Writes the Lucene index that ships in the site: one document per page, added in URL order, one segment. */
public final class SearchIndex {

    /** Where the index lives inside the site. */
    public static final String FOLDER = "search/lucene";
    static final String URL = "url";
    static final String TITLE = "title";
    static final String LEAD = "lead";
    static final String DATE = "date";
    static final String TYPE = "type";
    static final String YEAR = "year";
    private static final FieldType WITHOUT_NORMS = withoutNorms();
    /** How often the title is indexed: BM25 then weighs a title word more than a body word, in one field. */
    static final int TITLE_REPEATS = 3;

    private SearchIndex() {
    }

    /** Indexes {@code documents} (already in URL order) into {@code folder}, with the pairs {@link IndexedPairs} keeps. */
    public static void write(List<SearchDocument> documents, Path folder) throws IOException {
        write(documents, folder, IndexedPairs.of(documents, Workers.sequential()));
    }

    /** Indexes {@code documents} (already in URL order) into {@code folder}, with only the {@code pairs} kept. */
    static void write(List<SearchDocument> documents, Path folder, IndexedPairs pairs) throws IOException {
        // Log merges only join neighbouring segments, so the merged segment keeps the insertion order of documents
        // (the default tiered policy may not, which would shuffle doc ids).
        // A compound file whatever the size keeps the shipped index to four plain lowercase file names.
        LogDocMergePolicy merges = new LogDocMergePolicy();
        merges.setNoCFSRatio(1.0);
        IndexWriterConfig config = new IndexWriterConfig(new SearchAnalyzer(pairs))
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setMergePolicy(merges)
            .setUseCompoundFile(true);
        // Written in memory, then copied: a commit to disk would fsync every file, which costs more than indexing.
        try (Directory memory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(memory, config)) {
                for (SearchDocument page : documents) {
                    writer.addDocument(luceneDocument(page));
                }
                // One segment: doc ids are the insertion order, which the export and the client rely on.
                writer.forceMerge(1);
            }
            for (String file : memory.listAll()) {
                try (IndexInput input = memory.openInput(file, IOContext.READONCE)) {
                    byte[] bytes = new byte[(int) input.length()];
                    input.readBytes(bytes, 0, bytes.length);
                    Files.write(folder.resolve(file), bytes);
                }
            }
        }
    }

    /** The text every search field of a page analyses: title (repeated), lead, body and tags, each on lines of its own. */
    static String indexedText(SearchDocument page) {
        return (page.title() + "\n").repeat(TITLE_REPEATS) + page.lead() + "\n" + page.text() + "\n" + page.meta();
    }

    private static FieldType withoutNorms() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static Document luceneDocument(SearchDocument page) {
        Document doc = new Document();
        doc.add(new StoredField(URL, page.url()));
        doc.add(new StoredField(TITLE, page.title()));
        doc.add(new StoredField(LEAD, page.lead()));
        doc.add(new StoredField(DATE, page.date()));
        doc.add(new StringField(TYPE, page.type(), Field.Store.YES));
        doc.add(new StringField(YEAR, page.year(), Field.Store.YES));
        String text = indexedText(page);
        for (TermKind kind : TermKind.values()) {
            doc.add(new Field(kind.field(), kind == TermKind.TITLE ? page.title() : text,
                kind.lengthNormalised() ? TextField.TYPE_NOT_STORED : WITHOUT_NORMS));
        }
        return doc;
    }
}
