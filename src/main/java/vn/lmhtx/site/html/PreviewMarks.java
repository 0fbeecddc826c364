package vn.lmhtx.site.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Marks a page that only the preview has (a draft, scheduled news, a page that comes with them): {@code noindex} for
 * robots, and a banner at the top of its main content saying why readers cannot see it yet.
 */
public final class PreviewMarks {

    /** The banner's class; the site's stylesheet gives it its colours. */
    public static final String BANNER_CLASS = "preview-banner";

    private PreviewMarks() {
    }

    /**
     * Adds {@code <meta name="robots" content="noindex">} to the HTML page {@code file} and, when given, a banner
     * whose first words, {@code headline}, are in bold, followed by a dash and {@code detail}.
     */
    public static void mark(Path file, Optional<Banner> banner) throws IOException {
        Document document = Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name());
        document.outputSettings().prettyPrint(false);
        document.head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
        if (banner.isPresent()) {
            Element main = document.selectFirst("main");
            Element holder = main != null ? main : document.body();
            Element paragraph = holder.prependElement("p").addClass(BANNER_CLASS).attr("role", "note");
            paragraph.appendElement("strong").text(banner.get().headline());
            paragraph.appendText(" – " + banner.get().detail());
        }
        HtmlPasses.writeBack(file, document.outerHtml());
    }

    /**
     * What a preview banner says.
     *
     * @param headline the state, in bold: "Bản nháp", "Hẹn giờ đăng: 01/03/2027 08:00"
     * @param detail one sentence on what it means
     */
    public record Banner(String headline, String detail) {
    }
}
