package vn.lmhtx.site.html;

import java.util.List;

/**
 * What the link checker needs of a page once the passes are done with it: its links, not its whole parsed tree
 * (keeping every parsed page until all ids are known would hold the whole site in memory).
 *
 * @param url its site-relative URL
 * @param source the content file it was made from, or its output path
 * @param sourceText the content file's text, for the line a broken link is on; "" for generated pages
 * @param links every href and src on the page, in document order
 */
record LinkedPage(String url, String source, String sourceText, List<String> links) {

    LinkedPage {
        links = List.copyOf(links);
    }
}
