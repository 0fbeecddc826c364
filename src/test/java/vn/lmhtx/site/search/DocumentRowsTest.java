package vn.lmhtx.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The export's document rows: each lead cut, between words, to the longest that fits its row. */
class DocumentRowsTest {

    private static final String[] WORDS = {"Liên", "minh", "Hợp", "tác", "xã", "tỉnh", "Kiên", "Giang", "đại", "hội",
        "\"trích\"", "a\\b", "1.943", "—", "x", "nhiệm kỳ", "2011 – 2015", "…"};

    @Test
    void aLeadIsCutAtTheLongestWordBoundaryWhoseRowFitsAsWhenTriedOneWordAtATime() {
        Random random = new Random(20180221);
        List<StoredDocument> documents = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            documents.add(new StoredDocument("/tin-tuc/bai-" + i + "/", words(random, 1 + random.nextInt(12)),
                lead(random), "tin-tuc", "2024-05-0" + (1 + random.nextInt(9)), "2024"));
        }

        DocumentRows rows = DocumentRows.of(documents);

        assertThat(rows.rowBytes()).isEqualTo(DocumentRows.ROW_BYTES);
        for (int i = 0; i < documents.size(); i++) {
            String row = new String(Arrays.copyOfRange(rows.bytes(), i * rows.rowBytes(), (i + 1) * rows.rowBytes()),
                StandardCharsets.UTF_8).stripTrailing();
            assertThat(row).as("row %d", i).isEqualTo(fittedOneWordAtATime(documents.get(i), rows.rowBytes()));
        }
    }

    @Test
    void cutsAreBeforeEachSpaceFromTheEndSkippingTrailingWhiteSpaceWhileAWordIsLeftBeforeThem() {
        assertThat(DocumentRows.cuts("Đại hội  lần thứ \t")).containsExactly(12, 8, 3);
        assertThat(DocumentRows.cuts("một")).isEmpty();
        assertThat(DocumentRows.cuts(" một")).isEmpty();
        assertThat(DocumentRows.cuts("")).isEmpty();
    }

    /** What DocumentRows did before it halved: one word shorter at a time until the row fits. */
    private static String fittedOneWordAtATime(StoredDocument doc, int rowBytes) {
        String lead = doc.lead();
        String row = row(doc, lead);
        while (row.getBytes(StandardCharsets.UTF_8).length > rowBytes) {
            String shorter = lead.endsWith("…") ? lead.substring(0, lead.length() - 1) : lead;
            int cut = shorter.stripTrailing().lastIndexOf(' ');
            lead = cut > 0 ? shorter.substring(0, cut) + "…" : "";
            row = row(doc, lead);
        }
        return row;
    }

    private static String row(StoredDocument doc, String lead) {
        return Json.strings(List.of(doc.url(), doc.title(), doc.date(), doc.type(), lead));
    }

    /** A lead of a few to a few hundred words, with runs of spaces, tabs, a trailing "…" or none now and then. */
    private static String lead(Random random) {
        StringBuilder lead = new StringBuilder(words(random, random.nextInt(4) == 0 ? random.nextInt(6) : random.nextInt(300)));
        if (random.nextInt(5) == 0) {
            lead.append(random.nextBoolean() ? " \t " : "…");
        }
        return random.nextInt(20) == 0 ? "  " + lead : lead.toString();
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                text.append(random.nextInt(15) == 0 ? "  " : " ");
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
