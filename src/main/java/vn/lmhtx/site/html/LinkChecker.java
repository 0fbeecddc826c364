package vn.lmhtx.site.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.content.VietnameseDates;
import vn.lmhtx.site.messages.Message;
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

    private final Path output;
    /** {@code output} normalised, and the site's host: asked for every link, so worked out once. */
    private final Path normalOutput;
    private final String hostName;
    private final SiteSettings settings;
    private final Set<String> files;
    private final Unpublished unpublished;
    /**
     * Where each root-relative link ("/tin-tuc/x/") that leads to a file leads: its target does not depend on the page
     * holding it, and every page repeats the same few (menu, breadcrumbs, stylesheet, related news), so each is
     * resolved once per run instead of once per page (parsing and resolving a URI, looking up files, resolving a path).
     * Pages are checked in parallel, hence a concurrent map; broken links are not kept (their message names the page).
     */
    private final Map<String, Target> targetsByLink = new ConcurrentHashMap<>();

    /**
     * @param files every file of {@code output}, relative, with forward slashes, in its exact letter case: a link is
     *     checked against these names rather than the disk, so that on disks that ignore case (macOS, Windows) a link
     *     to /Tin-Tuc/ fails as it will on the case-sensitive host, and a link such as /../x cannot find a file
     *     outside the output folder
     * @param unpublished pages a link may not reach yet, and pages not built this run
     */
    LinkChecker(Path output, SiteSettings settings, Set<String> files, Unpublished unpublished) {
        this.output = output;
        this.normalOutput = output.normalize();
        this.hostName = settings.hostName();
        this.settings = settings;
        this.files = Set.copyOf(files);
        this.unpublished = unpublished;
    }

    /**
     * A link that is broken, or that points to a fragment of an HTML page, which only that page's ids can settle.
     *
     * @param link the href or src as written
     * @param problem why it is broken, if it is
     * @param targetFile for a fragment link: the page it points into
     * @param fragment for a fragment link: the id it needs
     * @param ifWritten the problem holds only if the page's content file has the link: a link to news that comes out
     *     later is the editor's mistake, while the same link made by a template from the plan of all scheduled news
     *     (a "next article" link, say) will not be there when the page is published
     */
    record PendingLink(String link, Optional<String> problem, Optional<Path> targetFile, String fragment, boolean ifWritten) {
    }

    /** The page's links that are broken or need other pages' ids, in document order. Only reads files. */
    List<PendingLink> pending(String url, Document document) {
        return pending(url, PageElements.of(document).linked(), new HashSet<>());
    }

    /**
     * As {@link #pending(String, Document)}, for the page's elements that link ({@link PageElements#linked()}, found in
     * the walk the passes share), in document order.
     *
     * @param targets gets the output files (relative, forward slashes) whose presence or publication time decided a
     *     link, so that a preview knows which pages to check again when those files come or go
     */
    List<PendingLink> pending(String url, List<Element> linked, Set<String> targets) {
        List<PendingLink> pending = new ArrayList<>();
        // The page's own address, parsed once for all its links rather than once per link.
        URI base = URI.create(settings.absolute(url));
        Instant published = unpublished.publishedFrom(url);
        for (Element element : linked) {
            String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            settle(url, base, published, link, targets).ifPresent(pending::add);
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
                : Optional.of(Message.LINK_TO_MISSING_ANCHOR.text(link.link(), page.url(), link.fragment()));
            if (message.isPresent()) {
                OptionalInt line = lines.find(link.link());
                Problem problem = Problem.error(page.source(), line.orElse(1), "link", message.get());
                if ((line.isPresent() || !link.ifWritten()) && !problems.contains(problem)) {
                    problems.add(problem);
                }
            }
        }
        return problems;
    }

    /**
     * Where a link that leads to one of the output's files leads, whichever page holds it.
     *
     * @param found the file, relative to the output, forward slashes, interned
     * @param relative the link's path below the base path, interned
     * @param targetUrl the URL of the page or file
     * @param published when {@code targetUrl} goes public
     * @param fragmentFile for a link with a fragment into an HTML page: that page's file, normalised
     * @param fragment the fragment, or ""
     */
    private record Target(String found, String relative, String targetUrl, Instant published, Optional<Path> fragmentFile,
                          String fragment) {
    }

    /**
     * Empty when the link is fine; else what is wrong with it, or the fragment it needs. {@code base} is {@code url}'s
     * URI, {@code published} when its page goes public.
     */
    private Optional<PendingLink> settle(String url, URI base, Instant published, String link, Set<String> targets) {
        // A link starting with one slash (not "//host") is neither external nor mailto: and the like, and resolves to
        // the same path from any page.
        boolean rootRelative = link.startsWith("/") && !link.startsWith("//");
        Target known = rootRelative ? targetsByLink.get(link) : null;
        if (known != null) {
            return settled(url, published, link, known, targets);
        }
        if (link.isEmpty() || link.startsWith("mailto:") || link.startsWith("tel:") || link.startsWith("data:")
            || Links.isExternal(link, hostName)) {
            return Optional.empty();
        }
        URI target;
        try {
            target = base.resolve(new URI(link));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return broken(link, Message.LINK_NOT_A_URL.text(link, url));
        }
        String path = target.getPath() == null ? "" : target.getPath();
        if (!path.startsWith(settings.basePath())) {
            return broken(link, Message.LINK_OUTSIDE_THE_SITE.text(link, url, path));
        }
        String relative = path.substring(settings.basePath().length());
        // URI keeps ".." above the root ("/../../jbake.properties"), and getPath() decodes "%2e%2e" only after
        // resolving: such a link must not be looked up at all. Most paths plainly stay in the folder; only the others
        // are resolved and normalised (twice per link of every page) to see where they lead.
        if (!staysInside(relative) && !output.resolve(relative).normalize().startsWith(normalOutput)) {
            return broken(link, Message.LINK_OUTSIDE_THE_SITE.text(link, url, path));
        }
        String found = relative.isEmpty() || relative.endsWith("/") ? relative + "index.html"
            : files.contains(relative) ? relative : relative + "/index.html";
        String targetUrl = "/" + (found.equals("index.html") || found.endsWith("/index.html")
            ? found.substring(0, found.length() - "index.html".length()) : found);
        if (!files.contains(found)) {
            targets.add(found.intern());
            targets.add(relative.intern());
            return unpublished.unbuilt().contains(targetUrl) ? Optional.empty()
                : broken(link, Message.LINK_TO_NOTHING.text(link, url, path));
        }
        Path file = output.resolve(found);
        String fragment = target.getFragment();
        boolean intoPage = fragment != null && !fragment.isEmpty() && file.toString().endsWith(".html");
        // Interned: every page links to the same few pages and assets, and a preview keeps these for every page.
        Target settled = new Target(found.intern(), relative.intern(), targetUrl, unpublished.publishedFrom(targetUrl),
            intoPage ? Optional.of(file.normalize()) : Optional.empty(), intoPage ? fragment : "");
        if (rootRelative) {
            targetsByLink.put(link, settled);
        }
        return settled(url, published, link, settled, targets);
    }

    /** The part of {@link #settle} that depends on the page: the files it relies on, and whether its target is public by then. */
    private static Optional<PendingLink> settled(String url, Instant published, String link, Target target, Set<String> targets) {
        targets.add(target.found());
        targets.add(target.relative());
        if (target.published().isAfter(published)) {
            return brokenIfWritten(link, target.published().equals(Instant.MAX)
                ? Message.LINK_TO_DRAFT.text(link, url, target.targetUrl())
                : Message.LINK_TO_UNPUBLISHED.text(link, url, target.targetUrl(),
                VietnameseDates.timeAndDate(target.published().atZone(VietnameseDates.ZONE))));
        }
        return target.fragmentFile().map(file -> new PendingLink(link, Optional.empty(), Optional.of(file), target.fragment(), false));
    }

    /**
     * Whether a path relative to the output cannot lead out of it whatever the file system: no "..", no root, no drive
     * or backslash (Windows), no character a path cannot hold. For the rest, {@link Path#normalize} decides.
     */
    private static boolean staysInside(String relative) {
        return !relative.contains("..") && !relative.startsWith("/") && relative.indexOf(':') < 0
            && relative.indexOf('\\') < 0 && relative.indexOf('\0') < 0;
    }

    /** The preview's message for a link to a draft's page (in a build the page does not exist: no page or file). */
    private static Optional<PendingLink> broken(String link, String problem) {
        return Optional.of(new PendingLink(link, Optional.of(problem), Optional.empty(), "", false));
    }

    private static Optional<PendingLink> brokenIfWritten(String link, String problem) {
        return Optional.of(new PendingLink(link, Optional.of(problem), Optional.empty(), "", true));
    }
}
