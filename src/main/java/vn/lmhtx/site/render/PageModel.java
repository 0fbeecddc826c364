package vn.lmhtx.site.render;

import java.util.List;
import java.util.Optional;
import vn.lmhtx.site.content.ContentDate;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.Metric;

/** What one page shows, by kind; templates read {@code page.model}. */
public sealed interface PageModel {

    /**
     * The page of one content item.
     *
     * @param decisionDocument for a congress, the page of the document its decision names, when the site has one
     * @param congresses for a document, the congresses whose decision it is
     * @param paths the pages of the site this item cites and that cite it ("Trang liên quan"), by list
     * @param figureSource for an achievement, the published article its figures come from
     */
    record ItemPage(ContentItem item, Optional<ContentItem> previous, Optional<ContentItem> next,
                    List<ContentItem> related, List<TimelineEntry> timeline, Optional<ContentItem> decisionDocument,
                    List<ContentItem> congresses, List<PathGroup> paths, Optional<FigureSource> figureSource)
        implements PageModel {
        public ItemPage {
            related = List.copyOf(related);
            timeline = List.copyOf(timeline);
            congresses = List.copyOf(congresses);
            paths = List.copyOf(paths);
        }
    }

    /** Items of one list (Đại hội, Thành tựu …) on a page's reading paths, as that list sorts them. */
    record PathGroup(String heading, List<ContentItem> items) {
        public PathGroup {
            items = List.copyOf(items);
        }
    }

    /**
     * The list of documents, all of them or one issuer's, by year (newest first), with a link to each issuer's list.
     *
     * @param heading the list's heading
     * @param years the documents of each year, newest year first
     * @param issuers every issuer, as Vietnamese readers sort, each with its document count and list
     * @param allUrl the list of all documents
     * @param allCount how many documents the site has
     * @param currentUrl this list's URL, so the issuer links can mark where the reader is
     */
    record DocumentListPage(String heading, List<DocumentYear> years, List<LabelCount> issuers, String allUrl,
                            int allCount, String currentUrl) implements PageModel {
        public DocumentListPage {
            years = List.copyOf(years);
            issuers = List.copyOf(issuers);
        }
    }

    /** The documents of one year, newest first. */
    record DocumentYear(int year, List<DocumentEntry> entries) {
        public DocumentYear {
            entries = List.copyOf(entries);
        }
    }

    /** One document in a list, with the congresses whose decision it is, so the list can say what it concerns. */
    record DocumentEntry(ContentItem item, List<ContentItem> congresses) {
        public DocumentEntry {
            congresses = List.copyOf(congresses);
        }
    }

    /** A list of items: a page of news, a tag, a category, a section. */
    record ListPage(String heading, List<ContentItem> items, Optional<Pagination> pagination) implements PageModel {
        public ListPage {
            items = List.copyOf(items);
        }
    }

    /**
     * A page of the news list or of one year's archive, with links to every year.
     *
     * @param cardTitle the title its share card shows: the list's own on every numbered page ("Tin tức", not "Tin tức –
     *     trang 250"), so that they share one card (a build of 5,000 articles drew 497 more cards, a tenth of them,
     *     for pages seldom shared; a shared page still has its own title in {@code og:title})
     */
    record NewsListPage(String heading, String cardTitle, List<ContentItem> items, Optional<Pagination> pagination,
                        List<YearLink> years) implements PageModel {
        public NewsListPage {
            items = List.copyOf(items);
            years = List.copyOf(years);
        }
    }

    /** One year of the news archive. */
    record YearLink(int year, int count, String url) {
    }

    /** A key figure on the home page, leading to its achievement, with where it comes from. */
    record KeyFigure(Metric metric, String url, Optional<FigureSource> source) {
    }

    /** All tags, sorted as Vietnamese readers expect. */
    record LabelIndexPage(List<LabelCount> labels) implements PageModel {
        public LabelIndexPage {
            labels = List.copyOf(labels);
        }
    }

    /** The home page. */
    record HomePage(List<ContentItem> latestNews, List<TimelineEntry> timeline, List<ContentItem> about,
                    List<KeyFigure> keyFigures) implements PageModel {
        public HomePage {
            latestNews = List.copyOf(latestNews);
            timeline = List.copyOf(timeline);
            about = List.copyOf(about);
            keyFigures = List.copyOf(keyFigures);
        }

        /**
         * The source of every key figure when they all share one (the cards then cite it once, under them, rather
         * than each repeating it); empty when figures come from several sources or one has none.
         */
        public Optional<FigureSource> commonSource() {
            List<Optional<FigureSource>> sources = keyFigures.stream().map(KeyFigure::source).distinct().toList();
            return sources.size() == 1 ? sources.get(0) : Optional.empty();
        }
    }

    /** The RSS feed; {@code lastUpdated} comes from the newest item so builds stay reproducible. */
    record FeedPage(List<ContentItem> items, Optional<ContentDate> lastUpdated) implements PageModel {
        public FeedPage {
            items = List.copyOf(items);
        }
    }

    /** The sitemap. */
    record SitemapPage(List<SitemapEntry> entries) implements PageModel {
        public SitemapPage {
            entries = List.copyOf(entries);
        }
    }

    /**
     * The search page; its results come from the browser client, its filters from the search export. Before a reader
     * types, it offers something to start from, all of it the site's own.
     *
     * @param latestNews the newest news, newest first
     * @param suggestions the most used tags, as searches to try (most used first)
     */
    record SearchPage(List<ContentItem> latestNews, List<LabelCount> suggestions) implements PageModel {
        public SearchPage {
            latestNews = List.copyOf(latestNews);
            suggestions = List.copyOf(suggestions);
        }
    }

    /** The page for unknown URLs. */
    record NotFoundPage() implements PageModel {
    }

    /** A page that sends readers from an old URL to the current one. */
    record RedirectPage(String target) implements PageModel {
    }

    /** One URL of the sitemap, with its last change when the content gives one. */
    record SitemapEntry(String url, Optional<String> lastModified) {
    }
}
