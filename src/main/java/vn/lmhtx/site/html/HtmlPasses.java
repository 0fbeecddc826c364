package vn.lmhtx.site.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.parallel.Workers;
import vn.lmhtx.site.render.Page;
import vn.lmhtx.site.render.PageModel.ItemPage;
import vn.lmhtx.site.render.SitePlan;
import vn.lmhtx.site.render.SiteSettings;

/**
 * Runs the HTML passes over every baked page, parsing each page once (pages in parallel, each on its own), offers each
 * content page to the caller's reader while it is parsed, then checks every internal link.
 */
public final class HtmlPasses {

    private final SiteSettings settings;
    private final Path site;
    private final String outputLabel;
    private final Workers workers;
    private final List<HtmlPass> passes;
    private final boolean writes;

    /**
     * @param settings the site's settings (host and base path decide which links are internal)
     * @param site the site folder, to read content files for line numbers
     * @param outputLabel how problems name the output folder ("target/public")
     * @param workers the threads pages are parsed, passed over and link-checked on; the result does not depend on them
     */
    public HtmlPasses(SiteSettings settings, Path site, String outputLabel, Workers workers) {
        this(settings, site, outputLabel, workers, true);
    }

    private HtmlPasses(SiteSettings settings, Path site, String outputLabel, Workers workers, boolean writes) {
        this.settings = settings;
        this.site = site;
        this.outputLabel = outputLabel;
        this.workers = workers;
        this.writes = writes;
        // The passes keep no state between pages, so all threads share them.
        this.passes = List.of(new HeadingAnchors(), new ExternalLinks(settings.hostName()), new ImageChecks(settings.hostName()));
    }

    /**
     * The same passes, finding the same problems and taking the same from content pages, that leave the files as
     * baked: for a check, whose output is thrown away (serialising and writing a page of megabytes back is work
     * the check does not need).
     */
    public HtmlPasses withoutWriting() {
        return new HtmlPasses(settings, site, outputLabel, workers, false);
    }

    /**
     * Applies the passes to the pages in {@code output}, rewriting changed pages, and checks their links. Problems come
     * in the order a sequential run finds them: each page's, in path order, then the broken links, in path order.
     * {@code output} may also hold {@code unpublished}'s pages, checked like the others; only {@code plan}'s content
     * pages are handed back from {@code reader}.
     */
    public <T> HtmlPassResult<T> run(Path output, SitePlan plan, Unpublished unpublished, ContentPageReader<T> reader)
        throws IOException {
        return run(output, plan, unpublished, reader, new PassMemo<>());
    }

    /**
     * As {@link #run(Path, SitePlan, Unpublished, ContentPageReader)}, taking from {@code memo} the pages it still holds
     * instead of parsing them again, and remembering every page for the next run. The caller makes the memo
     * {@linkplain PassMemo#forget forget} every page it rewrote; the set of files and {@code unpublished} must be those
     * of the run that filled it.
     */
    public <T> HtmlPassResult<T> run(Path output, SitePlan plan, Unpublished unpublished, ContentPageReader<T> reader,
                                     PassMemo<T> memo) throws IOException {
        Map<String, Page> pages = new HashMap<>(unpublished.pages());
        pages.putAll(plan.byUrl());
        OutputFiles files = OutputFiles.of(output);
        LinkChecker links = new LinkChecker(output, settings, files.relative(), unpublished);
        List<PassedPage<T>> passed = workers.map(files.html(), file -> {
            String relative = output.relativize(file).toString().replace('\\', '/');
            Optional<PassedPage<T>> known = memo.get(relative, output);
            return known.isPresent() ? known.get() : pass(output, file, pages, links, reader);
        });
        memo.keep(output, passed.stream().collect(Collectors.toMap(page -> output.normalize().relativize(page.file()).toString()
            .replace('\\', '/'), page -> page)));
        List<Problem> problems = new ArrayList<>();
        Map<Path, Set<String>> ids = new HashMap<>();
        Map<String, T> taken = new HashMap<>();
        for (PassedPage<T> page : passed) {
            problems.addAll(page.problems());
            ids.put(page.file(), page.ids());
            page.taken().ifPresent(value -> taken.put(page.linked().url(), value));
        }
        // Fragment links are settled once every page's ids are known; checking only reads, so pages go in parallel.
        workers.map(passed, page -> links.check(page.linked(), ids)).forEach(problems::addAll);
        return new HtmlPassResult<>(problems, inPlanOrder(plan, taken));
    }

    /**
     * Applies the passes to just {@code files} (pages in {@code output}) and writes back those they changed, checking no
     * link and keeping nothing: what they write depends on the page alone, so these are the bytes a
     * {@linkplain #run full run} writes, and a later run finds nothing more to change in them. For a preview that shows
     * some pages before it checks the whole output.
     */
    public void writeOnly(Path output, List<Path> files, SitePlan plan, Unpublished unpublished) throws IOException {
        Map<String, Page> pages = new HashMap<>(unpublished.pages());
        pages.putAll(plan.byUrl());
        workers.map(files, file -> {
            HtmlPage page = parse(output, file, pages);
            if (applyPasses(page, new ArrayList<>()) && writes) {
                writeBack(file, page.document().outerHtml());
            }
            return file;
        });
    }

    /**
     * Writes a page back as a new file, not over the old one: ext4 (its default {@code auto_da_alloc}) writes a file
     * truncated and rewritten out to disk when it is closed, on the closing thread; a new file's data goes out later,
     * with the kernel's own writeback.
     */
    static void writeBack(Path file, String html) throws IOException {
        Files.delete(file);
        Files.writeString(file, html, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /** Runs every pass over {@code page}, adding what they find to {@code problems}; whether any changed it. */
    private boolean applyPasses(HtmlPage page, List<Problem> problems) {
        boolean changed = false;
        for (HtmlPass pass : passes) {
            changed |= pass.apply(page, problems);
        }
        return changed;
    }

    /** Parses one page, runs the passes, writes it back if they changed it, and keeps only what later steps need. */
    private <T> PassedPage<T> pass(Path output, Path file, Map<String, Page> pages, LinkChecker links, ContentPageReader<T> reader)
        throws IOException {
        HtmlPage page = parse(output, file, pages);
        List<Problem> problems = new ArrayList<>();
        if (applyPasses(page, problems) && writes) {
            writeBack(file, page.document().outerHtml());
        }
        Set<String> ids = page.elements().ids();
        Set<String> targets = new HashSet<>();
        LinkedPage linked = new LinkedPage(page.url(), page.source(), page.sourceFile(),
            links.pending(page.url(), page.elements().linked(), targets));
        // Taken from the page as written: the passes only add ids and attributes, which the text does not show.
        Optional<T> taken = page.item().map(item -> reader.read(item, page.document()));
        return new PassedPage<>(file.normalize(), ids, linked, problems, taken, Set.copyOf(targets));
    }

    private HtmlPage parse(Path output, Path file, Map<String, Page> pages) throws IOException {
        String relative = output.relativize(file).toString().replace('\\', '/');
        // Only a file named index.html is a folder's page: /tin-cu/xindex.html is an alias of its own.
        String url = "/" + (relative.equals("index.html") || relative.endsWith("/index.html")
            ? relative.substring(0, relative.length() - "index.html".length()) : relative);
        Document document = parseHtml(file, settings.absolute(url));
        document.outputSettings().prettyPrint(false);
        Page page = pages.get(url);
        if (page != null && page.model() instanceof ItemPage item) {
            String source = item.item().source();
            return new HtmlPage(url, file, document, Optional.of(item.item()), source, Optional.of(site.resolve(source)));
        }
        return new HtmlPage(url, file, document, Optional.empty(), outputLabel + "/" + relative, Optional.empty());
    }

    /**
     * The page at {@code file}, parsed as UTF-8. Read whole and decoded at once rather than through jsoup's stream
     * reader, which decodes in small buffers at several times the cost; the same tree. A file that starts with a byte
     * order mark, which jsoup reads to choose the charset, is left to jsoup (the baked pages have none).
     */
    private static Document parseHtml(Path file, String baseUri) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean byteOrderMark = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xEF || (bytes[0] & 0xFF) == 0xFE
            || (bytes[0] & 0xFF) == 0xFF || (bytes[0] == 0 && bytes[1] == 0));
        return byteOrderMark ? Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name(), baseUri)
            : Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), baseUri);
    }

    /** What was taken of the plan's content pages, in the plan's order (URL order), which the search index relies on. */
    private static <T> List<T> inPlanOrder(SitePlan plan, Map<String, T> taken) {
        List<T> inOrder = new ArrayList<>();
        for (Page page : plan.pages()) {
            if (page.model() instanceof ItemPage) {
                T value = taken.get(page.url());
                if (value == null) {
                    throw new IllegalStateException("the content page " + page.url() + " was planned but not baked");
                }
                inOrder.add(value);
            }
        }
        return inOrder;
    }

    /**
     * The output's files, found in one walk (at 5,000 articles a preview's save walks 11,000 files): every regular
     * file, relative, with forward slashes, and the HTML files, sorted.
     */
    private record OutputFiles(Set<String> relative, List<Path> html) {

        static OutputFiles of(Path output) throws IOException {
            Set<String> relative = new HashSet<>();
            List<Path> html = new ArrayList<>();
            Files.walkFileTree(output, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        relative.add(output.relativize(file).toString().replace('\\', '/'));
                    }
                    if (file.toString().endsWith(".html")) {
                        html.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            html.sort(null);
            return new OutputFiles(relative, html);
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
     * @param taken what the caller's reader took of it, for content pages
     * @param targets the output files its internal links were settled against (relative, forward slashes)
     */
    record PassedPage<T>(Path file, Set<String> ids, LinkedPage linked, List<Problem> problems, Optional<T> taken,
                         Set<String> targets) {
    }
}
