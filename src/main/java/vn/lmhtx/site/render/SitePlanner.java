package vn.lmhtx.site.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.PageKind;
import vn.lmhtx.site.content.Section;
import vn.lmhtx.site.content.OutputClaims;
import vn.lmhtx.site.content.PassedClaims;
import vn.lmhtx.site.content.SiteUrls;
import vn.lmhtx.site.render.PageModel.FeedPage;
import vn.lmhtx.site.render.PageModel.HomePage;
import vn.lmhtx.site.render.PageModel.ItemPage;
import vn.lmhtx.site.render.PageModel.KeyFigure;
import vn.lmhtx.site.render.PageModel.LabelIndexPage;
import vn.lmhtx.site.render.PageModel.ListPage;
import vn.lmhtx.site.render.PageModel.NewsListPage;
import vn.lmhtx.site.render.PageModel.NotFoundPage;
import vn.lmhtx.site.render.PageModel.PathGroup;
import vn.lmhtx.site.render.PageModel.RedirectPage;
import vn.lmhtx.site.render.PageModel.SearchPage;
import vn.lmhtx.site.render.PageModel.SitemapEntry;
import vn.lmhtx.site.render.PageModel.SitemapPage;
import vn.lmhtx.site.render.PageModel.YearLink;

/** Plans every page of the site from the items readers may see: item pages, lists, tags, feed, sitemap, redirects. */
public final class SitePlanner {

    static final String HOME_TITLE = "Trang chủ";
    private static final int HOME_NEWS = 5;
    private static final int SEARCH_SUGGESTIONS = 8;
    private static final int FEED_ITEMS = 20;
    private static final int RELATED = 5;

    private final SiteSettings settings;
    private final List<Section> sections;

    /** A planner for the site's own sections, {@link Section#ALL}. */
    public SitePlanner(SiteSettings settings) {
        this(settings, Section.ALL);
    }

    /**
     * A planner for {@code sections}: each gets its list page (sections that share a URL share one list) and its
     * items' pages. The news section alone also gets pages of its list, years, tags, categories and the feed.
     */
    public SitePlanner(SiteSettings settings, List<Section> sections) {
        this.settings = settings;
        this.sections = List.copyOf(sections);
    }

    /** The plan for {@code visible}, the published items only. */
    public SitePlan plan(List<ContentItem> visible) {
        return plan(visible, new PlanMemo());
    }

    /**
     * The plan for {@code visible}, as {@link #plan(List)} makes it, sparing what {@code memo} kept of the last plan
     * made with it and keeping this one's for the next.
     */
    public SitePlan plan(List<ContentItem> visible, PlanMemo memo) {
        return plan(visible, memo, item -> true);
    }

    /**
     * The plan for {@code visible} as {@link #plan(List, PlanMemo)} makes it, but with item pages (and old addresses)
     * only for the items {@code withPage} accepts; every list, tag, category and year page, the feed and the sitemap are
     * as in the whole plan (the sitemap lists only the pages planned). An item's page costs the most to plan (its
     * neighbours, reading paths and related news): a build needs of the plan with scheduled news and drafts only the
     * pages the published plan lacks.
     */
    public SitePlan plan(List<ContentItem> visible, PlanMemo memo, Predicate<ContentItem> withPage) {
        Pages pages = new Pages();
        List<ContentItem> news = visible.stream().filter(i -> i.section() == Section.NEWS).sorted(Ordering.NEWEST_FIRST).toList();
        List<ContentItem> congresses = visible.stream().filter(i -> i.section() == Section.CONGRESS)
            .sorted(Ordering.of(Section.CONGRESS.order())).toList();
        List<TimelineEntry> timeline = Timeline.of(visible);
        List<ContentItem> about = visible.stream()
            .filter(i -> i.section() == Section.HISTORY || i.section() == Section.PAGE)
            .sorted(Ordering.byVietnameseTitle()).toList();

        Map<String, ContentItem> newsByUrl = new LinkedHashMap<>();
        news.forEach(item -> newsByUrl.put(item.url(), item));
        List<ContentItem> achievements = visible.stream().filter(i -> i.section() == Section.ACHIEVEMENT)
            .sorted(Ordering.of(Section.ACHIEVEMENT.order())).toList();
        pages.generated(new Page(SiteUrls.HOME, PageKind.MASTERINDEX, settings.title(), List.of(),
            new HomePage(news.stream().limit(HOME_NEWS).toList(), timeline, about, keyFigures(achievements, newsByUrl))));
        newsLists(news, pages);
        sectionLists(visible, pages);
        DocumentLists documents = new DocumentLists(visible.stream().filter(i -> i.section() == Section.DOCUMENT)
            .sorted(Ordering.of(Section.DOCUMENT.order())).toList(), congresses);
        documents.plan(pages::generated, home());
        List<LabelCount> tags = labelPages(news, pages);
        Related related = new Related(news, memo);
        Neighbours neighbours = new Neighbours(news, newestFirst(congresses), related, newsByUrl);
        ReadingPaths paths = new ReadingPaths(visible, sections, settings.basePath(), documents::decisionDocument, memo);
        for (ContentItem item : visible) {
            if (withPage.test(item)) {
                pages.item(item, itemPage(item, neighbours, timeline, documents, paths));
            }
        }
        related.keep();
        pages.generated(new Page(SiteUrls.FEED, PageKind.FEED, settings.title(), List.of(),
            new FeedPage(news.stream().limit(FEED_ITEMS).toList(), news.stream().findFirst().flatMap(ContentItem::date))));
        pages.generated(new Page(SiteUrls.SEARCH, PageKind.SEARCH, "Tìm kiếm", home(),
            new SearchPage(news.stream().limit(HOME_NEWS).toList(), mostUsed(tags))));
        pages.generated(new Page(SiteUrls.NOT_FOUND, PageKind.ERROR404, "Không tìm thấy trang", List.of(), new NotFoundPage()));
        pages.generated(new Page(SiteUrls.SITEMAP, PageKind.SITEMAP, settings.title(), List.of(), new SitemapPage(sitemap(pages.all(), visible))));
        for (ContentItem item : visible.stream().filter(withPage).toList()) {
            for (String alias : item.aliases()) {
                pages.alias(item, new Page(alias, PageKind.REDIRECT, item.title(), List.of(), new RedirectPage(item.url())));
            }
        }
        pages.check(memo);
        return new SitePlan(pages.all(), navigation(visible));
    }

    /** The main menu; "Lịch sử" leads to the history item when there is one. */
    private static List<NavItem> navigation(List<ContentItem> visible) {
        List<NavItem> nav = new ArrayList<>();
        nav.add(new NavItem(HOME_TITLE, SiteUrls.HOME));
        nav.add(new NavItem(Section.PAGE.listTitle(), Section.PAGE.url()));
        visible.stream().filter(i -> i.section() == Section.HISTORY).findFirst()
            .ifPresent(history -> nav.add(new NavItem(Section.HISTORY.label(), history.url())));
        nav.add(new NavItem(Section.CONGRESS.listTitle(), Section.CONGRESS.url()));
        nav.add(new NavItem(Section.ACHIEVEMENT.listTitle(), Section.ACHIEVEMENT.url()));
        // Only a site with documents has their list, so only such a site's menu leads to it.
        if (visible.stream().anyMatch(i -> i.section() == Section.DOCUMENT)) {
            nav.add(new NavItem(Section.DOCUMENT.listTitle(), Section.DOCUMENT.url()));
        }
        nav.add(new NavItem(Section.NEWS.listTitle(), Section.NEWS.url()));
        nav.add(new NavItem("Tìm kiếm", SiteUrls.SEARCH));
        return nav;
    }

    /** The first figure of each achievement: editors choose a home-page figure by putting it first. */
    private static List<KeyFigure> keyFigures(List<ContentItem> achievements, Map<String, ContentItem> news) {
        return achievements.stream()
            .filter(item -> !item.achievement().orElseThrow().metrics().isEmpty())
            .map(item -> new KeyFigure(item.achievement().orElseThrow().metrics().get(0), item.url(), figureSource(item, news)))
            .toList();
    }

    /**
     * Where an achievement's figures come from, among the published news ({@code news} by URL): the load stage has
     * refused a source that is no news article; one still scheduled shows once it is published.
     */
    private static Optional<FigureSource> figureSource(ContentItem item, Map<String, ContentItem> news) {
        return item.achievement().flatMap(achievement -> achievement.source().map(news::get)
            .map(article -> new FigureSource(article, achievement.asOf())));
    }

    private void newsLists(List<ContentItem> news, Pages pages) {
        Map<Integer, List<ContentItem>> byYear = new TreeMap<>(Comparator.reverseOrder());
        news.forEach(item -> byYear.computeIfAbsent(item.date().orElseThrow().year(), y -> new ArrayList<>()).add(item));
        List<YearLink> years = new ArrayList<>();
        byYear.forEach((year, items) -> years.add(new YearLink(year, items.size(), SiteUrls.newsYear(year))));
        String list = Section.NEWS.listTitle();
        byYear.forEach((year, items) -> {
            String title = list + " năm " + year;
            pages.generated(new Page(SiteUrls.newsYear(year), PageKind.NEWSYEAR, title,
                List.of(homeCrumb(), new Crumb(list, SiteUrls.NEWS)),
                new NewsListPage(title, title, items, Optional.empty(), years)));
        });
        int perPage = settings.newsPerPage();
        int count = Math.max(1, (news.size() + perPage - 1) / perPage);
        // List.copyOf: a list Pagination keeps as it is, one for every page of the list (a stream's toList() it would copy).
        List<String> urls = List.copyOf(IntStream.rangeClosed(1, count).mapToObj(SiteUrls::newsPage).toList());
        for (int n = 1; n <= count; n++) {
            List<ContentItem> slice = news.subList((n - 1) * perPage, Math.min(news.size(), n * perPage));
            String title = n == 1 ? list : list + " – trang " + n;
            List<Crumb> crumbs = n == 1 ? home() : List.of(homeCrumb(), new Crumb(list, SiteUrls.NEWS));
            pages.generated(new Page(urls.get(n - 1), Section.NEWS.listKind(), title, crumbs,
                new NewsListPage(title, list, slice, Optional.of(new Pagination(n, urls)), years)));
        }
    }

    /**
     * One list page per section URL (the news list has pages and years of its own, see {@link #newsLists}): the items
     * of the sections at that URL whose pages sit under it, in the order of the first of them.
     */
    private void sectionLists(List<ContentItem> visible, Pages pages) {
        Map<String, List<Section>> byUrl = new LinkedHashMap<>();
        // News and documents have lists of their own (newsLists, DocumentLists).
        sections.stream().filter(section -> section != Section.NEWS && section != Section.DOCUMENT)
            .forEach(section -> byUrl.computeIfAbsent(section.url(), u -> new ArrayList<>()).add(section));
        byUrl.forEach((url, shared) -> {
            Section first = shared.get(0);
            List<ContentItem> items = visible.stream()
                .filter(i -> shared.contains(i.section()) && i.url().startsWith(url))
                .sorted(Ordering.of(first.order())).toList();
            pages.generated(new Page(url, first.listKind(), first.listTitle(), home(),
                new ListPage(first.listHeading(), items, Optional.empty())));
        });
    }

    /** The tags most news carries, most used first (ties in Vietnamese order), as the search page suggests them. */
    private static List<LabelCount> mostUsed(List<LabelCount> tags) {
        return tags.stream().sorted(Comparator.comparingInt(LabelCount::count).reversed()).limit(SEARCH_SUGGESTIONS).toList();
    }

    /** Plans the tag and category pages and their indexes; returns the tags, in Vietnamese order, with their counts. */
    private List<LabelCount> labelPages(List<ContentItem> news, Pages pages) {
        List<LabelCount> tags = new ArrayList<>();
        LabelGroups.of(news, ContentItem::tags).forEach((tag, items) -> {
            String url = tag.url();
            tags.add(new LabelCount(tag, items.size(), url));
            pages.generated(new Page(url, PageKind.TAG, tag.name(), List.of(homeCrumb(), new Crumb("Từ khóa", SiteUrls.TAGS)),
                new ListPage("Từ khóa: " + tag.name(), items, Optional.empty())));
        });
        pages.generated(new Page(SiteUrls.TAGS, PageKind.TAGS, "Từ khóa", home(), new LabelIndexPage(tags)));
        List<LabelCount> categories = new ArrayList<>();
        LabelGroups.of(news, item -> item.category().stream().toList()).forEach((category, items) -> {
            String url = category.url();
            categories.add(new LabelCount(category, items.size(), url));
            pages.generated(new Page(url, PageKind.CATEGORY, category.name(), List.of(homeCrumb(), new Crumb("Chuyên mục", SiteUrls.CATEGORIES)),
                new ListPage("Chuyên mục: " + category.name(), items, Optional.empty())));
        });
        pages.generated(new Page(SiteUrls.CATEGORIES, PageKind.CATEGORIES, "Chuyên mục", home(), new LabelIndexPage(categories)));
        return tags;
    }

    private Page itemPage(ContentItem item, Neighbours neighbours, List<TimelineEntry> timeline, DocumentLists documents,
                          ReadingPaths paths) {
        List<ContentItem> siblings = item.section() == Section.NEWS ? neighbours.news()
            : item.section() == Section.CONGRESS ? neighbours.congresses() : List.of();
        int index = neighbours.indexOf(item);
        // Lists run newest first, so the item after this one in the list is the previous (older) one.
        Optional<ContentItem> previous = index >= 0 && index + 1 < siblings.size() ? Optional.of(siblings.get(index + 1)) : Optional.empty();
        Optional<ContentItem> next = index > 0 ? Optional.of(siblings.get(index - 1)) : Optional.empty();
        List<PathGroup> itemPaths = paths.of(item);
        // News already on the reading paths is not offered again as related news.
        Set<ContentItem> onPaths = Collections.newSetFromMap(new IdentityHashMap<>());
        itemPaths.forEach(group -> onPaths.addAll(group.items()));
        List<ContentItem> related = item.section() == Section.NEWS
            ? neighbours.related().to(item, RELATED + onPaths.size()).stream().filter(n -> !onPaths.contains(n)).limit(RELATED).toList()
            : List.of();
        List<TimelineEntry> itemTimeline = item.section() == Section.HISTORY ? timeline : List.of();
        return new Page(item.url(), item.section().itemKind(), item.title(), crumbsFor(item),
            new ItemPage(item, previous, next, related, itemTimeline, documents.decisionDocument(item),
                documents.congressesOf(item), itemPaths, figureSource(item, neighbours.byUrl())));
    }

    /**
     * Where each news item and congress sits in its list, found in constant time, their related news, and the news by
     * URL (the sources of figures).
     */
    private record Neighbours(List<ContentItem> news, List<ContentItem> congresses, Related related,
                              Map<String, ContentItem> byUrl, Map<ContentItem, Integer> positions) {

        Neighbours(List<ContentItem> news, List<ContentItem> congresses, Related related, Map<String, ContentItem> byUrl) {
            this(news, congresses, related, byUrl, positions(news, congresses));
        }

        int indexOf(ContentItem item) {
            return positions.getOrDefault(item, -1);
        }

        private static Map<ContentItem, Integer> positions(List<ContentItem> news, List<ContentItem> congresses) {
            Map<ContentItem, Integer> positions = new IdentityHashMap<>();
            for (List<ContentItem> list : List.of(news, congresses)) {
                for (int i = 0; i < list.size(); i++) {
                    positions.put(list.get(i), i);
                }
            }
            return positions;
        }
    }

    /** Home, then the item's section list when its page sits under it (a top-level page sits under home only). */
    private static List<Crumb> crumbsFor(ContentItem item) {
        Section section = item.section();
        return item.url().startsWith(section.url())
            ? List.of(homeCrumb(), new Crumb(section.listTitle(), section.url())) : home();
    }

    private static List<SitemapEntry> sitemap(List<Page> pages, List<ContentItem> visible) {
        Map<String, ContentItem> items = new LinkedHashMap<>();
        // A news date is when its page appeared; a document's is when it was signed, which says nothing of its page.
        visible.stream().filter(i -> i.section() == Section.NEWS).forEach(i -> items.put(i.url(), i));
        return pages.stream().filter(p -> p.url().endsWith("/"))
            .map(p -> new SitemapEntry(p.url(), Optional.ofNullable(items.get(p.url())).flatMap(ContentItem::date).map(d -> d.iso())))
            .toList();
    }

    private static List<ContentItem> newestFirst(List<ContentItem> oldestFirst) {
        List<ContentItem> reversed = new ArrayList<>(oldestFirst);
        Collections.reverse(reversed);
        return reversed;
    }

    private static Crumb homeCrumb() {
        return new Crumb(HOME_TITLE, SiteUrls.HOME);
    }

    private static List<Crumb> home() {
        return List.of(homeCrumb());
    }

    /**
     * Pages by URL. The load stage has already refused every alias and slug whose file another page or the build
     * holds, so a clash here is a fault of the generator, not of the content: it stops the build (exit 3) rather
     * than let one page overwrite another.
     *
     * <p>The claims are checked once the pages are all planned, in the order they were made, unless the last plan made
     * with the memo made the same ones and they passed ({@link PassedClaims}).
     */
    private static final class Pages {
        private final Map<String, Page> byUrl = new TreeMap<>();
        private final List<OutputClaims.Claim> claims = new ArrayList<>();

        void generated(Page page) {
            if (byUrl.putIfAbsent(page.url(), page) != null) {
                throw new IllegalStateException("the site generates two pages at " + page.url());
            }
            claims.add(new OutputClaims.Claim(page.url(), "", false));
        }

        void item(ContentItem item, Page page) {
            claims.add(new OutputClaims.Claim(page.url(), item.source(), false));
            byUrl.put(page.url(), page);
        }

        void alias(ContentItem item, Page page) {
            claims.add(new OutputClaims.Claim(page.url(), item.source(), true));
            byUrl.put(page.url(), page);
        }

        /** Checks the claims (see above) unless {@code memo} passed the same ones last. */
        void check(PlanMemo memo) {
            if (memo.claims().passed(claims)) {
                return;
            }
            OutputClaims checked = SiteUrls.claimsOfTheBuild();
            for (OutputClaims.Claim claim : claims) {
                if (claim.holder().isEmpty()) {
                    checked.reserve(claim.url(), "a page the site generates");
                    continue;
                }
                checked.claim(claim.owner()).ifPresent(conflict -> {
                    throw new IllegalStateException("the content checks let through a page that clashes: " + conflict.message());
                });
            }
            memo.claims().keep(claims);
        }

        List<Page> all() {
            return List.copyOf(byUrl.values());
        }
    }
}
