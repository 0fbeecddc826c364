package vn.lmhtx.site.html;

import java.util.List;
import org.jsoup.nodes.Element;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.messages.Message;

/** Warns about images readers of screen readers cannot know (no alt text) and images fetched from other sites. */
final class ImageChecks implements HtmlPass {

    private final String ownHost;

    ImageChecks(String ownHost) {
        this.ownHost = ownHost;
    }

    @Override
    public boolean apply(HtmlPage page, List<Problem> problems) {
        SourceLines lines = new SourceLines(page::sourceText);
        for (Element image : page.elements().images()) {
            String src = image.attr("src");
            boolean noAlt = !image.hasAttr("alt");
            boolean remote = Links.isExternal(src, ownHost);
            int line = noAlt || remote ? lines.lineOf(src) : 1;
            if (noAlt) {
                problems.add(Problem.warning(page.source(), line, "image",
                    Message.IMAGE_WITHOUT_DESCRIPTION.text(src)));
            }
            if (remote) {
                problems.add(Problem.warning(page.source(), line, "image",
                    Message.IMAGE_FROM_ANOTHER_SITE.text(src)));
            }
        }
        return false;
    }
}
