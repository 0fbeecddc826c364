package vn.lmhtx.site.render;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every page the site will have.
 *
 * @param pages the pages in URL order
 * @param navigation the main menu
 */
public record SitePlan(List<Page> pages, List<NavItem> navigation) {

    public SitePlan {
        pages = List.copyOf(pages);
        navigation = List.copyOf(navigation);
    }

    public Map<String, Page> byUrl() {
        return pages.stream().collect(Collectors.toMap(Page::url, Function.identity()));
    }
}
