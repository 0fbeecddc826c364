package vn.lmhtx.site.html;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the link checker needs of a page once the passes are done with it: its broken links and fragment links, not
 * its parsed tree, all its links or its content file's text (keeping those for every page until all ids are known
 * would hold the site in memory).
 *
 * @param url its site-relative URL
 * @param source the content file it was made from, or its output path
 * @param sourceFile the content file, read again only to find the line of a broken link; empty for generated pages
 * @param links its links that are broken or point into a fragment of a page, in document order
 */
record LinkedPage(String url, String source, Optional<Path> sourceFile, List<LinkChecker.PendingLink> links) {

    LinkedPage {
        links = List.copyOf(links);
    }

    /** The content file's text, "" for generated pages. */
    String sourceText() {
        return Links.textOf(source, sourceFile);
    }
}
