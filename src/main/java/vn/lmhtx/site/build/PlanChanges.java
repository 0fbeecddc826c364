package vn.lmhtx.site.build;

import java.util.ArrayList;
import java.util.List;
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
 * Compares the plan of the last build with the plan after a save: which pages must be rendered again, and whether the
 * change reaches beyond pages (which pages exist, the navigation, what is unpublished, the photos and PDFs published),
 * which only a full build handles. A page is made only from its planned {@link Page} (with the navigation, the settings
 * and the templates), so a page whose {@code Page} is equal and whose content file did not change is the same page.
 */
final class PlanChanges {

    private PlanChanges() {
    }

    /** Why the change needs a full build, or empty when re-rendering changed pages is exact. */
    static Optional<String> needsFullBuild(SiteBuilder.Prepared before, SiteBuilder.Prepared now,
                                           UnpublishedPages unpublishedBefore, UnpublishedPages unpublished) {
        if (!urls(before.plan().pages()).equals(urls(now.plan().pages()))) {
            return Optional.of("pages added, removed or moved");
        }
        if (!before.plan().navigation().equals(now.plan().navigation())) {
            return Optional.of("the navigation changed");
        }
        if (before.future().isPresent() != now.future().isPresent()
            || !urls(unpublishedBefore.pages()).equals(urls(unpublished.pages()))
            || !unpublishedBefore.forLinks().publishedFrom().equals(unpublished.forLinks().publishedFrom())
            || !unpublishedBefore.forLinks().unbuilt().equals(unpublished.forLinks().unbuilt())) {
            return Optional.of("unpublished pages changed");
        }
        if (!publishedFiles(before.plan()).equals(publishedFiles(now.plan()))) {
            return Optional.of("photos or PDFs published changed");
        }
        return Optional.empty();
    }

    /** The pages of {@code now} that differ from {@code before}'s or are made from one of the {@code changed} files. */
    static List<Page> changedPages(SitePlan before, SitePlan now, Set<String> changed) {
        List<Page> dirty = new ArrayList<>();
        for (int i = 0; i < now.pages().size(); i++) {
            Page page = now.pages().get(i);
            // A content file edited without changing its page (a comment, a blank line in the front matter) still
            // moves the lines its problems point to.
            boolean fromChanged = page.model() instanceof ItemPage item && changed.contains(item.item().source());
            if (fromChanged || !page.equals(before.pages().get(i))) {
                dirty.add(page);
            }
        }
        return dirty;
    }

    private static List<String> urls(List<Page> pages) {
        return pages.stream().map(Page::url).toList();
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
