package vn.lmhtx.site.html;

import java.util.List;
import vn.lmhtx.site.content.Problem;

/**
 * What the HTML passes found and took from the baked pages.
 *
 * @param problems warnings of the passes and broken links, in the order a sequential run finds them
 * @param taken what the caller's {@link ContentPageReader} took from each content page, in the plan's (URL) order
 * @param <T> what the reader takes
 */
public record HtmlPassResult<T>(List<Problem> problems, List<T> taken) {

    public HtmlPassResult {
        problems = List.copyOf(problems);
        taken = List.copyOf(taken);
    }
}
