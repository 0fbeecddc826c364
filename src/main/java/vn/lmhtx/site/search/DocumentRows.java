package vn.lmhtx.site.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The export's {@code d.bin}: one row per document, by doc id, all of one size, so that a result's row is one range
 * request at {@code doc × size}. A row is the UTF-8 JSON {@code [url, title, date, type, lead]} padded with spaces.
 *
 * @param bytes the file
 * @param rowBytes the size of every row
 */
record DocumentRows(byte[] bytes, int rowBytes) {

    /** Room for url, title, date and a lead of about 150 Vietnamese characters; more if a title needs it. */
    static final int ROW_BYTES = 384;

    DocumentRows {
        bytes = bytes.clone();
    }

    /** The rows of {@code documents}, as long as the longest needs, up to {@link #ROW_BYTES} (leads are cut to fit). */
    static DocumentRows of(List<StoredDocument> documents) {
        // Longer than ROW_BYTES only if a row without its lead needs it.
        int longest = 0;
        int required = 0;
        for (StoredDocument doc : documents) {
            longest = Math.max(longest, utf8Length(row(doc, doc.lead())));
            required = Math.max(required, utf8Length(row(doc, "")));
        }
        int rowBytes = Math.max(required, Math.min(ROW_BYTES, longest));
        ByteBuffer rows = ByteBuffer.allocate(rowBytes * documents.size());
        for (StoredDocument doc : documents) {
            byte[] row = fitted(doc, rowBytes);
            rows.put(row);
            for (int i = row.length; i < rowBytes; i++) {
                rows.put((byte) ' ');
            }
        }
        return new DocumentRows(rows.array(), rowBytes);
    }

    /**
     * The row with as much of the lead as fits in {@code rowBytes}, cut between words and marked with "…": the whole
     * lead if it fits, else the longest of its {@linkplain #cuts cuts} whose row fits, else no lead. A shorter cut never
     * has a longer row, so the cut is found by halving the candidates, not by trying each from the longest (a real
     * lead is cut dozens of words short, and each try writes and encodes the whole row).
     */
    private static byte[] fitted(StoredDocument doc, int rowBytes) {
        byte[] whole = row(doc, doc.lead()).getBytes(StandardCharsets.UTF_8);
        if (whole.length <= rowBytes) {
            return whole;
        }
        String uncut = doc.lead().endsWith("…") ? doc.lead().substring(0, doc.lead().length() - 1) : doc.lead();
        int[] cuts = cuts(uncut);
        // The first cut whose row fits lies in [low, high]; cuts.length stands for no lead, whose row always fits (and
        // is only laid out when no cut fits).
        int low = 0;
        int high = cuts.length;
        byte[] fitting = null;
        while (low < high) {
            int middle = (low + high) >>> 1;
            byte[] row = row(doc, uncut.substring(0, cuts[middle]) + "…").getBytes(StandardCharsets.UTF_8);
            if (row.length <= rowBytes) {
                high = middle;
                fitting = row;
            } else {
                low = middle + 1;
            }
        }
        return fitting != null ? fitting : row(doc, "").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Where {@code text} is cut, longest first: before its last space (trailing white space aside), then before the
     * last space of what is left, and so on while something is left before the space.
     */
    static int[] cuts(String text) {
        IntStream.Builder cuts = IntStream.builder();
        int end = text.length();
        while (true) {
            while (end > 0 && Character.isWhitespace(text.codePointBefore(end))) {
                end -= Character.charCount(text.codePointBefore(end));
            }
            int cut = text.lastIndexOf(' ', end - 1);
            if (cut <= 0) {
                return cuts.build().toArray();
            }
            cuts.add(cut);
            end = cut;
        }
    }

    private static String row(StoredDocument doc, String lead) {
        return Json.strings(List.of(doc.url(), doc.title(), doc.date(), doc.type(), lead));
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
