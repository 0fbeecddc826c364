package vn.lmhtx.site.cms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.nodes.Entities;
import vn.lmhtx.site.content.OutputClaims;
import vn.lmhtx.site.content.SiteUrls;
import vn.lmhtx.site.render.AssetManifest;
import vn.lmhtx.site.render.SiteSettings;

/**
 * Writes the web editor into a baked site: {@code /quan-tri/index.html}, the {@code config.yml} generated from the
 * schema, and Decap CMS's own files, served from the site itself. It is written after the HTML passes and the search
 * stage, so it is in no list, feed, sitemap or search result, and its page says {@code noindex}.
 */
public final class WebEditor {

    /** The vendored Decap CMS release (see {@code src/main/resources/cms/README.md}). */
    static final String DECAP_VERSION = "3.16.3";
    private static final String VENDORED = "/cms/decap-cms/";
    private static final String STYLESHEET = "/assets/css/site.css";

    private WebEditor() {
    }

    /** Writes the web editor under {@code output} when {@code cms} enables it; does nothing otherwise. */
    public static void write(CmsSettings cms, SiteSettings site, AssetManifest assets, Path output) throws IOException {
        if (!cms.enabled()) {
            return;
        }
        Path folder = output.resolve(OutputClaims.fileOf(SiteUrls.WEB_EDITOR)).getParent();
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("index.html"), page(site, assets), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("config.yml"), DecapConfig.yaml(cms), StandardCharsets.UTF_8);
        for (String file : vendoredFiles()) {
            try (InputStream in = resource(file)) {
                Files.copy(in, folder.resolve(file));
            }
        }
    }

    /**
     * The editor's page: Decap CMS reads {@code config.yml} beside it; the preview pane is styled with the site's own
     * stylesheet, so an article looks in the preview as it will on the site.
     */
    static String page(SiteSettings site, AssetManifest assets) {
        String title = Entities.escape("Quản trị nội dung – " + site.title());
        // A hashed asset path under a validated base path: letters, digits and "/._~-" only, safe inside the quotes.
        String stylesheet = assets.link(STYLESHEET);
        return String.format(Locale.ROOT, """
            <!doctype html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex, nofollow">
            <title>%s</title>
            </head>
            <body>
            <script src="decap-cms.js"></script>
            <script>CMS.registerPreviewStyle("%s");</script>
            </body>
            </html>
            """, title, stylesheet);
    }

    private static List<String> vendoredFiles() throws IOException {
        try (InputStream in = resource("files.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        }
    }

    private static InputStream resource(String file) {
        return Objects.requireNonNull(WebEditor.class.getResourceAsStream(VENDORED + file),
            () -> "the jar lacks " + VENDORED + file + " (see src/main/resources/cms/README.md)");
    }
}
