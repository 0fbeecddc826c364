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
import vn.lmhtx.site.content.Status;
import vn.lmhtx.site.content.VietnameseDates;
import vn.lmhtx.site.html.PreviewMarks;
import vn.lmhtx.site.html.PreviewMarks.Banner;
import vn.lmhtx.site.html.Unpublished;
import vn.lmhtx.site.load.ContentLoader;
import vn.lmhtx.site.load.Publication;
import vn.lmhtx.site.render.Page;
import vn.lmhtx.site.render.PageModel.ItemPage;
import vn.lmhtx.site.render.PageModel.RedirectPage;
import vn.lmhtx.site.render.SitePlan;

/**
 * The pages a build bakes only to check them, never to publish: scheduled news and the pages that appear with it (a
 * new tag's page, an old address of the article); in the preview also drafts, and these pages are kept, marked. Checked now, an editor's broken link is found when it is written,
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
                // A draft (planned only in the preview) is never public: a link to it is refused from any other page.
                Optional<Instant> from = item.item().status() == Status.DRAFT ? Optional.of(Instant.MAX)
                    : Publication.publishedFrom(item.item());
                from.ifPresent(time -> itemTimes.put(page.url(), time));
            }
        }
        // A page that appears with scheduled news (a new tag's page) appears with the first of it at the earliest;
        // one that appears only with drafts, never.
        Instant first = Publication.scheduled(prepared.loaded().items(), clock).stream()
            .map(Publication::publishedFrom).flatMap(Optional::stream).min(Instant::compareTo).orElse(Instant.MAX);
        Map<String, Instant> times = new HashMap<>();
        Map<String, Page> byUrl = new HashMap<>();
        for (Page page : pages) {
            String timedUrl = page.model() instanceof RedirectPage redirect ? redirect.target() : page.url();
            times.put(page.url(), itemTimes.getOrDefault(timedUrl, first));
            byUrl.put(page.url(), page);
        }
        return new UnpublishedPages(pages, new Unpublished(byUrl, times, unbuilt));
    }

    /**
     * Marks the unpublished pages' HTML files, which the preview keeps: {@code noindex} on each, and a banner on drafts
     * ("Bản nháp"), scheduled news ("Hẹn giờ đăng: 01/03/2027 08:00", in the site's zone) and the pages that come with
     * them; old addresses (redirects) get no banner.
     *
     * @param files the files of {@link #pages()}, in the same order ({@code JBakeBaker#bakeUnpublished} returns them so)
     */
    void markForPreview(List<Path> files) throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            if (files.get(i).toString().endsWith(".html")) {
                PreviewMarks.mark(files.get(i), banner(pages.get(i)));
            }
        }
    }

    private static Optional<Banner> banner(Page page) {
        if (page.model() instanceof RedirectPage) {
            return Optional.empty();
        }
        if (page.model() instanceof ItemPage item && item.item().status() == Status.DRAFT) {
            return Optional.of(new Banner("Bản nháp",
                "Bạn đọc chưa thấy bài này, chỉ bản xem trước có. Xóa dòng status: draft để đăng."));
        }
        Optional<Instant> from = page.model() instanceof ItemPage item ? Publication.publishedFrom(item.item()) : Optional.empty();
        return Optional.of(from.map(when -> new Banner("Hẹn giờ đăng: " + VietnameseDates.dateAndTime(when.atZone(VietnameseDates.ZONE)),
                "Bạn đọc thấy bài này khi trang được dựng lại sau giờ đó; đến lúc ấy chỉ bản xem trước có."))
            .orElse(new Banner("Chưa đăng", "Trang này đi cùng bản nháp hoặc tin hẹn giờ; bạn đọc chưa thấy, chỉ bản xem trước có.")));
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
