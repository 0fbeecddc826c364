package vn.lmhtx.site.content;

import java.util.Locale;
import java.util.Optional;

/**
 * A document's file (its PDF), kept beside its content file and published beside its page.
 *
 * @param source the file's path relative to the site folder ({@code content/van-ban/qd-1385.pdf})
 * @param url its site-relative URL, in the folder of the document's page ({@code /van-ban/qd-1385/qd-1385.pdf})
 * @param bytes its size
 * @param pages its page count, when the file could be read
 * @param text its text for search (NFC), when it has one that could be read within the limits
 */
public record Attachment(String source, String url, long bytes, Optional<Integer> pages, Optional<CompressedText> text) {

    private static final long KB = 1000;

    /** The size as readers read it: "850 kB", "1,2 MB" (kilo as 1000, a decimal comma, never "0 kB"). */
    public String sizeDisplay() {
        if (bytes < KB * KB) {
            return Math.max(1, (bytes + KB - 1) / KB) + " kB";
        }
        return String.format(Locale.ROOT, "%.1f", bytes / (double) (KB * KB)).replace('.', ',') + " MB";
    }

    /** The page count as readers read it, "12 trang", "1.024 trang", when it is known. */
    public Optional<String> pagesDisplay() {
        return pages.map(n -> VietnameseNumbers.grouped(n) + " trang");
    }
}
