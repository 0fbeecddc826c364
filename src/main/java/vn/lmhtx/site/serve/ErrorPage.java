package vn.lmhtx.site.serve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Entities;

/** The pages every preview URL shows while the last build failed or after the preview stopped watching files. */
final class ErrorPage {

    private ErrorPage() {
    }

    /** Each problem of the failed build as the command line prints it, and the stack trace of an internal failure. */
    static String buildFailed(List<String> problems, Optional<String> trace, String liveReloadTag) {
        return page("Lỗi khi dựng trang", "Trang chưa dựng được", "Sửa các lỗi dưới đây rồi lưu tệp; trang sẽ tự tải lại.",
            problems, trace, liveReloadTag);
    }

    /** Why saves no longer rebuild the preview; only restarting {@code serve} helps. */
    static String stoppedWatching(String message, Optional<String> trace, String liveReloadTag) {
        return page("Bản xem trước đã dừng", "Bản xem trước đã ngừng theo dõi tệp",
            "Các thay đổi sau đó chưa được dựng lại; hãy dừng serve (Ctrl+C) rồi chạy lại.", List.of(message), trace, liveReloadTag);
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
            <html lang="vi">
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
            """, title, heading, advice, list, traceBlock, liveReloadTag);
    }
}
