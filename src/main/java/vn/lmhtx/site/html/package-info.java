/**
 * HTML passes over the baked pages (Jsoup): heading anchors, external links, image checks and the link checker. While a
 * content page is parsed, its search text is taken too, through {@code search.SearchDocument.of}: the search package
 * owns what a search document is, this one only hands it the parsed page, so each page is parsed once.
 */
package vn.lmhtx.site.html;
