package vn.lmhtx.site.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import vn.lmhtx.site.parallel.Workers;

/**
 * Writes the Lucene index that ships in the site: one document per page, added in URL order, in a segment per writer,
 * in that order.
 */
public final class SearchIndex {

    /** Where the index lives inside the site. */
    public static final String FOLDER = "search/lucene";
    static final String URL = "url";
    static final String TITLE = "title";
    static final String LEAD = "lead";
    static final String DATE = "date";
    static final String TYPE = "type";
    static final String YEAR = "year";
    /**
     * The search fields keep documents and frequencies only: BM25 needs nothing more (pairs are terms of their own, so
     * no query needs positions), and positions were a third of what the writer wrote.
     */
    private static final FieldType WITH_NORMS = fieldType(false);
    private static final FieldType WITHOUT_NORMS = fieldType(true);
    /**
     * A writer's memory before it writes a segment: enough for a few thousand news pages in one segment, instead of a
     * segment per 16 MB (Lucene's default).
     */
    static final double RAM_BUFFER_MB = 128;
    /**
     * The fewest pages a writer of its own is given: setting one up and joining its segment cost about what indexing
     * this many pages does, so a small site (the real one has 16 content pages) keeps one writer and one segment.
     */
    static final int FEWEST_PAGES_PER_WRITER = 100;
    /** How often the title is indexed: BM25 then weighs a title word more than a body word, in one field. */
    static final int TITLE_REPEATS = 3;

    private SearchIndex() {
    }

    /** Indexes {@code documents} (already in URL order) into {@code folder}, with the pairs {@link IndexedPairs} keeps. */
    public static void write(List<SearchDocument> documents, Path folder) throws IOException {
        write(documents, folder, Workers.sequential());
    }

    /**
     * As {@link #write(List, Path)}: the pages are analysed once, on {@code workers} ({@link AnalysedPage}), their pairs
     * counted ({@link IndexedPairs}); then each thread indexes a run of consecutive pages into an index of its own, and
     * the runs' segments are joined in order.
     */
    static void write(List<SearchDocument> documents, Path folder, Workers workers) throws IOException {
        Vocabulary vocabulary = new Vocabulary();
        List<AnalysedPage> pages = workers.map(documents, document -> AnalysedPage.of(document, vocabulary));
        IndexedPairs pairs = IndexedPairs.of(pages, vocabulary, workers);
        // Every word is in the vocabulary now: its terms by number, read by every thread from here on.
        BytesRef[] terms = TermCounts.encoded(vocabulary.terms());
        Fields fields = new Fields(documents, pages, pairs, vocabulary, terms);
        // Lucene's inversion is one thread per writer, and was the stage's critical path: each thread has a writer of
        // its own for a run of pages. Joining the runs' segments copies them, in the runs' order, without merging, so
        // doc ids are the URL order, which the export and the client rely on.
        int writers = Math.max(1, Math.min(workers.threads(), documents.size() / FEWEST_PAGES_PER_WRITER));
        List<List<Integer>> runs = Workers.slices(IntStream.range(0, documents.size()).boxed().toList(),
            Math.max(1, (documents.size() + writers - 1) / writers));
        List<Directory> parts = new ArrayList<>();
        try {
            parts.addAll(workers.map(runs, fields::indexed));
            try (Directory memory = new ByteBuffersDirectory()) {
                try (IndexWriter writer = new IndexWriter(memory, config(pairs))) {
                    writer.addIndexes(parts.toArray(Directory[]::new));
                }
                for (String file : memory.listAll()) {
                    try (IndexInput input = memory.openInput(file, IOContext.READONCE)) {
                        byte[] bytes = new byte[(int) input.length()];
                        input.readBytes(bytes, 0, bytes.length);
                        Files.write(folder.resolve(file), bytes);
                    }
                }
            }
        } finally {
            IOUtils.close(parts);
        }
    }

    /**
     * How every writer is set up: written in memory, then copied (a commit to disk would fsync every file, which costs
     * more than indexing).
     */
    private static IndexWriterConfig config(IndexedPairs pairs) {
        // Log merges only join neighbouring segments, so a merge keeps the insertion order of documents (the default
        // tiered policy may not, which would shuffle doc ids).
        // A compound file whatever the size keeps each segment to three plain lowercase file names.
        LogDocMergePolicy merges = new LogDocMergePolicy();
        merges.setNoCFSRatio(1.0);
        // The fields come analysed (AnalysedPage); the analyzer is the one whose terms they are.
        return new IndexWriterConfig(new SearchAnalyzer(pairs))
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(RAM_BUFFER_MB)
            .setMergePolicy(merges)
            .setUseCompoundFile(true);
    }

    /**
     * The pages to index, analysed, and what their fields are counted with.
     *
     * @param terms the vocabulary's terms by number, UTF-8
     */
    private record Fields(List<SearchDocument> documents, List<AnalysedPage> pages, IndexedPairs pairs, Vocabulary vocabulary,
                          BytesRef[] terms) {

        /** An index in memory of the pages at {@code indexes}, added in that order, on this thread. */
        Directory indexed(List<Integer> indexes) throws IOException {
            Directory part = new ByteBuffersDirectory();
            try (IndexWriter writer = new IndexWriter(part, config(pairs))) {
                TermCounts.Counter counter = new TermCounts.Counter(terms);
                for (int index : indexes) {
                    writer.addDocument(luceneDocument(documents.get(index), pages.get(index), counter));
                }
            } catch (IOException | RuntimeException e) {
                part.close();
                throw e;
            }
            return part;
        }

        private Document luceneDocument(SearchDocument page, AnalysedPage analysed, TermCounts.Counter counter) {
            Document doc = new Document();
            doc.add(new StoredField(URL, page.url()));
            doc.add(new StoredField(TITLE, page.title()));
            doc.add(new StoredField(LEAD, page.lead()));
            doc.add(new StoredField(DATE, page.date()));
            doc.add(new StringField(TYPE, page.type(), Field.Store.YES));
            doc.add(new StringField(YEAR, page.year(), Field.Store.YES));
            for (TermKind kind : TermKind.values()) {
                TermCounts counts = analysed.counts(kind, pairs, vocabulary, counter);
                doc.add(new Field(kind.field(), counts.tokens(), kind.lengthNormalised() ? WITH_NORMS : WITHOUT_NORMS));
            }
            return doc;
        }
    }

    /** The text every search field of a page analyses: title (repeated), lead, body and tags, each on lines of its own. */
    static String indexedText(SearchDocument page) {
        return (page.title() + "\n").repeat(TITLE_REPEATS) + page.lead() + "\n" + page.text() + "\n" + page.meta();
    }

    private static FieldType fieldType(boolean omitNorms) {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.setOmitNorms(omitNorms);
        type.freeze();
        return type;
    }
}
