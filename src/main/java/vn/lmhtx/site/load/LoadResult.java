package vn.lmhtx.site.load;

import java.util.List;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.Problem;

/**
 * Everything the load stage found.
 *
 * @param items the valid items, drafts and scheduled news included, in path order
 * @param problems every error and warning, in report order
 */
public record LoadResult(List<ContentItem> items, List<Problem> problems) {

    public LoadResult {
        items = List.copyOf(items);
        problems = problems.stream().sorted(Problem.ORDER).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
