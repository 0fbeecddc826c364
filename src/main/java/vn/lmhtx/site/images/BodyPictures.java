package vn.lmhtx.site.images;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import vn.lmhtx.site.content.Picture;
import vn.lmhtx.site.content.PictureVariant;

/**
 * Gives an article body's photos their published markup: {@code <img srcset sizes width height loading="lazy"
 * decoding="async">}, and a photo alone in its paragraph becomes a {@code <figure>} whose {@code <figcaption>} is the
 * Markdown title ({@code ![mô tả](anh.jpg "chú thích")}). The variants sit in the page's own folder, so the body links
 * them by file name and works under any base path.
 */
public final class BodyPictures {

    /** The article column: the full width less the page margins on phones, at most 42rem (site.css {@code --measure}). */
    public static final String SIZES = "(min-width: 44rem) 42rem, calc(100vw - 2rem)";

    private BodyPictures() {
    }

    /** {@code html} with every {@code <img>} whose decoded {@code src} is a key of {@code pictures} rewritten. */
    public static String rewrite(String html, Map<String, Picture> pictures) {
        if (pictures.isEmpty()) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element img : document.select("img[src]")) {
            Picture picture = pictures.get(ImageSources.decode(img.attr("src")));
            if (picture != null) {
                rewrite(img, picture);
            }
        }
        return document.body().html();
    }

    private static void rewrite(Element img, Picture picture) {
        img.attr("src", picture.fallback().fileName())
            .attr("srcset", picture.srcset(PictureVariant::fileName))
            .attr("sizes", SIZES)
            .attr("width", Integer.toString(picture.width()))
            .attr("height", Integer.toString(picture.height()))
            .attr("loading", "lazy")
            .attr("decoding", "async");
        Element parent = img.parent();
        if (parent != null && parent.tagName().equals("p") && isAlone(img, parent)) {
            parent.tagName("figure");
            String caption = img.attr("title").strip();
            img.removeAttr("title");
            if (!caption.isEmpty()) {
                parent.appendElement("figcaption").text(caption);
            }
        }
    }

    /** Whether {@code img} is its paragraph's only content (blank text aside). */
    private static boolean isAlone(Element img, Element paragraph) {
        for (Node node : paragraph.childNodes()) {
            if (node != img && !(node instanceof TextNode text && text.isBlank())) {
                return false;
            }
        }
        return true;
    }
}
