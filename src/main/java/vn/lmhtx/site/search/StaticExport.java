package vn.lmhtx.site.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.lmhtx.site.files.Sha256;
import vn.lmhtx.site.parallel.Ahead;
import vn.lmhtx.site.parallel.Workers;

/**
 * Exports the Lucene index for the browser, in {@code search/}: a manifest (analysis tables, sizes, and the content
 * hash that names the data folder), a hashed term dictionary, binary postings, norms, document rows and filters.
 * The client recomputes each page's exact Lucene score from them and sums them as Lucene does (see search.js).
 *
 * <p>Layout, all under {@code search/<hash>/}:
 * <ul>
 *   <li>{@code k.bin} and {@code p/<n>.bin}: the term dictionary and postings ({@link TermDictionary});</li>
 *   <li>{@code n/<n>.bin}: a field's norms ({@link FieldNorms#encoded}; fields with the same norms share a file, a
 *       field without norms has its one factor in the manifest);</li>
 *   <li>{@code d.bin}: a row per document ({@link DocumentRows});</li>
 *   <li>{@code f/type-<t>.json}, {@code f/year-<y>.json}: sorted doc ids;</li>
 *   <li>{@code w/<n>.json}: the folded words with their page counts, for type-ahead ({@link Completions}).</li>
 * </ul>
 * A small export is one file, {@value #WHOLE_FILE}, holding all of these; the manifest's {@code whole} gives each
 * one's offset and length in it.
 * Deterministic for the same index.
 */
public final class StaticExport {

    /**
     * The export's format: the client (assets/js/search.js, {@code FORMAT_VERSION}) refuses any other, so that a page
     * cached from an older build never misreads newer data. Raise both together whenever the layout changes.
     */
    static final int FORMAT_VERSION = 9;
    /** An export up to this many bytes is written as one file (raw bytes; its binary parts barely compress). */
    static final int WHOLE_BYTES = 100_000;
    /** The one file of a small export. */
    static final String WHOLE_FILE = "all.bin";

    /** Keys encoded by the workers at a time: enough to share the work, few enough to hold. */
    static final int CHUNK_KEYS = 4096;
    static final int SLICE_KEYS = 256;

    private final Map<String, byte[]> files = new TreeMap<>();

    private StaticExport() {
    }

    /**
     * Writes the export of the index in {@code site/search/lucene} into {@code site/search}. Documents are read
     * back from the index by doc id, so document rows and postings always agree on which id is which page.
     * {@code typeLabels} says what readers call each type (section key → label), for the search page's filter.
     */
    public static void write(Path site, Map<String, String> typeLabels) throws IOException {
        write(site, typeLabels, Workers.sequential());
    }

    /** As {@link #write(Path, Map)}, encoding the keys' postings on {@code workers}. */
    public static void write(Path site, Map<String, String> typeLabels, Workers workers) throws IOException {
        StaticExport export = new StaticExport();
        TermDictionary dictionary;
        Map<String, String> norms = new LinkedHashMap<>();
        Map<String, String> weights = new LinkedHashMap<>();
        Stored stored;
        int vocabularyFiles;
        try (Searcher searcher = new Searcher(site)) {
            // The documents' rows need only the stored fields: read and laid out beside the keys, whose reading and
            // encoding keep the other threads only partly busy.
            Ahead<Stored, IOException> rowsAhead = workers.ahead("search-rows", () -> Stored.of(searcher));
            try {
                vocabularyFiles = Completions.export(searcher.searcher().getIndexReader(), export.files);
                int documentCount = searcher.searcher().getIndexReader().maxDoc();
                dictionary = new TermDictionary(documentCount);
                PostingsReader reader = new PostingsReader(searcher.searcher());
                // Folded keys first: an exact or title key's postings may be written as a subset of its folded key's.
                for (TermKind kind : List.of(TermKind.FOLDED, TermKind.EXACT, TermKind.PAIR, TermKind.TITLE)) {
                    FieldNorms fieldNorms = reader.norms(kind);
                    norms.put(kind.field(), export.normsFile(fieldNorms));
                    addKeys(reader, kind, fieldNorms, dictionary, workers);
                    float[] tabled = new float[Math.min(TermDictionary.TABLED_DF, documentCount)];
                    for (int df = 1; df <= tabled.length; df++) {
                        tabled[df - 1] = reader.weight(kind, df);
                    }
                    weights.put(kind.field(), Json.floats(tabled));
                }
                stored = rowsAhead.join();
            } finally {
                rowsAhead.abandon(unused -> { });
            }
        }
        List<StoredDocument> documents = stored.documents();
        DocumentRows rows = stored.rows();
        TermDictionary.Buckets buckets = dictionary.write(export.files);
        export.files.put("d.bin", rows.bytes());
        Map<String, String> filters = export.filters(documents);
        String hash = export.hash();
        Path folder = site.resolve("search");
        Map<String, String> whole = new LinkedHashMap<>();
        Map<String, byte[]> written = export.whole(whole);
        for (Map.Entry<String, byte[]> file : written.entrySet()) {
            Path target = folder.resolve(hash).resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        Map<String, String> manifest = new LinkedHashMap<>();
        manifest.put("version", Integer.toString(FORMAT_VERSION));
        manifest.put("data", Json.string(hash));
        manifest.put("docs", Integer.toString(documents.size()));
        manifest.put("buckets", Integer.toString(buckets.count()));
        manifest.put("bucketBytes", Integer.toString(buckets.bytes()));
        manifest.put("overflow", Json.ints(buckets.overflow()));
        manifest.put("rowBytes", Integer.toString(rows.rowBytes()));
        manifest.put("fields", Json.strings(Arrays.stream(TermKind.values()).map(TermKind::field).toList()));
        manifest.put("norms", Json.object(norms));
        manifest.put("weights", Json.object(weights));
        manifest.put("wordMatch", Float.toString(QueryPlan.WORD_MATCH));
        manifest.put("toned", Float.toString(QueryPlan.TONED));
        manifest.put("titleMatch", Float.toString(QueryPlan.TITLE_MATCH));
        manifest.put("completions", completionsManifest(vocabularyFiles));
        manifest.put("filters", Json.object(filters));
        if (!whole.isEmpty()) {
            manifest.put("whole", Json.object(whole));
        }
        manifest.put("labels", Json.object(typeLabels(documents, typeLabels)));
        manifest.put("analysis", analysisTables());
        Files.writeString(folder.resolve("manifest.json"), Json.object(manifest) + "\n", StandardCharsets.UTF_8);
    }

    /** The index's stored documents, by doc id, and their rows. */
    private record Stored(List<StoredDocument> documents, DocumentRows rows) {

        static Stored of(Searcher searcher) throws IOException {
            List<StoredDocument> documents = searcher.storedDocuments();
            return new Stored(documents, DocumentRows.of(documents));
        }
    }

    /**
     * Adds the keys of {@code kind} to {@code dictionary}, in term order: the workers check a chunk of keys' scores
     * ({@link PostingsReader#check}) and encode them ({@link TermDictionary#encode}), most of the export's work, while this thread reads the next from the index, then
     * this thread adds it. No key is added while others are encoded, and every chunk is added before the next field.
     */
    private static void addKeys(PostingsReader reader, TermKind kind, FieldNorms norms, TermDictionary dictionary, Workers workers)
        throws IOException {
        List<Ahead<List<TermDictionary.Encoded>, RuntimeException>> pending = new ArrayList<>(1);
        try {
            reader.forEachChunk(kind, norms, CHUNK_KEYS, keys -> {
                if (!pending.isEmpty()) {
                    pending.remove(0).join().forEach(dictionary::add);
                }
                pending.add(workers.ahead("search-export", () -> workers.map(Workers.slices(keys, SLICE_KEYS), slice -> {
                    List<TermDictionary.Encoded> encoded = new ArrayList<>(slice.size());
                    for (Postings key : slice) {
                        reader.check(kind, norms, key);
                        encoded.add(dictionary.encode(key));
                    }
                    return encoded;
                }).stream().flatMap(List::stream).toList()));
            });
            if (!pending.isEmpty()) {
                pending.remove(0).join().forEach(dictionary::add);
            }
        } finally {
            pending.forEach(encoding -> encoding.abandon(keys -> { }));
        }
    }

    /**
     * The files to write: the export's files, or, when they are {@link #WHOLE_BYTES} or less in all, one file
     * {@value #WHOLE_FILE} holding them one after the other, with each file's offset and length put in {@code parts}
     * for the manifest. A small site's search then costs two requests in all (manifest and data), not a wave of range
     * requests per query, which costs seconds on a slow phone connection.
     */
    private Map<String, byte[]> whole(Map<String, String> parts) {
        long total = files.values().stream().mapToLong(file -> file.length).sum();
        if (total > WHOLE_BYTES) {
            return files;
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            parts.put(file.getKey(), Json.ints(new int[] {all.size(), file.getValue().length}));
            all.writeBytes(file.getValue());
        }
        return Map.of(WHOLE_FILE, all.toByteArray());
    }

    /**
     * The manifest's value for a field's norms: the one factor of a field without norms, else the path in the data
     * folder of its norms file (written here, or an identical one already written).
     */
    private String normsFile(FieldNorms norms) {
        if (norms.isConstant()) {
            return Float.toString(norms.constantFactor());
        }
        byte[] file = norms.encoded();
        for (Map.Entry<String, byte[]> written : files.entrySet()) {
            if (written.getKey().startsWith("n/") && Arrays.equals(written.getValue(), file)) {
                return Json.string(written.getKey());
            }
        }
        String path = "n/" + files.keySet().stream().filter(name -> name.startsWith("n/")).count() + ".bin";
        files.put(path, file);
        return Json.string(path);
    }

    /** Sorted doc ids per type and per year; returns the manifest's list of filter values. */
    private Map<String, String> filters(List<StoredDocument> documents) {
        Map<String, TreeSet<Integer>> byType = new TreeMap<>();
        Map<String, TreeSet<Integer>> byYear = new TreeMap<>();
        for (int id = 0; id < documents.size(); id++) {
            byType.computeIfAbsent(documents.get(id).type(), t -> new TreeSet<>()).add(id);
            if (!documents.get(id).year().isEmpty()) {
                byYear.computeIfAbsent(documents.get(id).year(), y -> new TreeSet<>()).add(id);
            }
        }
        byType.forEach((type, ids) -> files.put("f/type-" + type + ".json", ids(ids)));
        byYear.forEach((year, ids) -> files.put("f/year-" + year + ".json", ids(ids)));
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("type", Json.strings(new ArrayList<>(byType.keySet())));
        filters.put("year", Json.strings(new ArrayList<>(byYear.keySet())));
        return filters;
    }

    /** What readers call each type that has pages, for the search page's filter and results. */
    private static Map<String, String> typeLabels(List<StoredDocument> documents, Map<String, String> known) {
        Map<String, String> labels = new TreeMap<>();
        for (StoredDocument document : documents) {
            String label = known.get(document.type());
            if (label != null) {
                labels.put(document.type(), Json.string(label));
            }
        }
        return labels;
    }

    private static byte[] ids(TreeSet<Integer> ids) {
        return Json.ints(ids.stream().mapToInt(Integer::intValue).toArray()).getBytes(StandardCharsets.UTF_8);
    }

    private String hash() {
        MessageDigest digest = Sha256.digest();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update(file.getValue());
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    /** What the client needs to complete a word being typed as {@link QueryPlan#typed} does. */
    private static String completionsManifest(int files) {
        Map<String, String> completions = new LinkedHashMap<>();
        completions.put("files", Integer.toString(files));
        completions.put("limit", Integer.toString(Completions.LIMIT));
        completions.put("boost", Float.toString(Completions.BOOST));
        completions.put("match", Float.toString(Completions.MATCH));
        return Json.object(completions);
    }

    /** The analyzer's tables, from which the client analyses queries exactly as the index was analysed. */
    private static String analysisTables() {
        Map<String, String> abbreviations = new TreeMap<>();
        VietnameseAnalysis.ABBREVIATIONS.forEach((abbreviation, words) -> abbreviations.put(abbreviation, Json.strings(words)));
        Map<String, String> tones = new TreeMap<>();
        VietnameseAnalysis.TONE_PLACEMENT.forEach((old, modern) -> tones.put(old, Json.string(modern)));
        Map<String, String> yToI = new TreeMap<>();
        VietnameseAnalysis.Y_TO_I.forEach((y, i) -> yToI.put(String.valueOf(y), Json.string(String.valueOf(i))));
        Map<String, String> analysis = new LinkedHashMap<>();
        analysis.put("tonePlacement", Json.object(tones));
        analysis.put("yToI", Json.object(yToI));
        analysis.put("onsets", Json.strings(new ArrayList<>(new TreeSet<>(VietnameseAnalysis.ONSETS))));
        analysis.put("abbreviations", Json.object(abbreviations));
        analysis.put("romans", Json.strings(VietnameseAnalysis.ROMANS));
        analysis.put("maxTermLength", Integer.toString(VietnameseAnalysis.MAX_TERM_LENGTH));
        analysis.put("maxQueryLength", Integer.toString(QueryPlan.MAX_QUERY_LENGTH));
        analysis.put("orderFreeWords", Integer.toString(QueryPlan.ORDER_FREE_WORDS));
        return Json.object(analysis);
    }
}
