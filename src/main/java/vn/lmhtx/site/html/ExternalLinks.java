package vn.lmhtx.site.html;

import java.util.List;
import org.jsoup.nodes.Element;
import vn.lmhtx.site.content.Problem;

/**
 * Marks links that leave the site, {@code https://host} and protocol-relative {@code //host} alike, with
 * {@code rel="noopener noreferrer"} so other sites cannot reach back into ours.
 */
final class ExternalLinks implements HtmlPass {

    private final String ownHost;

    ExternalLinks(String ownHost) {
        this.ownHost = ownHost;
    }

    @Override
    public boolean apply(HtmlPage page, List<Problem> problems) {
        boolean changed = false;
        for (Element link : page.elements().links()) {
            if (Links.isExternal(link.attr("href"), ownHost) && !link.attr("rel").equals("noopener noreferrer")) {
                link.attr("rel", "noopener noreferrer");
                changed = true;
            }
        }
        return changed;
    }
}
