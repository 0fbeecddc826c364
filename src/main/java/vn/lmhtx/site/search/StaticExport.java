package vn.lmhtx.site.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Exports the Lucene index for the browser, in {@code search/}: a manifest (analysis tables, shard counts and the
 * content hash that names the data folder), term shards mapping each key to its best-scoring postings, binary
 * packs with the rest of each key's postings in score order, document-info shards and filter lists.
 *
 * <p>Layout, all under {@code search/<hash>/}: {@code t/<n>.json} (key → [df, [first docs], [first scores],
 * [[offset, count], …]]), {@code p/<n>.bin} (the rest of the postings of the keys of term shard n, in chunks of
 * count × int32 doc ids then count × float32 scores, little endian; the client reads one chunk with an HTTP range
 * request, or the whole file where a host ignores ranges), {@code d/<n>.json} ([url, title, date, type, lead] per
 * document), {@code f/type-<t>.json} and {@code f/year-<y>.json} (sorted doc ids). Deterministic for the same index.
 */
public final class StaticExport {

    static final int FIRST_CHUNK = 32;
    static final int SHARD_BYTES = 16 * 1024;
    static final int DOCS_PER_SHARD = 50;

    private final Map<String, byte[]> files = new TreeMap<>();

    private StaticExport() {
    }

    /**
     * Writes the export of the index in {@code site/search/lucene} into {@code site/search}. Documents are read
     * back from the index by doc id, so document rows and postings always agree on which id is which page.
     */
    public static void write(Path site) throws IOException {
        StaticExport export = new StaticExport();
        List<Postings> all = new ArrayList<>();
        List<SearchDocument> documents = new ArrayList<>();
        long dictionaryBytes = 0;
        try (Searcher searcher = new Searcher(site)) {
            PostingsReader reader = new PostingsReader(searcher.searcher());
            for (TermKind kind : TermKind.values()) {
                reader.forEachKey(kind, all::add);
            }
            documents.addAll(searcher.storedDocuments());
        }
        for (Postings postings : all) {
            dictionaryBytes += postings.key().length() + 16L * Math.min(FIRST_CHUNK, postings.size()) + 16;
        }
        int shards = 1;
        while ((long) shards * SHARD_BYTES < dictionaryBytes) {
            shards *= 2;
        }
        export.termShards(all, shards);
        export.documentShards(documents);
        Map<String, String> filters = export.filters(documents);
        String hash = export.hash();
        Path folder = site.resolve("search");
        for (Map.Entry<String, byte[]> file : export.files.entrySet()) {
            Path target = folder.resolve(hash).resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        Files.writeString(folder.resolve("manifest.json"), manifest(hash, documents.size(), shards, filters), StandardCharsets.UTF_8);
    }

    /** A key's dictionary entry: its first postings inline, the rest as chunks of growing size in its shard's pack. */
    private static String entry(Postings postings, ByteArrayOutputStream pack) {
        int first = Math.min(FIRST_CHUNK, postings.size());
        List<String> chunks = new ArrayList<>();
        int size = FIRST_CHUNK * 4;
        for (int from = first; from < postings.size(); from += size, size *= 4) {
            int to = Math.min(postings.size(), from + size);
            chunks.add("[" + pack.size() + "," + (to - from) + "]");
            pack.writeBytes(chunk(postings, from, to));
        }
        return "[" + postings.size() + "," + Json.ints(postings.docs(0, first)) + "," + Json.floats(postings.scores(0, first))
            + ",[" + String.join(",", chunks) + "]]";
    }

    private static byte[] chunk(Postings postings, int from, int to) {
        ByteBuffer bytes = ByteBuffer.allocate((to - from) * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int doc : postings.docs(from, to)) {
            bytes.putInt(doc);
        }
        for (float score : postings.scores(from, to)) {
            bytes.putFloat(score);
        }
        return bytes.array();
    }

    /** Spreads the keys over {@code shards} term shards; each shard's tails go to the pack of the same number. */
    private void termShards(List<Postings> all, int shards) {
        List<Map<String, String>> entries = new ArrayList<>();
        List<ByteArrayOutputStream> packs = new ArrayList<>();
        for (int i = 0; i < shards; i++) {
            entries.add(new TreeMap<>());
            packs.add(new ByteArrayOutputStream());
        }
        all.sort(java.util.Comparator.comparing(Postings::key));
        for (Postings postings : all) {
            int shard = shardOf(postings.key(), shards);
            entries.get(shard).put(postings.key(), entry(postings, packs.get(shard)));
        }
        for (int i = 0; i < shards; i++) {
            files.put("t/" + i + ".json", Json.object(entries.get(i)).getBytes(StandardCharsets.UTF_8));
            if (packs.get(i).size() > 0) {
                files.put("p/" + i + ".bin", packs.get(i).toByteArray());
            }
        }
    }

    /** The shard of a key: every key of one folded word lands in one shard, so a word costs one request. */
    static int shardOf(String key, int shards) {
        String term = key.substring(2);
        String word = key.startsWith("p:") ? term.substring(0, term.indexOf(' ')) : VietnameseAnalysis.fold(term);
        return Integer.remainderUnsigned(fnv1a(word), shards);
    }

    /** FNV-1a over UTF-16 code units; the client computes the same with Math.imul. */
    static int fnv1a(String text) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x01000193;
        }
        return hash;
    }

    private void documentShards(List<SearchDocument> documents) {
        for (int from = 0; from < documents.size(); from += DOCS_PER_SHARD) {
            List<String> rows = new ArrayList<>();
            for (SearchDocument doc : documents.subList(from, Math.min(documents.size(), from + DOCS_PER_SHARD))) {
                rows.add(Json.strings(List.of(doc.url(), doc.title(), doc.date(), doc.type(), doc.lead())));
            }
            files.put("d/" + (from / DOCS_PER_SHARD) + ".json", ("[" + String.join(",", rows) + "]").getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Sorted doc ids per type and per year; returns the manifest's list of filter values. */
    private Map<String, String> filters(List<SearchDocument> documents) {
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

    private static byte[] ids(TreeSet<Integer> ids) {
        return Json.ints(ids.stream().mapToInt(Integer::intValue).toArray()).getBytes(StandardCharsets.UTF_8);
    }

    private String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update(file.getValue());
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String manifest(String hash, int docs, int shards, Map<String, String> filters) {
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
        Map<String, String> manifest = new LinkedHashMap<>();
        manifest.put("version", "1");
        manifest.put("data", Json.string(hash));
        manifest.put("docs", Integer.toString(docs));
        manifest.put("docsPerShard", Integer.toString(DOCS_PER_SHARD));
        manifest.put("termShards", Integer.toString(shards));
        manifest.put("filters", Json.object(filters));
        manifest.put("analysis", Json.object(analysis));
        return Json.object(manifest) + "\n";
    }
}
