package vn.lmhtx.site.serve;

import java.util.List;
import org.jsoup.nodes.Entities;

/** The page every preview URL shows while the last build failed: each problem as the command line prints it. */
final class ErrorPage {

    private ErrorPage() {
    }

    static String html(List<String> problems, String liveReloadTag) {
        StringBuilder list = new StringBuilder();
        for (String problem : problems) {
            list.append("<li><code>").append(Entities.escape(problem)).append("</code></li>\n");
        }
        return """
            <!doctype html>
            <html lang="vi">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Lỗi khi dựng trang</title>
            <style>body{font-family:system-ui,sans-serif;margin:1rem;line-height:1.5}code{white-space:pre-wrap}li{margin:.5rem 0}</style>
            </head>
            <body>
            <main>
            <h1>Trang chưa dựng được</h1>
            <p>Sửa các lỗi dưới đây rồi lưu tệp; trang sẽ tự tải lại.</p>
            <ol>
            %s</ol>
            </main>
            %s
            </body>
            </html>
            """.formatted(list, liveReloadTag);
    }
}
