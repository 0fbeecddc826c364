package vn.lmhtx.site.serve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Entities;
import vn.lmhtx.site.messages.Language;
import vn.lmhtx.site.messages.Message;

/** The pages every preview URL shows while the last build failed or after the preview stopped watching files. */
final class ErrorPage {

    private ErrorPage() {
    }

    /** Each problem of the failed build as the command line prints it, and the stack trace of an internal failure. */
    static String buildFailed(List<String> problems, Optional<String> trace, String liveReloadTag) {
        return page(Message.PREVIEW_FAILED_TITLE.text(), Message.PREVIEW_FAILED_HEADING.text(), Message.PREVIEW_FAILED_ADVICE.text(),
            problems, trace, liveReloadTag);
    }

    /** Why saves no longer rebuild the preview; only restarting {@code serve} helps. */
    static String stoppedWatching(String message, Optional<String> trace, String liveReloadTag) {
        return page(Message.PREVIEW_STOPPED_TITLE.text(), Message.PREVIEW_STOPPED_HEADING.text(), Message.PREVIEW_STOPPED_ADVICE.text(),
            List.of(message), trace, liveReloadTag);
    }

    private static String page(String title, String heading, String advice, List<String> problems, Optional<String> trace,
                               String liveReloadTag) {
        StringBuilder list = new StringBuilder();
        for (String problem : problems) {
            list.append("<li><code>").append(Entities.escape(problem)).append("</code></li>\n");
        }
        String traceBlock = trace.map(t -> "<pre>" + Entities.escape(t) + "</pre>\n").orElse("");
        return String.format(Locale.ROOT, """
            <!doctype html>
            <html lang="%s">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%s</title>
            <style>body{font-family:system-ui,sans-serif;margin:1rem;line-height:1.5}code{white-space:pre-wrap}li{margin:.5rem 0}\
            pre{overflow:auto;font-size:.8rem}</style>
            </head>
            <body>
            <main>
            <h1>%s</h1>
            <p>%s</p>
            <ol>
            %s</ol>
            %s</main>
            %s
            </body>
            </html>
            """, Language.current().code(), title, heading, advice, list, traceBlock, liveReloadTag);
    }
}
