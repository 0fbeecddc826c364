package vn.lmhtx.site.markdown;

import java.util.List;
import vn.lmhtx.site.content.Problem;

/**
 * A Markdown body rendered to safe HTML, with what was wrong in it.
 *
 * @param html the sanitised HTML
 * @param problems errors (script, handlers, javascript: URLs) and warnings (HTML removed by the allow-list)
 * @param images the Markdown images, in document order, for the photo pipeline
 */
public record RenderedBody(String html, List<Problem> problems, List<MarkdownImage> images) {

    public RenderedBody {
        problems = List.copyOf(problems);
        images = List.copyOf(images);
    }

    /** A body without images. */
    public RenderedBody(String html, List<Problem> problems) {
        this(html, problems, List.of());
    }
}
