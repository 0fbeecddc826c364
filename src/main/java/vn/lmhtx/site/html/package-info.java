/**
 * HTML passes over the baked pages (Jsoup): heading anchors, external links, image checks and the link checker. While a
 * content page is parsed, it is offered to the caller's {@link vn.lmhtx.site.html.ContentPageReader} (the build passes
 * the search stage's), so each page is parsed once and this stage knows nothing of what later stages keep.
 */
package vn.lmhtx.site.html;
