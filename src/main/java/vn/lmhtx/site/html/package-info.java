/** HTML passes over the baked pages (Jsoup): heading anchors, external links, image checks and the link checker. */
package vn.lmhtx.site.html;
