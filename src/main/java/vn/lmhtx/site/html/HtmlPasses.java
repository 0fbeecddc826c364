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
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.render.Page;
import vn.lmhtx.site.render.PageModel.ItemPage;
import vn.lmhtx.site.render.SitePlan;
import vn.lmhtx.site.render.SiteSettings;

/** Runs the HTML passes over every baked page, parsing each page once, then checks every internal link. */
public final class HtmlPasses {

    private final SiteSettings settings;
    private final Path site;
    private final String outputLabel;

    /**
     * @param settings the site's settings (host and base path decide which links are internal)
     * @param site the site folder, to read content files for line numbers
     * @param outputLabel how problems name the output folder ("target/public")
     */
    public HtmlPasses(SiteSettings settings, Path site, String outputLabel) {
        this.settings = settings;
        this.site = site;
        this.outputLabel = outputLabel;
    }

    /** Applies the passes to the pages in {@code output}, rewriting changed pages; returns every problem found. */
    public List<Problem> run(Path output, SitePlan plan) throws IOException {
        Map<String, Page> pages = plan.byUrl();
        List<HtmlPass> passes = List.of(new HeadingAnchors(), new ExternalLinks(settings.hostName()), new ImageChecks(settings.hostName()));
        List<Problem> problems = new ArrayList<>();
        List<LinkedPage> linked = new ArrayList<>();
        Map<Path, Set<String>> ids = new HashMap<>();
        for (Path file : htmlFiles(output)) {
            HtmlPage page = parse(output, file, pages);
            boolean changed = false;
            for (HtmlPass pass : passes) {
                changed |= pass.apply(page, problems);
            }
            if (changed) {
                Files.writeString(file, page.document().outerHtml(), StandardCharsets.UTF_8);
            }
            Set<String> pageIds = new HashSet<>();
            for (Element element : page.document().select("[id], a[name]")) {
                pageIds.add(element.hasAttr("id") ? element.id() : element.attr("name"));
            }
            ids.put(file.normalize(), pageIds);
            linked.add(new LinkedPage(page.url(), page.source(), page.sourceText(), LinkChecker.linksOf(page.document())));
        }
        LinkChecker links = new LinkChecker(output, settings, ids);
        linked.forEach(page -> links.check(page, problems));
        return problems;
    }

    private HtmlPage parse(Path output, Path file, Map<String, Page> pages) throws IOException {
        String relative = output.relativize(file).toString().replace('\\', '/');
        String url = "/" + (relative.endsWith("index.html") ? relative.substring(0, relative.length() - "index.html".length()) : relative);
        Document document = Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name(), settings.absolute(url));
        document.outputSettings().prettyPrint(false);
        Page page = pages.get(url);
        if (page != null && page.model() instanceof ItemPage item) {
            String source = item.item().source();
            String text = Files.readString(site.resolve(source), StandardCharsets.UTF_8);
            return new HtmlPage(url, file, document, source, text);
        }
        return new HtmlPage(url, file, document, outputLabel + "/" + relative, "");
    }

    private static List<Path> htmlFiles(Path output) throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }
}
