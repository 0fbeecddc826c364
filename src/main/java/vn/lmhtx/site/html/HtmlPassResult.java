package vn.lmhtx.site.html;

import java.util.List;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.search.SearchDocument;

/**
 * What the HTML passes found and took from the baked pages.
 *
 * @param problems warnings of the passes and broken links, in the order a sequential run finds them
 * @param searchDocuments one per content page, in the plan's (URL) order, for the search index
 */
public record HtmlPassResult(List<Problem> problems, List<SearchDocument> searchDocuments) {

    public HtmlPassResult {
        problems = List.copyOf(problems);
        searchDocuments = List.copyOf(searchDocuments);
    }
}
