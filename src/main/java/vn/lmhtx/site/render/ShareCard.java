package vn.lmhtx.site.render;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import vn.lmhtx.site.content.SiteUrls;
import vn.lmhtx.site.files.Sha256;

/**
 * The text of one share card, which decides its bytes and so its address: {@code /assets/og/<hash>.png}, a hash of the
 * text and of the card's design version. A page whose title changes gets a new address, so social networks, which
 * cache an image by its URL, show the new title; pages with the same title share one file.
 *
 * @param title the page's title, set large
 * @param siteName the organisation's name, set under it; empty on the home page, whose title it already is
 */
public record ShareCard(String title, String siteName) {

    /** Changed whenever {@link ShareCardPainter} draws differently, so that every card gets a new address. */
    static final String DESIGN = "4";

    /** The card's site-relative URL. */
    public String url() {
        return SiteUrls.shareCard(hash());
    }

    /** What the card shows, for the image's alt text. */
    public String alt() {
        return siteName.isEmpty() ? title : title + " – " + siteName;
    }

    /** 16 hex digits of SHA-256 over the design version and the text: the card's name. */
    String hash() {
        byte[] digest = Sha256.of((DESIGN + "\n" + siteName + "\n" + title).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }
}
