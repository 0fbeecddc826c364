package vn.lmhtx.site.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.lmhtx.site.render.Page;

/**
 * The content folder JBake crawls: one small file per planned page, placed so that JBake's file-name-to-URL rule
 * gives exactly the page's URL ({@code /tin-tuc/x/} ← {@code tin-tuc/x.md}). The files carry only the URL; the
 * page itself comes from the plan, so JBake never parses editors' text.
 */
final class StagedPages {

    private final Path folder;
    private final Map<Path, Page> byFile = new HashMap<>();

    private StagedPages(Path folder) {
        this.folder = folder;
    }

    static StagedPages write(Path folder, Iterable<Page> pages) throws IOException {
        StagedPages staged = new StagedPages(folder);
        Files.createDirectories(folder);
        for (Page page : pages) {
            String url = page.url();
            Path file = folder.resolve(url.substring(1, url.length() - 1) + ".md");
            Files.createDirectories(file.getParent());
            // CREATE_NEW: two pages staged as one file would bake as one page; the plan never has them, so fail loudly.
            Files.writeString(file, url, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            staged.byFile.put(file.toAbsolutePath().normalize(), page);
        }
        return staged;
    }

    Path folder() {
        return folder;
    }

    Optional<Page> pageFor(Path file) {
        return Optional.ofNullable(byFile.get(file.toAbsolutePath().normalize()));
    }
}
