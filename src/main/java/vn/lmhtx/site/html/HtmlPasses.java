package vn.lmhtx.site.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.parallel.Workers;
import vn.lmhtx.site.render.Page;
import vn.lmhtx.site.render.PageModel.ItemPage;
import vn.lmhtx.site.render.SitePlan;
import vn.lmhtx.site.render.SiteSettings;
import vn.lmhtx.site.search.SearchDocument;

/**
 * Runs the HTML passes over every baked page, parsing each page once (pages in parallel, each on its own), takes the
 * search text of content pages from the same parse, then checks every internal link.
 */
public final class HtmlPasses {

    private final SiteSettings settings;
    private final Path site;
    private final String outputLabel;
    private final Workers workers;
    private final List<HtmlPass> passes;

    /**
     * @param settings the site's settings (host and base path decide which links are internal)
     * @param site the site folder, to read content files for line numbers
     * @param outputLabel how problems name the output folder ("target/public")
     * @param workers the threads pages are parsed, passed over and link-checked on; the result does not depend on them
     */
    public HtmlPasses(SiteSettings settings, Path site, String outputLabel, Workers workers) {
        this.settings = settings;
        this.site = site;
        this.outputLabel = outputLabel;
        this.workers = workers;
        // The passes keep no state between pages, so all threads share them.
        this.passes = List.of(new HeadingAnchors(), new ExternalLinks(settings.hostName()), new ImageChecks(settings.hostName()));
    }

    /**
     * Applies the passes to the pages in {@code output}, rewriting changed pages, and checks their links. Problems come
     * in the order a sequential run finds them: each page's, in path order, then the broken links, in path order.
     */
    public HtmlPassResult run(Path output, SitePlan plan) throws IOException {
        Map<String, Page> pages = plan.byUrl();
        LinkChecker links = new LinkChecker(output, settings, relativeFiles(output));
        List<PassedPage> passed = workers.map(htmlFiles(output), file -> pass(output, file, pages, links));
        List<Problem> problems = new ArrayList<>();
        Map<Path, Set<String>> ids = new HashMap<>();
        Map<String, SearchDocument> searchable = new HashMap<>();
        for (PassedPage page : passed) {
            problems.addAll(page.problems());
            ids.put(page.file(), page.ids());
            page.search().ifPresent(document -> searchable.put(document.url(), document));
        }
        // Fragment links are settled once every page's ids are known; checking only reads, so pages go in parallel.
        workers.map(passed, page -> links.check(page.linked(), ids)).forEach(problems::addAll);
        return new HtmlPassResult(problems, inPlanOrder(plan, searchable));
    }

    /** Parses one page, runs the passes, writes it back if they changed it, and keeps only what later steps need. */
    private PassedPage pass(Path output, Path file, Map<String, Page> pages, LinkChecker links) throws IOException {
        HtmlPage page = parse(output, file, pages);
        List<Problem> problems = new ArrayList<>();
        boolean changed = false;
        for (HtmlPass pass : passes) {
            changed |= pass.apply(page, problems);
        }
        if (changed) {
            Files.writeString(file, page.document().outerHtml(), StandardCharsets.UTF_8);
        }
        Set<String> ids = new HashSet<>();
        for (Element element : page.document().select("[id], a[name]")) {
            ids.add(element.hasAttr("id") ? element.id() : element.attr("name"));
        }
        LinkedPage linked = new LinkedPage(page.url(), page.source(), page.sourceFile(), links.pending(page.url(), page.document()));
        // Taken from the page as written: the passes only add ids and attributes, which the text does not show.
        Optional<SearchDocument> search = page.item().map(item -> SearchDocument.of(item, page.document()));
        return new PassedPage(file.normalize(), ids, linked, problems, search);
    }

    private HtmlPage parse(Path output, Path file, Map<String, Page> pages) throws IOException {
        String relative = output.relativize(file).toString().replace('\\', '/');
        // Only a file named index.html is a folder's page: /tin-cu/xindex.html is an alias of its own.
        String url = "/" + (relative.equals("index.html") || relative.endsWith("/index.html")
            ? relative.substring(0, relative.length() - "index.html".length()) : relative);
        Document document = Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name(), settings.absolute(url));
        document.outputSettings().prettyPrint(false);
        Page page = pages.get(url);
        if (page != null && page.model() instanceof ItemPage item) {
            String source = item.item().source();
            return new HtmlPage(url, file, document, Optional.of(item.item()), source, Optional.of(site.resolve(source)));
        }
        return new HtmlPage(url, file, document, Optional.empty(), outputLabel + "/" + relative, Optional.empty());
    }

    /** The search documents in the plan's order (URL order), which the index and its export rely on. */
    private static List<SearchDocument> inPlanOrder(SitePlan plan, Map<String, SearchDocument> searchable) {
        List<SearchDocument> documents = new ArrayList<>();
        for (Page page : plan.pages()) {
            if (page.model() instanceof ItemPage) {
                SearchDocument document = searchable.get(page.url());
                if (document == null) {
                    throw new IllegalStateException("the content page " + page.url() + " was planned but not baked");
                }
                documents.add(document);
            }
        }
        return documents;
    }

    /** Every file of the output, relative, with forward slashes. */
    private static Set<String> relativeFiles(Path output) throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(Files::isRegularFile).map(f -> output.relativize(f).toString().replace('\\', '/'))
                .collect(Collectors.toSet());
        }
    }

    private static List<Path> htmlFiles(Path output) throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    /**
     * What is kept of a page once its passes ran: not its parsed tree, which for every page at once would hold the
     * whole site in memory.
     *
     * @param file where it is, normalised (the link checker's key)
     * @param ids its ids and anchor names, for links to its fragments
     * @param linked its broken and fragment links, for the link checker
     * @param problems what the passes found on it
     * @param search its search document, for content pages
     */
    private record PassedPage(Path file, Set<String> ids, LinkedPage linked, List<Problem> problems,
                              Optional<SearchDocument> search) {
    }
}
