package vn.lmhtx.site.render;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import vn.lmhtx.site.content.PageKind;

/**
 * The image a page shows when it is shared ({@code og:image}, JSON-LD {@code image}): the page's lead image when it
 * has one, otherwise a share card the build draws with its title. Templates read it as {@code shareImage}.
 *
 * @param url the image's site-relative URL
 * @param width its width in pixels
 * @param height its height in pixels
 * @param alt what it shows, for {@code og:image:alt}
 * @param card the card the build must draw at {@code url}; empty for a lead image, which is the editor's own file
 */
public record ShareImage(String url, int width, int height, String alt, Optional<ShareCard> card) {

    /** Kinds of output that are no page a reader shares: feeds, sitemaps, redirects. */
    private static final Set<PageKind> NOT_SHARED = EnumSet.of(PageKind.FEED, PageKind.SITEMAP, PageKind.REDIRECT);

    /** A lead image of an item (the photo pipeline's {@code image} field), shown in place of the card. */
    public static ShareImage lead(String url, int width, int height, String alt) {
        return new ShareImage(url, width, height, alt, Optional.empty());
    }

    /** A share card the build draws. */
    public static ShareImage of(ShareCard card) {
        return new ShareImage(card.url(), ShareCardPainter.WIDTH, ShareCardPainter.HEIGHT, card.alt(), Optional.of(card));
    }

    /**
     * The share image of {@code page}: its lead image when {@code lead} has one, else its card, with its title (a
     * numbered page of the news list: the list's, {@link PageModel.NewsListPage#cardTitle}).
     */
    public static ShareImage choose(Page page, SiteSettings site, Optional<ShareImage> lead) {
        String title = page.model() instanceof PageModel.NewsListPage list ? list.cardTitle() : page.title();
        return lead.orElseGet(() -> of(new ShareCard(title, title.equals(site.title()) ? "" : site.title())));
    }

    /** The share image of {@code page}: its item's lead photo (the largest width published) when it has one. */
    public static ShareImage forPage(Page page, SiteSettings site) {
        Optional<ShareImage> lead = page.model() instanceof PageModel.ItemPage itemPage
            ? itemPage.item().image().map(image -> lead(image.picture().largest().url(), image.picture().largest().width(),
                image.picture().largest().height(), image.alt()))
            : Optional.empty();
        return choose(page, site, lead);
    }

    /** Whether {@code page} is a reader's page that gets a share image (not a feed, sitemap or redirect). */
    public static boolean isShared(Page page) {
        return !NOT_SHARED.contains(page.kind());
    }
}
