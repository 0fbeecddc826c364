package vn.lmhtx.site.render;

import java.net.URI;

/**
 * Site-wide settings from {@code jbake.properties}.
 *
 * @param title the alliance's name as the header shows it
 * @param description one sentence about the site, for search engines and social previews
 * @param host scheme and host the site is served from, without a trailing slash ({@code https://example.org})
 * @param basePath the path the site lives under, starting and ending with "/" ("/" at a domain's root)
 * @param contactAddress postal address, or empty (the footer then omits it) until the alliance gives one
 * @param contactPhone phone number, or empty
 * @param contactEmail e-mail address, or empty
 * @param contactResponsible who is responsible for the content ("Chịu trách nhiệm nội dung"), or empty
 * @param newsPerPage how many news items one list page shows
 * @param icon the site-relative URL of the site's icon (a placeholder until the alliance gives its logo)
 * @param notice a site-wide notice shown under the masthead of every page (plain text), or empty for none
 */
public record SiteSettings(String title, String description, String host, String basePath, String contactAddress,
                           String contactPhone, String contactEmail, String contactResponsible, int newsPerPage, String icon,
                           String notice) {

    /** Settings without a site-wide notice. */
    public SiteSettings(String title, String description, String host, String basePath, String contactAddress,
                        String contactPhone, String contactEmail, String contactResponsible, int newsPerPage, String icon) {
        this(title, description, host, basePath, contactAddress, contactPhone, contactEmail, contactResponsible, newsPerPage,
            icon, "");
    }

    /** A site-relative URL ("/tin-tuc/") as a link from any page, honouring the base path. */
    public String link(String url) {
        return basePath + url.substring(1);
    }

    /** A site-relative URL as an absolute URL, for canonical links, feeds and sitemaps. */
    public String absolute(String url) {
        return host + link(url);
    }

    /** The host name alone, for the feed's and JSON-LD's publisher fields. */
    public String hostName() {
        return URI.create(host).getHost();
    }
}
