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
 *
 * <p>Two steps, so that no page's links need be kept for long: while a page is parsed, {@link #pending} settles every
 * link that does not point into another page's fragment (the baked files are all there already) and keeps only the
 * broken ones and those fragments; once every page's ids are known, {@link #check} reports them, in document order.
 */
final class LinkChecker {

    private static final String LINKED = "a[href], link[href], img[src], script[src], source[src], video[src], audio[src]";

    private final Path output;
    private final SiteSettings settings;

    LinkChecker(Path output, SiteSettings settings) {
        this.output = output;
        this.settings = settings;
    }

    /**
     * A link that is broken, or that points to a fragment of an HTML page, which only that page's ids can settle.
     *
     * @param link the href or src as written
     * @param problem why it is broken, if it is
     * @param targetFile for a fragment link: the page it points into
     * @param fragment for a fragment link: the id it needs
     */
    record PendingLink(String link, Optional<String> problem, Optional<Path> targetFile, String fragment) {
    }

    /** The page's links that are broken or need other pages' ids, in document order. Only reads files. */
    List<PendingLink> pending(String url, Document document) {
        List<PendingLink> pending = new ArrayList<>();
        for (Element element : document.select(LINKED)) {
            String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            settle(url, link).ifPresent(pending::add);
        }
        return pending;
    }

    /** The page's broken links, in document order, now that every page's ids are known. Only reads. */
    List<Problem> check(LinkedPage page, Map<Path, Set<String>> idsByFile) {
        List<Problem> problems = new ArrayList<>();
        SourceLines lines = new SourceLines(page::sourceText);
        for (PendingLink link : page.links()) {
            Optional<String> message = link.problem().isPresent() ? link.problem()
                : idsByFile.getOrDefault(link.targetFile().orElseThrow(), Set.of()).contains(link.fragment()) ? Optional.empty()
                : Optional.of("\"" + link.link() + "\" on " + page.url() + " points to #" + link.fragment()
                    + ", which that page does not have");
            if (message.isPresent()) {
                problems.add(Problem.error(page.source(), lines.lineOf(link.link()), "link", message.get()));
            }
        }
        return problems;
    }

    /** Empty when the link is fine; else what is wrong with it, or the fragment it needs. */
    private Optional<PendingLink> settle(String url, String link) {
        if (link.isEmpty() || link.startsWith("mailto:") || link.startsWith("tel:") || link.startsWith("data:")
            || Links.isExternal(link, settings.hostName())) {
            return Optional.empty();
        }
        URI target;
        try {
            target = URI.create(settings.absolute(url)).resolve(new URI(link));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return broken(link, "\"" + link + "\" on " + url + " is not a valid URL");
        }
        String path = target.getPath() == null ? "" : target.getPath();
        if (!path.startsWith(settings.basePath())) {
            return broken(link, "\"" + link + "\" on " + url + " points outside the site (" + path + ")");
        }
        Path file = output.resolve(path.substring(settings.basePath().length()));
        if (path.endsWith("/") || Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            return broken(link, "\"" + link + "\" on " + url + " leads to no page or file (" + path + ")");
        }
        String fragment = target.getFragment();
        if (fragment != null && !fragment.isEmpty() && file.toString().endsWith(".html")) {
            return Optional.of(new PendingLink(link, Optional.empty(), Optional.of(file.normalize()), fragment));
        }
        return Optional.empty();
    }

    private static Optional<PendingLink> broken(String link, String problem) {
        return Optional.of(new PendingLink(link, Optional.of(problem), Optional.empty(), ""));
    }
}
