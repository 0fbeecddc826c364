package vn.lmhtx.site.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.render.SiteSettings;

/**
 * Fails the build on any internal link, anchor, image, stylesheet or script that leads nowhere in the baked
 * output. Links to other sites are not fetched (the build has no network), only internal ones are checked.
 */
final class LinkChecker {

    private static final String LINKED = "a[href], link[href], img[src], script[src], source[src], video[src], audio[src]";

    private final Path output;
    private final SiteSettings settings;
    private final Map<Path, Set<String>> idsByFile;

    LinkChecker(Path output, SiteSettings settings, Map<Path, Set<String>> idsByFile) {
        this.output = output;
        this.settings = settings;
        this.idsByFile = idsByFile;
    }

    /** Every href and src a page links to, in document order. */
    static List<String> linksOf(Document document) {
        List<String> links = new ArrayList<>();
        for (Element element : document.select(LINKED)) {
            links.add(element.hasAttr("href") ? element.attr("href") : element.attr("src"));
        }
        return links;
    }

    /** The page's broken links, in document order. Only reads, so pages can be checked on several threads. */
    List<Problem> check(LinkedPage page) {
        List<Problem> problems = new ArrayList<>();
        String sourceText = null;
        for (String link : page.links()) {
            Optional<String> message = check(page, link);
            if (message.isPresent()) {
                sourceText = sourceText == null ? page.sourceText() : sourceText;
                problems.add(Problem.error(page.source(), Links.lineOf(sourceText, link), "link", message.get()));
            }
        }
        return problems;
    }

    private Optional<String> check(LinkedPage page, String link) {
        if (link.isEmpty() || link.startsWith("mailto:") || link.startsWith("tel:") || link.startsWith("data:")
            || ((link.startsWith("http:") || link.startsWith("https:") || link.startsWith("//"))
                && !Links.isOwnHost(link, settings.hostName()))) {
            return Optional.empty();
        }
        URI target;
        try {
            target = URI.create(settings.absolute(page.url())).resolve(new URI(link));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.of("\"" + link + "\" on " + page.url() + " is not a valid URL");
        }
        String path = target.getPath() == null ? "" : target.getPath();
        if (!path.startsWith(settings.basePath())) {
            return Optional.of("\"" + link + "\" on " + page.url() + " points outside the site (" + path + ")");
        }
        Path file = output.resolve(path.substring(settings.basePath().length()));
        if (path.endsWith("/") || Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of("\"" + link + "\" on " + page.url() + " leads to no page or file (" + path + ")");
        }
        String fragment = target.getFragment();
        if (fragment != null && !fragment.isEmpty() && file.toString().endsWith(".html")
            && !idsByFile.getOrDefault(file.normalize(), Set.of()).contains(fragment)) {
            return Optional.of("\"" + link + "\" on " + page.url() + " points to #" + fragment
                + ", which that page does not have");
        }
        return Optional.empty();
    }
}
