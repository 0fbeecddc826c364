package vn.lmhtx.site.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

    /** The row with as much of the lead as fits in {@code rowBytes}, cut between words and marked with "…". */
    private static byte[] fitted(StoredDocument doc, int rowBytes) {
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

    private static String row(StoredDocument doc, String lead) {
        return Json.strings(List.of(doc.url(), doc.title(), doc.date(), doc.type(), lead));
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
