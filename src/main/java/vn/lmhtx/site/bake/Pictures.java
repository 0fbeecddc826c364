package vn.lmhtx.site.bake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.lmhtx.site.content.OutputClaims;
import vn.lmhtx.site.content.Picture;
import vn.lmhtx.site.content.PictureVariant;
import vn.lmhtx.site.render.Page;
import vn.lmhtx.site.render.PageModel.ItemPage;

/** Publishes the photos of content pages (every width of each) from the photo cache, beside their pages. */
final class Pictures {

    private Pictures() {
    }

    /** Copies the photos of {@code pages} into {@code output}; returns the files written. */
    static List<Path> copy(List<Page> pages, Path output) throws IOException {
        List<Path> written = new ArrayList<>();
        Set<String> urls = new HashSet<>();
        for (Page page : pages) {
            if (page.model() instanceof ItemPage item) {
                for (Picture picture : item.item().pictures()) {
                    for (PictureVariant variant : picture.variants()) {
                        if (urls.add(variant.url())) {
                            Path target = output.resolve(OutputClaims.fileOf(variant.url()));
                            Files.createDirectories(target.getParent());
                            // No REPLACE_EXISTING: should the URL be another page's file, the build fails rather than replace it.
                            Files.copy(Path.of(variant.file()), target);
                            written.add(target);
                        }
                    }
                }
            }
        }
        return written;
    }
}
