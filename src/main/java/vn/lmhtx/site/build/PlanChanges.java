package vn.lmhtx.site.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.lmhtx.site.content.Attachment;
import vn.lmhtx.site.content.PictureVariant;
import vn.lmhtx.site.render.Page;
import vn.lmhtx.site.render.PageModel.ItemPage;
import vn.lmhtx.site.render.SitePlan;

/**
 * Compares the plan of the last build with the plan after a save: which pages must be rendered again, which are gone,
 * and whether the change reaches beyond pages (the navigation, the photos and PDFs published), which only a full build
 * handles. A page is made only from its planned {@link Page} (with the navigation, the settings and the templates), so
 * a page whose {@code Page} is equal and whose content file did not change is the same page.
 */
final class PlanChanges {

    private PlanChanges() {
    }

    /** Why the change needs a full build, or empty when re-rendering changed pages and removing gone ones is exact. */
    static Optional<String> needsFullBuild(SiteBuilder.Prepared before, SiteBuilder.Prepared now) {
        if (!before.plan().navigation().equals(now.plan().navigation())) {
            return Optional.of("the navigation changed");
        }
        if (!publishedFiles(before.plan()).equals(publishedFiles(now.plan()))) {
            return Optional.of("photos or PDFs published changed");
        }
        return Optional.empty();
    }

    /**
     * The pages of {@code now} that {@code before} did not have, whose {@code Page} differs from {@code before}'s at the
     * same URL, or that are made from one of the {@code changed} files; in {@code now}'s order.
     */
    static List<Page> changedPages(SitePlan before, SitePlan now, Set<String> changed) {
        Map<String, Page> earlier = before.byUrl();
        List<Page> dirty = new ArrayList<>();
        for (Page page : now.pages()) {
            // A content file edited without changing its page (a comment, a blank line in the front matter) still
            // moves the lines its problems point to.
            boolean fromChanged = page.model() instanceof ItemPage item && changed.contains(item.item().source());
            if (fromChanged || !page.equals(earlier.get(page.url()))) {
                dirty.add(page);
            }
        }
        return dirty;
    }

    /** The URLs of {@code before}'s pages that {@code now} does not have, in {@code before}'s order. */
    static List<String> gonePages(SitePlan before, SitePlan now) {
        Map<String, Page> kept = now.byUrl();
        return before.pages().stream().map(Page::url).filter(url -> !kept.containsKey(url)).toList();
    }

    /** The URLs of the photos and PDFs published beside the plan's pages, with the files they are copied from. */
    private static Set<String> publishedFiles(SitePlan plan) {
        return plan.pages().stream().filter(page -> page.model() instanceof ItemPage)
            .map(page -> ((ItemPage) page.model()).item())
            .flatMap(item -> Stream.concat(
                item.pictures().stream().flatMap(picture -> picture.variants().stream()).map(PictureVariant::url),
                item.document().flatMap(d -> d.attachment()).stream().map(Attachment::url)))
            .collect(Collectors.toSet());
    }
}
