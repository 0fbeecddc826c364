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
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Exports the Lucene index for the browser, in {@code search/}: a manifest (analysis tables, sizes, and the content
 * hash that names the data folder), a hashed term dictionary, binary postings, norms, document rows and filters.
 * The client recomputes each page's exact Lucene score from them and sums them as Lucene does (see search.js).
 *
 * <p>Layout, all under {@code search/<hash>/}:
 * <ul>
 *   <li>{@code k.bin}: the dictionary ({@link #dictionary}): buckets of one size, each with its entries in key order
 *       and padded with {@link #PADDING}. An entry is a byte {@code kind << 2 | form} (kind: the {@link TermKind}
 *       ordinal; form: {@link #INLINE_TABLED}, {@link #INLINE} or {@link #PACKED}), the term's UTF-8 length (varint)
 *       and bytes, df (varint); unless tabled, the weight (float32, little endian; tabled: keys in at most
 *       {@link #TABLED_DF} pages, whose weight the manifest lists by df); then inline postings as length (varint) and
 *       bytes, or a packed list as pack, offset and length (varints). A key's bucket is the FNV-1a hash of its folded
 *       word (so the exact and folded keys of a word share one bucket) or of its pair;</li>
 *   <li>{@code p/<n>.bin}: postings ({@link PostingsCodec}) back to back, read with one HTTP range request per key;
 *       keys with identical postings share one range, and an exact key's postings are written as a subset of its
 *       folded key's when that is smaller;</li>
 *   <li>{@code n/<n>.bin}: a field's norms: one byte K − 1, K little-endian float32 factors ({@link FieldNorms}), then
 *       each document's factor index in {@code max(1, ceil(log2 K))} bits, packed least significant bit first
 *       (fields with the same norms share a file; a field without norms has its one factor in the manifest);</li>
 *   <li>{@code d.bin}: one fixed-size row per document, by doc id: the UTF-8 JSON
 *       {@code [url, title, date, type, lead]} padded with spaces, so that a result's row is one range request;</li>
 *   <li>{@code f/type-<t>.json}, {@code f/year-<y>.json}: sorted doc ids.</li>
 * </ul>
 * Deterministic for the same index.
 */
public final class StaticExport {

    /** Postings up to this size go inline in the dictionary, saving a request; bigger ones are read by range. */
    static final int INLINE_BYTES = 48;
    /**
     * Inline keys found in at most this many pages leave their weight out: the manifest has the weight of each kind
     * for each such page count (it depends on nothing else), which keeps most dictionary entries to a few bytes.
     */
    static final int TABLED_DF = 16;
    /** How a dictionary entry holds its postings (the low two bits of its first byte). */
    static final int INLINE_TABLED = 0;
    static final int INLINE = 1;
    static final int PACKED = 2;
    /** About two keys a bucket: a word's exact and folded keys, or a pair, with little else to read. */
    static final int KEYS_PER_BUCKET = 2;
    /** The share of buckets that fit the common bucket size; the rest cost a second request. */
    static final double FITTING = 0.99;
    /** Room for an overflow pointer. */
    static final int MIN_BUCKET_BYTES = 16;
    /** Bucket bytes after the entries (no entry starts with it). */
    static final int PADDING = 0xFF;
    /** A bucket's first byte when its entries are elsewhere (no entry starts with it). */
    static final int OVERFLOW = 0xFE;
    static final int PACK_BYTES = 4 << 20;
    /** Room for url, title, date and a lead of about 150 Vietnamese characters; more if a title needs it. */
    static final int ROW_BYTES = 384;

    private final Map<String, byte[]> files = new TreeMap<>();
    private final List<ByteArrayOutputStream> packs = new ArrayList<>();
    /** Where each distinct postings list went: keys with the same postings ("e:hợp", "f:hop") share one range. */
    private final Map<ByteBuffer, int[]> packed = new HashMap<>();
    /** Folded keys with packed postings, by key: the bases of their exact keys' postings. */
    private final Map<String, Postings> packedFolded = new HashMap<>();

    private StaticExport() {
    }

    /** A dictionary entry: the key, what its bucket is chosen by, and its encoded value. */
    private record Entry(String key, String bucketWord, byte[] bytes) {
    }

    /**
     * Writes the export of the index in {@code site/search/lucene} into {@code site/search}. Documents are read
     * back from the index by doc id, so document rows and postings always agree on which id is which page.
     */
    public static void write(Path site) throws IOException {
        StaticExport export = new StaticExport();
        List<Entry> entries = new ArrayList<>();
        Map<String, String> norms = new LinkedHashMap<>();
        Map<String, String> weights = new LinkedHashMap<>();
        List<SearchDocument> documents;
        try (Searcher searcher = new Searcher(site)) {
            documents = searcher.storedDocuments();
            PostingsReader reader = new PostingsReader(searcher.searcher());
            // Folded keys first: an exact key's postings may be written as a subset of its folded key's.
            for (TermKind kind : List.of(TermKind.FOLDED, TermKind.EXACT, TermKind.PAIR)) {
                FieldNorms fieldNorms = reader.norms(kind);
                norms.put(kind.field(), export.normsFile(fieldNorms));
                reader.forEachKey(kind, fieldNorms, postings -> entries.add(export.entry(postings, documents.size())));
                float[] tabled = new float[Math.min(TABLED_DF, documents.size())];
                for (int df = 1; df <= tabled.length; df++) {
                    tabled[df - 1] = reader.weight(kind, df);
                }
                weights.put(kind.field(), Json.floats(tabled));
            }
        }
        Buckets buckets = export.dictionary(entries);
        for (int i = 0; i < export.packs.size(); i++) {
            export.files.put("p/" + i + ".bin", export.packs.get(i).toByteArray());
        }
        int rowBytes = export.documentRows(documents);
        Map<String, String> filters = export.filters(documents);
        String hash = export.hash();
        Path folder = site.resolve("search");
        for (Map.Entry<String, byte[]> file : export.files.entrySet()) {
            Path target = folder.resolve(hash).resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        Map<String, String> manifest = new LinkedHashMap<>();
        manifest.put("version", "2");
        manifest.put("data", Json.string(hash));
        manifest.put("docs", Integer.toString(documents.size()));
        manifest.put("buckets", Integer.toString(buckets.count()));
        manifest.put("bucketBytes", Integer.toString(buckets.bytes()));
        manifest.put("rowBytes", Integer.toString(rowBytes));
        manifest.put("fields", Json.strings(Arrays.stream(TermKind.values()).map(TermKind::field).toList()));
        manifest.put("norms", Json.object(norms));
        manifest.put("weights", Json.object(weights));
        manifest.put("filters", Json.object(filters));
        manifest.put("analysis", analysisTables());
        Files.writeString(folder.resolve("manifest.json"), Json.object(manifest) + "\n", StandardCharsets.UTF_8);
    }

    /** Encodes a key's postings: inline when small, else in a pack (shared with an identical list, if any). */
    private Entry entry(Postings postings, int docCount) {
        byte[] encoded = PostingsCodec.encode(postings, docCount);
        if (postings.key().startsWith(TermKind.FOLDED.field() + ":") && encoded.length > INLINE_BYTES) {
            packedFolded.put(postings.key(), postings);
        }
        Postings base = postings.key().startsWith(TermKind.EXACT.field() + ":")
            ? packedFolded.get(TermKind.FOLDED.field() + ":" + VietnameseAnalysis.fold(postings.key().substring(2))) : null;
        if (base != null && !packed.containsKey(ByteBuffer.wrap(encoded))) {
            byte[] standalone = encoded;
            encoded = PostingsCodec.encodeWithin(postings, base).filter(within -> within.length < standalone.length).orElse(standalone);
        }
        TermKind kind = TermKind.ofField(postings.field());
        byte[] term = postings.key().substring(2).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream entry = new ByteArrayOutputStream();
        boolean inline = encoded.length <= INLINE_BYTES;
        boolean tabled = inline && postings.size() <= TABLED_DF;
        entry.write(kind.ordinal() << 2 | (tabled ? INLINE_TABLED : inline ? INLINE : PACKED));
        PostingsCodec.varint(entry, term.length);
        entry.writeBytes(term);
        PostingsCodec.varint(entry, postings.size());
        if (!tabled) {
            entry.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(postings.weight()).array());
        }
        if (inline) {
            PostingsCodec.varint(entry, encoded.length);
            entry.writeBytes(encoded);
        } else {
            byte[] bytes = encoded;
            for (int number : packed.computeIfAbsent(ByteBuffer.wrap(bytes), b -> pack(bytes))) {
                PostingsCodec.varint(entry, number);
            }
        }
        return new Entry(postings.key(), bucketWord(postings.key()), entry.toByteArray());
    }

    /** Appends postings to the current pack; returns {pack, offset, length}. */
    private int[] pack(byte[] encoded) {
        if (packs.isEmpty() || packs.get(packs.size() - 1).size() + encoded.length > PACK_BYTES) {
            packs.add(new ByteArrayOutputStream());
        }
        ByteArrayOutputStream pack = packs.get(packs.size() - 1);
        int[] where = {packs.size() - 1, pack.size(), encoded.length};
        pack.writeBytes(encoded);
        return where;
    }

    /** What a key's bucket is chosen by: its folded word, or its pair. */
    static String bucketWord(String key) {
        String term = key.substring(2);
        return key.startsWith(TermKind.PAIR.field() + ":") ? term : VietnameseAnalysis.fold(term);
    }

    /** The dictionary's buckets: how many, and the size every bucket is padded to. */
    private record Buckets(int count, int bytes) {
    }

    /**
     * Writes k.bin: the entries hashed into buckets of one size, so that a key's bucket is one small range request
     * at {@code bucket × size}. The size is what almost every bucket needs ({@link #FITTING}); a bigger bucket holds
     * {@link #OVERFLOW}, offset and length of its entries, which follow the buckets.
     */
    private Buckets dictionary(List<Entry> entries) {
        int count = Math.max(1, (entries.size() + KEYS_PER_BUCKET - 1) / KEYS_PER_BUCKET);
        List<Map<String, byte[]>> byBucket = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byBucket.add(new TreeMap<>());
        }
        for (Entry entry : entries) {
            byBucket.get(bucketOf(entry.bucketWord(), count)).put(entry.key(), entry.bytes());
        }
        List<byte[]> contents = new ArrayList<>();
        for (Map<String, byte[]> bucket : byBucket) {
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            bucket.values().forEach(content::writeBytes);
            contents.add(content.toByteArray());
        }
        int[] sizes = contents.stream().mapToInt(content -> content.length).sorted().toArray();
        int bytes = Math.max(MIN_BUCKET_BYTES, sizes[(int) Math.floor(FITTING * (sizes.length - 1))]);
        ByteArrayOutputStream buckets = new ByteArrayOutputStream();
        ByteArrayOutputStream overflow = new ByteArrayOutputStream();
        for (byte[] content : contents) {
            byte[] bucket = content;
            if (content.length > bytes) {
                ByteArrayOutputStream pointer = new ByteArrayOutputStream();
                pointer.write(OVERFLOW);
                PostingsCodec.varint(pointer, count * bytes + overflow.size());
                PostingsCodec.varint(pointer, content.length);
                overflow.writeBytes(content);
                bucket = pointer.toByteArray();
            }
            buckets.writeBytes(bucket);
            for (int i = bucket.length; i < bytes; i++) {
                buckets.write(PADDING);
            }
        }
        buckets.writeBytes(overflow.toByteArray());
        files.put("k.bin", buckets.toByteArray());
        return new Buckets(count, bytes);
    }

    /** The bucket of a key's word: FNV-1a over UTF-16 code units (the client computes the same with Math.imul). */
    static int bucketOf(String word, int buckets) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < word.length(); i++) {
            hash ^= word.charAt(i);
            hash *= 0x01000193;
        }
        return Integer.remainderUnsigned(hash, buckets);
    }

    /**
     * The manifest's value for a field's norms: the one factor of a field without norms, else the path in the data
     * folder of its norms file (written here, or an identical one already written). Documents refer to the distinct
     * factors by index, in as few bits as the count of factors needs.
     */
    private String normsFile(FieldNorms norms) {
        TreeSet<Integer> values = new TreeSet<>();
        for (byte norm : norms.norms()) {
            values.add(norm & 0xFF);
        }
        if (values.size() == 1) {
            return Float.toString(norms.normInverse()[values.first()]);
        }
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(values.size() - 1));
        int[] classOf = new int[256];
        int docs = norms.norms().length;
        ByteBuffer bytes = ByteBuffer.allocate(1 + 4 * values.size() + (docs * bits + 7) / 8).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put((byte) (values.size() - 1));
        int index = 0;
        for (int value : values) {
            classOf[value] = index++;
            bytes.putFloat(norms.normInverse()[value]);
        }
        int start = bytes.position();
        for (int doc = 0; doc < docs; doc++) {
            int value = classOf[norms.norms()[doc] & 0xFF];
            for (int bit = 0; bit < bits; bit++) {
                if ((value & (1 << bit)) != 0) {
                    int at = doc * bits + bit;
                    bytes.put(start + (at >>> 3), (byte) (bytes.get(start + (at >>> 3)) | (1 << (at & 7))));
                }
            }
        }
        byte[] file = bytes.array();
        for (Map.Entry<String, byte[]> written : files.entrySet()) {
            if (written.getKey().startsWith("n/") && Arrays.equals(written.getValue(), file)) {
                return Json.string(written.getKey());
            }
        }
        String path = "n/" + files.keySet().stream().filter(name -> name.startsWith("n/")).count() + ".bin";
        files.put(path, file);
        return Json.string(path);
    }

    /** Writes d.bin, one row per document, all of one size; returns that size. */
    private int documentRows(List<SearchDocument> documents) {
        // As long as the longest row, up to ROW_BYTES (leads are cut to fit), or longer if a title needs it.
        int longest = 0;
        int required = 0;
        for (SearchDocument doc : documents) {
            longest = Math.max(longest, utf8Length(row(doc, doc.lead())));
            required = Math.max(required, utf8Length(row(doc, "")));
        }
        int rowBytes = Math.max(required, Math.min(ROW_BYTES, longest));
        ByteBuffer rows = ByteBuffer.allocate(rowBytes * documents.size());
        for (SearchDocument doc : documents) {
            byte[] row = fitted(doc, rowBytes);
            rows.put(row);
            for (int i = row.length; i < rowBytes; i++) {
                rows.put((byte) ' ');
            }
        }
        files.put("d.bin", rows.array());
        return rowBytes;
    }

    /** The row with as much of the lead as fits in {@code rowBytes}, cut between words and marked with "…". */
    private static byte[] fitted(SearchDocument doc, int rowBytes) {
        String lead = doc.lead();
        byte[] row = row(doc, lead).getBytes(StandardCharsets.UTF_8);
        while (row.length > rowBytes) {
            String shorter = lead.endsWith("…") ? lead.substring(0, lead.length() - 1) : lead;
            int cut = shorter.stripTrailing().lastIndexOf(' ');
            lead = cut > 0 ? shorter.substring(0, cut) + "…" : "";
            row = row(doc, lead).getBytes(StandardCharsets.UTF_8);
        }
        return row;
    }

    private static String row(SearchDocument doc, String lead) {
        return Json.strings(List.of(doc.url(), doc.title(), doc.date(), doc.type(), lead));
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
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
        return Json.object(analysis);
    }
}
