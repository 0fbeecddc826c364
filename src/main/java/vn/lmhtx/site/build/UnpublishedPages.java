package vn.lmhtx.site.build;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.html.Unpublished;
import vn.lmhtx.site.load.ContentLoader;
import vn.lmhtx.site.load.Publication;
import vn.lmhtx.site.render.Page;
import vn.lmhtx.site.render.PageModel.ItemPage;
import vn.lmhtx.site.render.PageModel.RedirectPage;
import vn.lmhtx.site.render.SitePlan;

/**
 * The pages a build bakes only to check them, never to publish: scheduled news and the pages that appear with it (a
 * new tag's page, an old address of the article). Checked now, an editor's broken link is found when it is written,
 * not on the day the article comes out, when the next push by anyone would fail.
 *
 * @param pages the pages of the future plan that the published plan does not have
 * @param forLinks what the link check needs to know of them, and of content files with errors
 */
record UnpublishedPages(List<Page> pages, Unpublished forLinks) {

    static UnpublishedPages of(SiteBuilder.Prepared prepared, Clock clock) {
        Set<String> unbuilt = unbuiltUrls(prepared.problems(), prepared.loaded().items());
        if (prepared.future().isEmpty()) {
            return new UnpublishedPages(List.of(), new Unpublished(Map.of(), Map.of(), unbuilt));
        }
        SitePlan future = prepared.future().get();
        Set<String> published = prepared.plan().byUrl().keySet();
        List<Page> pages = future.pages().stream().filter(page -> !published.contains(page.url())).toList();
        Map<String, Instant> itemTimes = new HashMap<>();
        for (Page page : pages) {
            if (page.model() instanceof ItemPage item) {
                Publication.publishedFrom(item.item()).ifPresent(from -> itemTimes.put(page.url(), from));
            }
        }
        // A page that appears with scheduled news (a new tag's page) appears with the first of it at the earliest.
        Instant first = Publication.scheduled(prepared.loaded().items(), clock).stream()
            .map(Publication::publishedFrom).flatMap(Optional::stream).min(Instant::compareTo).orElseThrow();
        Map<String, Instant> times = new HashMap<>();
        Map<String, Page> byUrl = new HashMap<>();
        for (Page page : pages) {
            String timedUrl = page.model() instanceof RedirectPage redirect ? redirect.target() : page.url();
            times.put(page.url(), itemTimes.getOrDefault(timedUrl, first));
            byUrl.put(page.url(), page);
        }
        return new UnpublishedPages(pages, new Unpublished(byUrl, times, unbuilt));
    }

    /** Removes the files of the unpublished pages from {@code output}, and the folders that held only them. */
    static void remove(List<Path> files, Path output) throws IOException {
        Path root = output.toAbsolutePath().normalize();
        for (Path file : files) {
            Files.deleteIfExists(file);
            for (Path folder = file.toAbsolutePath().normalize().getParent(); folder != null && !folder.equals(root)
                && folder.startsWith(root); folder = folder.getParent()) {
                try {
                    Files.delete(folder);
                } catch (DirectoryNotEmptyException e) {
                    break;
                }
            }
        }
    }

    /**
     * The URLs that content files with errors have or would have had: an item's own URL and aliases when it loaded,
     * else the URL of its folder and file name (a file whose errors hide a {@code slug} of its own is not found).
     * Links to them are checked once the file is fixed.
     */
    private static Set<String> unbuiltUrls(List<Problem> problems, List<ContentItem> loaded) {
        Set<String> urls = new LinkedHashSet<>();
        String prefix = ContentLoader.CONTENT + "/";
        Set<String> withErrors = new HashSet<>();
        for (Problem problem : problems) {
            if (problem.isError()) {
                withErrors.add(problem.path());
            }
        }
        for (ContentItem item : loaded) {
            if (withErrors.contains(item.source())) {
                urls.add(item.url());
                urls.addAll(item.aliases());
            }
        }
        for (Problem problem : problems) {
            if (problem.isError() && problem.path().startsWith(prefix) && problem.path().endsWith(".md")) {
                String inContent = problem.path().substring(prefix.length(), problem.path().length() - ".md".length());
                int slash = inContent.indexOf('/');
                String folder = slash < 0 ? "" : inContent.substring(0, slash + 1);
                urls.add("/" + folder + inContent.substring(inContent.lastIndexOf('/') + 1) + "/");
            }
        }
        return urls;
    }
}
