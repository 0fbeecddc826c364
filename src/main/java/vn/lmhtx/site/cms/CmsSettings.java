package vn.lmhtx.site.cms;

/**
 * The web editor's settings from {@code jbake.properties}.
 *
 * @param enabled whether the build writes the web editor at all ({@code cms.enabled=true})
 * @param repository the GitHub repository the editor commits to, as {@code owner/name}
 * @param branch the branch it commits to
 * @param authEndpoint the address of the OAuth service that signs editors in to GitHub ({@code cms.auth_url}); empty
 *                     for Netlify's, which only sites hosted there can use
 */
public record CmsSettings(boolean enabled, String repository, String branch, String authEndpoint) {

    /** No web editor: the default. */
    public static final CmsSettings OFF = new CmsSettings(false, "", "main", "");
}
