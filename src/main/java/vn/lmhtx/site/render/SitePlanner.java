package vn.lmhtx.site.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.ContentType;
import vn.lmhtx.site.content.OutputClaims;
import vn.lmhtx.site.content.OutputClaims.Owner;
import vn.lmhtx.site.content.SiteUrls;
import vn.lmhtx.site.render.PageModel.FeedPage;
import vn.lmhtx.site.render.PageModel.HomePage;
import vn.lmhtx.site.render.PageModel.ItemPage;
import vn.lmhtx.site.render.PageModel.KeyFigure;
import vn.lmhtx.site.render.PageModel.LabelIndexPage;
import vn.lmhtx.site.render.PageModel.ListPage;
import vn.lmhtx.site.render.PageModel.NewsListPage;
import vn.lmhtx.site.render.PageModel.NotFoundPage;
import vn.lmhtx.site.render.PageModel.RedirectPage;
import vn.lmhtx.site.render.PageModel.SearchPage;
import vn.lmhtx.site.render.PageModel.SitemapEntry;
import vn.lmhtx.site.render.PageModel.SitemapPage;
import vn.lmhtx.site.render.PageModel.YearLink;

/** Plans every page of the site from the items readers may see: item pages, lists, tags, feed, sitemap, redirects. */
public final class SitePlanner {

    static final String HOME_TITLE = "Trang chủ";
    private static final int HOME_NEWS = 5;
    private static final int FEED_ITEMS = 20;
    private static final int RELATED = 5;

    private final SiteSettings settings;

    public SitePlanner(SiteSettings settings) {
        this.settings = settings;
    }

    /** The plan for {@code visible}, the published items only. */
    public SitePlan plan(List<ContentItem> visible) {
        Pages pages = new Pages();
        List<ContentItem> news = visible.stream().filter(i -> i.type() == ContentType.NEWS).sorted(Ordering.NEWEST_FIRST).toList();
        List<ContentItem> congresses = visible.stream().filter(i -> i.congress().isPresent())
            .sorted(Comparator.comparing((ContentItem i) -> i.congress().orElseThrow().number())).toList();
        List<TimelineEntry> timeline = Timeline.of(visible);
        List<ContentItem> about = visible.stream()
            .filter(i -> i.type() == ContentType.HISTORY || i.type() == ContentType.PAGE)
            .sorted(Ordering.byVietnameseTitle()).toList();

        List<ContentItem> achievements = visible.stream().filter(i -> i.achievement().isPresent())
            .sorted(Comparator.comparing((ContentItem i) -> i.achievement().orElseThrow().order())
                .thenComparing(Ordering.byVietnameseTitle()))
            .toList();
        pages.generated(new Page(SiteUrls.HOME, "masterindex", settings.title(), List.of(),
            new HomePage(news.stream().limit(HOME_NEWS).toList(), timeline, about, keyFigures(achievements))));
        newsLists(news, pages);
        sections(congresses, achievements, about, pages);
        labelPages(news, pages);
        Neighbours neighbours = new Neighbours(news, newestFirst(congresses), new Related(news));
        for (ContentItem item : visible) {
            pages.item(item, itemPage(item, neighbours, timeline));
        }
        pages.generated(new Page(SiteUrls.FEED, "feed", settings.title(), List.of(),
            new FeedPage(news.stream().limit(FEED_ITEMS).toList(), news.stream().findFirst().flatMap(ContentItem::date))));
        pages.generated(new Page(SiteUrls.SEARCH, "search", "Tìm kiếm", home(), new SearchPage()));
        pages.generated(new Page(SiteUrls.NOT_FOUND, "error404", "Không tìm thấy trang", List.of(), new NotFoundPage()));
        pages.generated(new Page(SiteUrls.SITEMAP, "sitemap", settings.title(), List.of(), new SitemapPage(sitemap(pages.all(), visible))));
        for (ContentItem item : visible) {
            for (String alias : item.aliases()) {
                pages.alias(item, new Page(alias, "redirect", item.title(), List.of(), new RedirectPage(item.url())));
            }
        }
        return new SitePlan(pages.all(), navigation(visible));
    }

    /** The main menu; "Lịch sử" leads to the history item when there is one. */
    private static List<NavItem> navigation(List<ContentItem> visible) {
        List<NavItem> nav = new ArrayList<>();
        nav.add(new NavItem(HOME_TITLE, SiteUrls.HOME));
        nav.add(new NavItem("Giới thiệu", SiteUrls.ABOUT));
        visible.stream().filter(i -> i.type() == ContentType.HISTORY).findFirst()
            .ifPresent(history -> nav.add(new NavItem("Lịch sử", history.url())));
        nav.add(new NavItem("Đại hội", SiteUrls.CONGRESSES));
        nav.add(new NavItem("Thành tựu", SiteUrls.ACHIEVEMENTS));
        nav.add(new NavItem("Tin tức", SiteUrls.NEWS));
        nav.add(new NavItem("Tìm kiếm", SiteUrls.SEARCH));
        return nav;
    }

    /** The first figure of each achievement: editors choose a home-page figure by putting it first. */
    private static List<KeyFigure> keyFigures(List<ContentItem> achievements) {
        return achievements.stream()
            .filter(item -> !item.achievement().orElseThrow().metrics().isEmpty())
            .map(item -> new KeyFigure(item.achievement().orElseThrow().metrics().get(0), item.url()))
            .toList();
    }

    private void newsLists(List<ContentItem> news, Pages pages) {
        Map<Integer, List<ContentItem>> byYear = new TreeMap<>(Comparator.reverseOrder());
        news.forEach(item -> byYear.computeIfAbsent(item.date().orElseThrow().year(), y -> new ArrayList<>()).add(item));
        List<YearLink> years = new ArrayList<>();
        byYear.forEach((year, items) -> years.add(new YearLink(year, items.size(), SiteUrls.newsYear(year))));
        byYear.forEach((year, items) -> pages.generated(new Page(SiteUrls.newsYear(year), "newsyear",
            "Tin tức năm " + year, List.of(homeCrumb(), new Crumb("Tin tức", SiteUrls.NEWS)),
            new NewsListPage("Tin tức năm " + year, items, Optional.empty(), years))));
        int perPage = settings.newsPerPage();
        int count = Math.max(1, (news.size() + perPage - 1) / perPage);
        List<String> urls = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            urls.add(SiteUrls.newsPage(n));
        }
        for (int n = 1; n <= count; n++) {
            List<ContentItem> slice = news.subList((n - 1) * perPage, Math.min(news.size(), n * perPage));
            String title = n == 1 ? "Tin tức" : "Tin tức – trang " + n;
            List<Crumb> crumbs = n == 1 ? home() : List.of(homeCrumb(), new Crumb("Tin tức", SiteUrls.NEWS));
            pages.generated(new Page(urls.get(n - 1), "newslist", title, crumbs,
                new NewsListPage(title, slice, Optional.of(new Pagination(n, urls)), years)));
        }
    }

    private void sections(List<ContentItem> congresses, List<ContentItem> achievements, List<ContentItem> about, Pages pages) {
        pages.generated(new Page(SiteUrls.CONGRESSES, "congresslist", "Đại hội", home(),
            new ListPage("Các kỳ Đại hội", congresses, Optional.empty())));
        pages.generated(new Page(SiteUrls.ACHIEVEMENTS, "achievementlist", "Thành tựu", home(),
            new ListPage("Thành tựu nổi bật", achievements, Optional.empty())));
        List<ContentItem> aboutHere = about.stream().filter(i -> i.url().startsWith(SiteUrls.ABOUT)).toList();
        pages.generated(new Page(SiteUrls.ABOUT, "about", "Giới thiệu", home(),
            new ListPage("Giới thiệu", aboutHere, Optional.empty())));
    }

    private void labelPages(List<ContentItem> news, Pages pages) {
        List<LabelCount> tags = new ArrayList<>();
        LabelGroups.of(news, ContentItem::tags).forEach((tag, items) -> {
            String url = SiteUrls.tag(tag);
            tags.add(new LabelCount(tag, items.size(), url));
            pages.generated(new Page(url, "tag", tag.name(), List.of(homeCrumb(), new Crumb("Từ khóa", SiteUrls.TAGS)),
                new ListPage("Từ khóa: " + tag.name(), items, Optional.empty())));
        });
        pages.generated(new Page(SiteUrls.TAGS, "tags", "Từ khóa", home(), new LabelIndexPage(tags)));
        List<LabelCount> categories = new ArrayList<>();
        LabelGroups.of(news, item -> item.category().stream().toList()).forEach((category, items) -> {
            String url = SiteUrls.category(category);
            categories.add(new LabelCount(category, items.size(), url));
            pages.generated(new Page(url, "category", category.name(), List.of(homeCrumb(), new Crumb("Chuyên mục", SiteUrls.CATEGORIES)),
                new ListPage("Chuyên mục: " + category.name(), items, Optional.empty())));
        });
        pages.generated(new Page(SiteUrls.CATEGORIES, "categories", "Chuyên mục", home(), new LabelIndexPage(categories)));
    }

    private Page itemPage(ContentItem item, Neighbours neighbours, List<TimelineEntry> timeline) {
        List<ContentItem> siblings = item.type() == ContentType.NEWS ? neighbours.news()
            : item.type() == ContentType.CONGRESS ? neighbours.congresses() : List.of();
        int index = neighbours.indexOf(item);
        // Lists run newest first, so the item after this one in the list is the previous (older) one.
        Optional<ContentItem> previous = index >= 0 && index + 1 < siblings.size() ? Optional.of(siblings.get(index + 1)) : Optional.empty();
        Optional<ContentItem> next = index > 0 ? Optional.of(siblings.get(index - 1)) : Optional.empty();
        List<ContentItem> related = item.type() == ContentType.NEWS ? neighbours.related().to(item, RELATED) : List.of();
        List<TimelineEntry> itemTimeline = item.type() == ContentType.HISTORY ? timeline : List.of();
        return new Page(item.url(), item.type().key(), item.title(), crumbsFor(item),
            new ItemPage(item, previous, next, related, itemTimeline));
    }

    /** Where each news item and congress sits in its list, found in constant time, and their related news. */
    private record Neighbours(List<ContentItem> news, List<ContentItem> congresses, Related related,
                              Map<ContentItem, Integer> positions) {

        Neighbours(List<ContentItem> news, List<ContentItem> congresses, Related related) {
            this(news, congresses, related, positions(news, congresses));
        }

        int indexOf(ContentItem item) {
            return positions.getOrDefault(item, -1);
        }

        private static Map<ContentItem, Integer> positions(List<ContentItem> news, List<ContentItem> congresses) {
            Map<ContentItem, Integer> positions = new java.util.IdentityHashMap<>();
            for (List<ContentItem> list : List.of(news, congresses)) {
                for (int i = 0; i < list.size(); i++) {
                    positions.put(list.get(i), i);
                }
            }
            return positions;
        }
    }

    private List<Crumb> crumbsFor(ContentItem item) {
        return switch (item.type()) {
            case NEWS -> List.of(homeCrumb(), new Crumb("Tin tức", SiteUrls.NEWS));
            case CONGRESS -> List.of(homeCrumb(), new Crumb("Đại hội", SiteUrls.CONGRESSES));
            case ACHIEVEMENT -> List.of(homeCrumb(), new Crumb("Thành tựu", SiteUrls.ACHIEVEMENTS));
            case HISTORY, PAGE -> item.url().startsWith(SiteUrls.ABOUT)
                ? List.of(homeCrumb(), new Crumb("Giới thiệu", SiteUrls.ABOUT)) : home();
        };
    }

    private static List<SitemapEntry> sitemap(List<Page> pages, List<ContentItem> visible) {
        Map<String, ContentItem> items = new LinkedHashMap<>();
        visible.forEach(i -> items.put(i.url(), i));
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
     */
    private static final class Pages {
        private final Map<String, Page> byUrl = new TreeMap<>();
        private final OutputClaims claims = SiteUrls.claimsOfTheBuild();

        void generated(Page page) {
            if (byUrl.putIfAbsent(page.url(), page) != null) {
                throw new IllegalStateException("the site generates two pages at " + page.url());
            }
            claims.reserve(page.url(), "a page the site generates");
        }

        void item(ContentItem item, Page page) {
            add(page, Owner.page(page.url(), item.source()));
        }

        void alias(ContentItem item, Page page) {
            add(page, Owner.alias(page.url(), item.source()));
        }

        private void add(Page page, Owner owner) {
            claims.claim(owner).ifPresent(conflict -> {
                throw new IllegalStateException("the content checks let through a page that clashes: " + conflict.message());
            });
            byUrl.put(page.url(), page);
        }

        List<Page> all() {
            return List.copyOf(byUrl.values());
        }
    }
}
