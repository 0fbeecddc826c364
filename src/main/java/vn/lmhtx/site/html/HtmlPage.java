package vn.lmhtx.site.html;

import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.nodes.Document;
import vn.lmhtx.site.content.ContentItem;

/**
 * One baked HTML file, parsed once for every pass.
 *
 * @param url its site-relative URL ("/tin-tuc/x/")
 * @param file where it is in the output folder
 * @param document the parsed page; passes may change it
 * @param item the content item it shows, for content pages
 * @param source the content file it was made from, or its output path when it was generated
 * @param sourceFile the content file, read only to find the line of a problem; empty for generated pages
 * @param elements what the passes and the link check look at in {@code document}, found in one walk
 */
public record HtmlPage(String url, Path file, Document document, Optional<ContentItem> item, String source,
                       Optional<Path> sourceFile, PageElements elements) {

    /** The page, its elements found now: {@code document} must have all its elements (passes change only attributes). */
    public HtmlPage(String url, Path file, Document document, Optional<ContentItem> item, String source,
                    Optional<Path> sourceFile) {
        this(url, file, document, item, source, sourceFile, PageElements.of(document));
    }

    /** The content file's text, "" for generated pages. */
    String sourceText() {
        return Links.textOf(source, sourceFile);
    }
}
