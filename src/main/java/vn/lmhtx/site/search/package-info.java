/** Search: the Vietnamese analysis, the Lucene index shipped in the site, its static export for the browser, and queries. */
package vn.lmhtx.site.search;
