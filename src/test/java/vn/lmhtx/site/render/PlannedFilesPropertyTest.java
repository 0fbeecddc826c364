package vn.lmhtx.site.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.load.ContentLoader;
import vn.lmhtx.site.load.LoadResult;
import vn.lmhtx.site.load.Publication;
import vn.lmhtx.site.markdown.MarkdownRenderer;

/**
 * Random sites of news and pages with random slugs, folders, drafts and aliases (built from the site's own URLs,
 * their {@code index.html} and {@code .html} spellings, other letter case, generated files and folders): either the
 * load stage reports the clash on the line of the {@code slug} or {@code aliases} field, or the plan writes every page
 * to a file of its own, with no file where another needs a folder, nothing inside the folders the build fills and no
 * two pages answering one slash-less address. The file rules are written out here again, independently of
 * {@code OutputClaims}.
 */
class PlannedFilesPropertyTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final SiteSettings SETTINGS = new SiteSettings("Site", "Mô tả", "https://test.example", "/", "Địa chỉ",
        "0", "a@test.example", "", 1, "/assets/icon.svg");
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    /** What the build writes besides the plan's pages: robots.txt, the copied assets and the search index. */
    private static final List<String> BUILD_FILES = List.of("robots.txt");
    private static final List<String> BUILD_FOLDERS = List.of("assets", "search");

    private static final List<String> SEGMENTS = List.of("index.html", "INDEX.HTML", "tin-tuc", "Tin-Tuc", "tin-tuc.html",
        "gioi-thieu", "tim-kiem", "dai-hoi", "thanh-tuu", "tu-khoa", "chuyen-muc", "trang-2", "trang-3", "nam-2018",
        "nam-2019", "assets", "search", "feed.xml", "sitemap.xml", "robots.txt", "404.html", "404", "index", "a", "A", "b",
        "a.html", "b.html", "A.html", "x.htm", "tin-cu", "css", "manifest.json");
    private static final List<String> SLUGS = List.of("a", "b", "c", "index", "search", "assets", "tin-tuc", "gioi-thieu",
        "tim-kiem", "trang-2", "trang-3", "nam-2018", "nam-2019", "404", "tu-khoa", "feed");

    @Property(tries = 300)
    void eitherTheClashIsReportedOnItsLineOrEveryPageHasAFileOfItsOwn(@ForAll("sites") List<Source> sources,
                                                                       @ForAll("aliases") List<List<String>> aliases) {
        List<Source> site = withAliases(sources, aliases);
        LoadResult loaded = load(site);
        Map<String, Source> byPath = new HashMap<>();
        site.forEach(source -> byPath.put(source.path(), source));

        for (Problem problem : loaded.problems()) {
            Source source = byPath.get(problem.path());
            assertThat(problem.field()).as("%s", problem).isIn("slug", "aliases");
            assertThat(problem.line()).as("%s", problem).isEqualTo(problem.field().equals("slug") ? source.slugLine() : source.aliasesLine());
        }
        Statistics.label("outcome").collect(loaded.hasErrors() ? "clash reported" : "planned");
        Statistics.label("outcome").coverage(coverage -> coverage.check("planned").percentage(p -> p >= 20));
        Statistics.label("outcome").coverage(coverage -> coverage.check("clash reported").percentage(p -> p >= 20));
        if (!loaded.hasErrors()) {
            List<ContentItem> visible = Publication.visible(loaded.items(), NOW);
            assertOwnFiles(new SitePlanner(SETTINGS).plan(visible).pages());
        }
    }

    private static void assertOwnFiles(List<Page> pages) {
        Map<String, Page> byFile = new HashMap<>();
        Map<String, Page> byBareAddress = new HashMap<>();
        for (Page page : pages) {
            String file = (page.url().endsWith("/") ? page.url() + "index.html" : page.url()).substring(1).toLowerCase(Locale.ROOT);
            Page before = byFile.putIfAbsent(file, page);
            assertThat(before).as("%s and %s are both written to %s", page.url(), before == null ? "" : before.url(), file).isNull();
            bareAddress(file).ifPresent(bare -> {
                Page twin = byBareAddress.putIfAbsent(bare, page);
                assertThat(twin == null || target(twin).equals(target(page)))
                    .as("%s and %s both answer /%s", page.url(), twin == null ? "" : twin.url(), bare).isTrue();
            });
            assertThat(BUILD_FILES).as("%s is written to a file the build writes", page.url()).doesNotContain(file);
            for (String folder : folders(file)) {
                assertThat(BUILD_FILES).as("%s is written inside a file the build writes", page.url()).doesNotContain(folder);
                assertThat(BUILD_FOLDERS).as("%s is written inside a folder the build fills", page.url()).doesNotContain(folder);
            }
        }
        for (String file : byFile.keySet()) {
            for (String folder : folders(file)) {
                assertThat(byFile).as("%s needs %s to be a folder, but it is a page's file", file, folder).doesNotContainKey(folder);
            }
        }
    }

    /** Where a page leads: a redirect leads to its item, any other page to itself. */
    private static String target(Page page) {
        return page.model() instanceof PageModel.RedirectPage redirect ? redirect.target() : page.url();
    }

    private static Optional<String> bareAddress(String file) {
        return file.endsWith("/index.html") ? Optional.of(file.substring(0, file.length() - 11))
            : file.endsWith(".html") ? Optional.of(file.substring(0, file.length() - 5)) : Optional.empty();
    }

    private static List<String> folders(String file) {
        List<String> folders = new ArrayList<>();
        for (int i = file.indexOf('/'); i >= 0; i = file.indexOf('/', i + 1)) {
            folders.add(file.substring(0, i));
        }
        return folders;
    }

    // ---- generated sites -----------------------------------------------------------------------------------------

    /**
     * One content file.
     *
     * @param folder "tin-tuc", "gioi-thieu" or "" (top level)
     * @param fileName its base name
     * @param slug the slug field, if written
     * @param draft whether it is a draft
     * @param year the news date's year
     * @param aliases the aliases field, if non-empty
     */
    record Source(String folder, String fileName, Optional<String> slug, boolean draft, int year, List<String> aliases) {

        String path() {
            return "content/" + (folder.isEmpty() ? "" : folder + "/") + fileName + ".md";
        }

        boolean isNews() {
            return folder.equals("tin-tuc");
        }

        List<String> lines() {
            List<String> lines = new ArrayList<>(List.of("---", "title: Bài " + fileName, "type: " + (isNews() ? "news" : "page")));
            if (isNews()) {
                lines.add("date: " + year + "-02-21");
                lines.add("summary: Tóm tắt.");
            }
            if (draft) {
                lines.add("status: draft");
            }
            slug.ifPresent(s -> lines.add("slug: " + s));
            if (!aliases.isEmpty()) {
                lines.add("aliases: [" + String.join(", ", aliases) + "]");
            }
            lines.addAll(List.of("---", "", "Văn bản."));
            return lines;
        }

        int slugLine() {
            return slug.isPresent() ? lines().indexOf("slug: " + slug.get()) + 1 : 1;
        }

        int aliasesLine() {
            return lines().indexOf("aliases: [" + String.join(", ", aliases) + "]") + 1;
        }

        String url() {
            return "/" + (folder.isEmpty() ? "" : folder + "/") + slug.orElse(fileName) + "/";
        }
    }

    @Provide
    Arbitrary<List<Source>> sites() {
        Arbitrary<Source> source = Combinators.combine(Arbitraries.of("tin-tuc", "tin-tuc", "gioi-thieu", ""),
                Arbitraries.of(SLUGS), Arbitraries.of(SLUGS).optional(0.3), Arbitraries.of(true, false, false, false),
                Arbitraries.of(2018, 2019))
            .as((folder, name, slug, draft, year) -> new Source(folder, name, slug, draft, year, List.of()));
        return source.list().ofMinSize(1).ofMaxSize(6).uniqueElements(Source::path);
    }

    /** Up to three aliases per file: random paths of the site's own segments, or another file's URL respelt. */
    @Provide
    Arbitrary<List<List<String>>> aliases() {
        Arbitrary<String> path = Arbitraries.of(SEGMENTS).list().ofMinSize(1).ofMaxSize(3)
            .map(segments -> "/" + String.join("/", segments));
        Arbitrary<String> alias = Combinators.combine(path, Arbitraries.of("", "/", "/index.html", ".html"))
            .as((p, end) -> p + end)
            .filter(p -> !p.contains("//"));
        Arbitrary<String> oldUrl = Arbitraries.of("/tin-cu/a.html", "/tin-cu/b/", "/cu/x.html", "/cu/x.html/");
        return Arbitraries.frequencyOf(
                Tuple.of(6, alias), Tuple.of(3, oldUrl))
            .list().ofMaxSize(3).list().ofSize(6);
    }

    /** The sources with aliases; sources whose aliases would be refused by themselves (the path "/") keep none. */
    private static List<Source> withAliases(List<Source> sources, List<List<String>> aliases) {
        List<Source> site = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            List<String> own = aliases.get(i).stream().map(a -> a.equals("/") ? "/index.html" : a).toList();
            site.add(new Source(s.folder(), s.fileName(), s.slug(), s.draft(), s.year(), own));
        }
        return site;
    }

    private static LoadResult load(List<Source> site) {
        Path root = null;
        try {
            root = Files.createTempDirectory("planned-files");
            for (Source source : site) {
                Path file = root.resolve(source.path());
                Files.createDirectories(file.getParent());
                Files.writeString(file, String.join("\n", source.lines()) + "\n", UTF_8);
            }
            return new ContentLoader(MARKDOWN).load(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(root);
        }
    }

    private static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
