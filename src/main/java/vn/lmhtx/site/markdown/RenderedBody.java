package vn.lmhtx.site.markdown;

import java.util.List;
import vn.lmhtx.site.content.Problem;

/**
 * A Markdown body rendered to safe HTML, with what was wrong in it.
 *
 * @param html the sanitised HTML
 * @param problems errors (script, handlers, javascript: URLs) and warnings (HTML removed by the allow-list)
 */
public record RenderedBody(String html, List<Problem> problems) {

    public RenderedBody {
        problems = List.copyOf(problems);
    }
}
