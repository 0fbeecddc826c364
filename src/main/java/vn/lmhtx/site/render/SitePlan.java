package vn.lmhtx.site.render;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.lmhtx.site.content.Problem;

/**
 * Every page the site will have, or the problems that stop it (two pages on one URL).
 *
 * @param pages the pages in URL order
 * @param navigation the main menu
 * @param problems errors found while planning
 */
public record SitePlan(List<Page> pages, List<NavItem> navigation, List<Problem> problems) {

    public SitePlan {
        pages = List.copyOf(pages);
        navigation = List.copyOf(navigation);
        problems = List.copyOf(problems);
    }

    public Map<String, Page> byUrl() {
        return pages.stream().collect(Collectors.toMap(Page::url, Function.identity()));
    }
}
