package vn.lmhtx.site.bake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import vn.lmhtx.site.content.Attachment;
import vn.lmhtx.site.content.OutputClaims;
import vn.lmhtx.site.render.Page;
import vn.lmhtx.site.render.PageModel.ItemPage;
import vn.lmhtx.site.render.SitePlan;

/** Publishes each planned document's attached file beside its page, byte for byte. */
final class Attachments {

    private Attachments() {
    }

    static void copy(SitePlan plan, Path site, Path output) throws IOException {
        for (Page page : plan.pages()) {
            if (page.model() instanceof ItemPage item) {
                for (Attachment attachment : item.item().document().flatMap(d -> d.attachment()).stream().toList()) {
                    Path source = site.resolve(attachment.source());
                    // The load stage checked it is a regular file; a link put there since is not followed.
                    if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
                        throw new IOException(attachment.source() + " is no longer a regular file");
                    }
                    Path target = output.resolve(OutputClaims.fileOf(attachment.url()));
                    Files.createDirectories(target.getParent());
                    // No REPLACE_EXISTING: should the file's URL be another page's, the build fails rather than replace it.
                    Files.copy(source, target);
                }
            }
        }
    }
}
