package vn.lmhtx.site.search;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The export's term dictionary and postings: {@code k.bin}, fixed-size hash buckets of entries, and {@code p/<n>.bin},
 * the postings too big to sit in their entry ({@link PostingsCodec}).
 *
 * <p>Each bucket holds its entries in key order and is padded with {@link #PADDING} to the common size; a bucket too
 * big for it holds {@link #OVERFLOW}, then the offset and length (varints) of its entries, which follow the buckets.
 * An entry is a byte {@code kind << 2 | form} (kind: the {@link TermKind} ordinal; form: {@link #INLINE_TABLED},
 * {@link #INLINE} or {@link #PACKED}), the term's UTF-8 length (varint) and bytes, df (varint); unless tabled, the
 * weight (float32, little endian; tabled: keys in at most {@link #TABLED_DF} pages, whose weight the manifest lists by
 * df); then inline postings as length (varint) and bytes, or packed ones as pack, offset and length (varints).
 *
 * <p>A key's bucket is the FNV-1a hash of its folded word (so the exact, folded and title keys of a word share one
 * bucket) or of its pair's words in code-unit order (so "a b" and "b a", which a short query reads both of, share one
 * bucket too). Packed postings are laid out word by word ({@link #packWord}: a word's folded, title and
 * exact keys, then the pairs of which it is the rarer word, in key order), so that the client reads all the keys of
 * one query word, the spellings it was not typed with included, with one range request. Keys with identical postings
 * share one packed range, and an exact or title key's postings are written as a subset of its folded key's when that
 * is smaller (add folded keys first).
 */
final class TermDictionary {

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
    /**
     * The average keys a bucket tried: more keys a bucket cost more bytes a request, but waste less in padding (bucket
     * sizes vary less, relative to their mean, as the mean grows).
     */
    static final List<Integer> KEYS_PER_BUCKET = List.of(2, 4, 8, 16, 32);
    /** The biggest common bucket size chosen: a query reads one bucket per key. */
    static final int MAX_BUCKET_BYTES = 1024;
    /**
     * How much bigger than its smallest layout k.bin may grow for smaller buckets: a query reads one bucket per word and
     * pair (15–25 for a first query of five words), so halving the bucket halves those bytes, while k.bin only grows
     * with the padding. On 10,000 real articles 8 keys a bucket (453 bytes) instead of 16 (728–737) made k.bin
     * 1.23 × as big in one bake and just over 1.25 × in another: that corpus sits at the border (a small site does not).
     */
    static final double DICTIONARY_GROWTH = 1.25;
    /** The share of buckets that fit the common bucket size; the rest cost a second request. */
    static final double FITTING = 0.99;
    /** Room for an overflow pointer. */
    static final int MIN_BUCKET_BYTES = 16;
    /** Bucket bytes after the entries (no entry starts with it). */
    static final int PADDING = 0xFF;
    /** A bucket's first byte when its entries are elsewhere (no entry starts with it). */
    static final int OVERFLOW = 0xFE;
    static final int PACK_BYTES = 4 << 20;

    private final int docCount;
    private final List<Entry> entries = new ArrayList<>();
    /** Folded keys with packed postings, by key: the bases of their exact and title keys' postings. */
    private final Map<String, Postings> packedFolded = new HashMap<>();
    /** The packed postings lists added so far: a key whose list is one of them shares its range rather than being a subset. */
    private final Set<ByteBuffer> packedLists = new HashSet<>();
    /** The page count of each folded word, which places a pair's postings ({@link #packWord}). */
    private final Map<String, Integer> foldedPages = new HashMap<>();

    /**
     * A dictionary entry: the key, what its bucket is chosen by, the word its packed postings go with, its encoded head
     * (kind and form, term, df, weight) and postings: inline (written after the head) or packed (the head is followed by
     * where {@link #write} packs them).
     */
    private record Entry(String key, String bucketWord, String packWord, byte[] head, byte[] postings, boolean inline) {

        /** The entry's bytes in its bucket, given where its packed postings went (null when inline). */
        byte[] bytes(int[] where) {
            ByteArrayOutputStream entry = new ByteArrayOutputStream();
            entry.writeBytes(head);
            if (inline) {
                PostingsCodec.varint(entry, postings.length);
                entry.writeBytes(postings);
            } else {
                for (int number : where) {
                    PostingsCodec.varint(entry, number);
                }
            }
            return entry.toByteArray();
        }

        /** The order of packed postings: word by word, and within a word folded, title, exact, pairs, by key. */
        static final Comparator<Entry> PACKING = Comparator.comparing(Entry::packWord)
            .thenComparingInt(entry -> "ftep".indexOf(entry.key().charAt(0)))
            .thenComparing(Entry::key);
    }

    /**
     * The dictionary's buckets: how many, the size every bucket is padded to, and the buckets too big for it, as pairs
     * (bucket number less the previous one's, length of its entries): their entries follow the buckets in bucket order,
     * so the client, which gets this list with the manifest, reads such a bucket's entries at once rather than its
     * {@link #OVERFLOW} pointer first. Common words are in such buckets, and a second read is a second round.
     */
    record Buckets(int count, int bytes, int[] overflow) {
    }

    TermDictionary(int docCount) {
        this.docCount = docCount;
    }

    /**
     * A key's postings encoded for {@link #add(Encoded)}: on their own, and, for an exact or title key whose folded key
     * is packed ({@code base}), as a subset of the folded key's postings, if they are one.
     */
    record Encoded(Postings postings, byte[] standalone, Postings base, Optional<byte[]> within) {
    }

    /**
     * Encodes a key's postings, the costly part of adding it: it changes nothing, so the keys of one field may be
     * encoded on several threads while no key is being added (an exact or title key's base is a folded key added
     * before; {@link #add(Encoded)} encodes again in the rare case its base was not there yet).
     */
    Encoded encode(Postings postings) {
        byte[] standalone = PostingsCodec.encode(postings, docCount);
        Postings base = base(postings);
        return new Encoded(postings, standalone, base, base == null ? Optional.empty() : PostingsCodec.encodeWithin(postings, base));
    }

    /** The packed folded key whose postings an exact or title key's may be written within; null for other keys. */
    private Postings base(Postings postings) {
        boolean withinFolded = postings.key().startsWith(TermKind.EXACT.field() + ":") || postings.key().startsWith(TermKind.TITLE.field() + ":");
        return withinFolded ? packedFolded.get(TermKind.FOLDED.field() + ":" + VietnameseAnalysis.fold(postings.key().substring(2))) : null;
    }

    /**
     * Adds a key {@link #encode encoded} before (on any thread): its postings inline when small, else in a pack (shared
     * with an identical list, if any).
     */
    void add(Encoded encoding) {
        Postings postings = encoding.postings();
        byte[] encoded = encoding.standalone();
        if (postings.key().startsWith(TermKind.FOLDED.field() + ":")) {
            foldedPages.put(postings.key().substring(2), postings.size());
            if (encoded.length > INLINE_BYTES) {
                packedFolded.put(postings.key(), postings);
            }
        }
        Postings base = base(postings);
        if (base != null && !packedLists.contains(ByteBuffer.wrap(encoded))) {
            byte[] standalone = encoded;
            Optional<byte[]> within = base == encoding.base() ? encoding.within() : PostingsCodec.encodeWithin(postings, base);
            encoded = within.filter(bytes -> bytes.length < standalone.length).orElse(standalone);
        }
        TermKind kind = TermKind.ofField(postings.field());
        byte[] term = postings.key().substring(2).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream entry = new ByteArrayOutputStream();
        boolean inline = encoded.length <= INLINE_BYTES;
        if (!inline) {
            packedLists.add(ByteBuffer.wrap(encoded));
        }
        boolean tabled = inline && postings.size() <= TABLED_DF;
        entry.write(kind.ordinal() << 2 | (tabled ? INLINE_TABLED : inline ? INLINE : PACKED));
        PostingsCodec.varint(entry, term.length);
        entry.writeBytes(term);
        PostingsCodec.varint(entry, postings.size());
        if (!tabled) {
            entry.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(postings.weight()).array());
        }
        entries.add(new Entry(postings.key(), bucketWord(postings.key()), packWord(postings.key()), entry.toByteArray(), encoded, inline));
    }

    /** What a key's bucket is chosen by: its folded word, or its pair's two words in code-unit order. */
    static String bucketWord(String key) {
        String term = key.substring(2);
        if (!key.startsWith(TermKind.PAIR.field() + ":")) {
            return VietnameseAnalysis.fold(term);
        }
        String first = term.substring(0, term.indexOf(' '));
        String second = term.substring(term.indexOf(' ') + 1);
        return first.compareTo(second) <= 0 ? term : second + " " + first;
    }

    /**
     * The word a key's packed postings are laid out with: the folded word of an exact, folded or title key; for a pair,
     * the one of its words found in fewer pages, the first on a tie (the rarer word: a common word's pairs would make
     * its group too big to read whole). Pairs are added after the folded keys, so their words' counts are known.
     */
    private String packWord(String key) {
        String term = key.substring(2);
        if (!key.startsWith(TermKind.PAIR.field() + ":")) {
            return VietnameseAnalysis.fold(term);
        }
        String first = term.substring(0, term.indexOf(' '));
        String second = term.substring(term.indexOf(' ') + 1);
        Integer firstPages = foldedPages.get(first);
        Integer secondPages = foldedPages.get(second);
        if (firstPages == null || secondPages == null) {
            throw new IllegalStateException("the pair " + term + " has a word without a folded key: add folded keys first");
        }
        return secondPages < firstPages ? second : first;
    }

    /**
     * Packs the packed postings word by word ({@link Entry#PACKING}) and returns each entry's bytes in {@code entries}'
     * order. A word's postings never straddle two packs (a pack may pass {@link #PACK_BYTES} by one word's postings).
     */
    private List<byte[]> pack(List<ByteArrayOutputStream> packs) {
        List<Entry> order = entries.stream().filter(entry -> !entry.inline()).sorted(Entry.PACKING).toList();
        // Where each distinct postings list went: keys with the same postings ("e:hợp", "f:hop") share one range.
        Map<ByteBuffer, int[]> packed = new HashMap<>();
        Map<String, int[]> where = new HashMap<>();
        String word = null;
        for (Entry entry : order) {
            int[] shared = packed.get(ByteBuffer.wrap(entry.postings()));
            if (shared == null) {
                if (!entry.packWord().equals(word) && (packs.isEmpty() || packs.get(packs.size() - 1).size() >= PACK_BYTES)) {
                    packs.add(new ByteArrayOutputStream());
                }
                ByteArrayOutputStream pack = packs.get(packs.size() - 1);
                shared = new int[] {packs.size() - 1, pack.size(), entry.postings().length};
                pack.writeBytes(entry.postings());
                packed.put(ByteBuffer.wrap(entry.postings()), shared);
            }
            where.put(entry.key(), shared);
            word = entry.packWord();
        }
        return entries.stream().map(entry -> entry.bytes(where.get(entry.key()))).toList();
    }

    /**
     * Writes k.bin and the packs into {@code files}: the entries hashed into buckets of one size, so that a key's bucket
     * is one small range request at {@code bucket × size}. The size is what almost every bucket needs ({@link #FITTING});
     * a bigger bucket holds {@link #OVERFLOW}, offset and length of its entries, which follow the buckets. The bucket
     * count is sized to the keys: of the {@link #KEYS_PER_BUCKET} choices whose bucket stays within
     * {@link #MAX_BUCKET_BYTES}, the one with the smallest buckets whose k.bin is at most {@link #DICTIONARY_GROWTH}
     * times the smallest k.bin (few keys a bucket waste most in padding; many cost a query most bytes).
     */
    Buckets write(Map<String, byte[]> files) {
        List<ByteArrayOutputStream> packs = new ArrayList<>();
        List<byte[]> bytes = pack(packs);
        List<Placed> sorted = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            sorted.add(new Placed(entries.get(i).key(), wordHash(entries.get(i).bucketWord()), bytes.get(i)));
        }
        sorted.sort(Comparator.comparing(Placed::key));
        // Each choice is judged on its bucket sizes alone; only the one chosen is laid out.
        List<Sizes> choices = KEYS_PER_BUCKET.stream().map(keys -> Sizes.of(sorted, Math.max(1, (sorted.size() + keys - 1) / keys))).toList();
        List<Sizes> fitting = choices.stream().filter(sizes -> sizes.bytes() <= MAX_BUCKET_BYTES).toList();
        Sizes best = choices.get(0);
        if (!fitting.isEmpty()) {
            long smallest = fitting.stream().mapToLong(Sizes::total).min().orElseThrow();
            best = fitting.stream().filter(sizes -> sizes.total() <= DICTIONARY_GROWTH * smallest).findFirst().orElseThrow();
        }
        Layout layout = Layout.of(sorted, best.count(), best.bytes());
        files.put("k.bin", layout.file());
        for (int i = 0; i < packs.size(); i++) {
            files.put("p/" + i + ".bin", packs.get(i).toByteArray());
        }
        return new Buckets(best.count(), best.bytes(), layout.overflow());
    }

    /**
     * An entry as written in its bucket: key, the hash of what its bucket is chosen by ({@link #wordHash}, hashed once
     * for all the bucket counts tried), bytes.
     */
    private record Placed(String key, int wordHash, byte[] bytes) {
    }

    /** How big each of {@code count} buckets would be, and the common size ({@link #FITTING}) they would get. */
    private record Sizes(int count, int bytes, int[] contents) {

        static Sizes of(List<Placed> entries, int count) {
            int[] contents = new int[count];
            for (Placed entry : entries) {
                contents[Integer.remainderUnsigned(entry.wordHash(), count)] += entry.bytes().length;
            }
            int[] sorted = contents.clone();
            Arrays.sort(sorted);
            return new Sizes(count, Math.max(MIN_BUCKET_BYTES, sorted[(int) Math.floor(FITTING * (sorted.length - 1))]), contents);
        }

        /** The size of k.bin. */
        long total() {
            long total = (long) count * bytes;
            for (int content : contents) {
                total += content > bytes ? content : 0;
            }
            return total;
        }
    }

    /** The entries laid out in {@code count} buckets of {@code bytes} each, with the overflow after them. */
    private record Layout(int count, int bytes, List<byte[]> contents) {

        /** {@code sorted}: the entries in key order, so each bucket lists its keys in order. */
        static Layout of(List<Placed> sorted, int count, int bytes) {
            List<ByteArrayOutputStream> byBucket = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                byBucket.add(new ByteArrayOutputStream());
            }
            for (Placed entry : sorted) {
                byBucket.get(Integer.remainderUnsigned(entry.wordHash(), count)).writeBytes(entry.bytes());
            }
            return new Layout(count, bytes, byBucket.stream().map(ByteArrayOutputStream::toByteArray).toList());
        }

        /** The buckets too big for the common size: (bucket number less the previous one's, entries' length) pairs. */
        int[] overflow() {
            List<Integer> overflow = new ArrayList<>();
            int previous = 0;
            for (int i = 0; i < contents.size(); i++) {
                if (contents.get(i).length > bytes) {
                    overflow.add(i - previous);
                    overflow.add(contents.get(i).length);
                    previous = i;
                }
            }
            return overflow.stream().mapToInt(Integer::intValue).toArray();
        }

        byte[] file() {
            ByteArrayOutputStream buckets = new ByteArrayOutputStream(count * bytes);
            byte[] padding = new byte[bytes];
            Arrays.fill(padding, (byte) PADDING);
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
                buckets.write(padding, 0, bytes - bucket.length);
            }
            buckets.writeBytes(overflow.toByteArray());
            return buckets.toByteArray();
        }
    }

    /** The bucket of a key's word: FNV-1a over UTF-16 code units (the client computes the same with Math.imul). */
    static int bucketOf(String word, int buckets) {
        return Integer.remainderUnsigned(wordHash(word), buckets);
    }

    /** FNV-1a over the UTF-16 code units of a key's word, what {@link #bucketOf} divides. */
    private static int wordHash(String word) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < word.length(); i++) {
            hash ^= word.charAt(i);
            hash *= 0x01000193;
        }
        return hash;
    }

}
