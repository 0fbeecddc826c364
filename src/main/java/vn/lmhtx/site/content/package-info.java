/**
 * The site's content as typed, immutable, validated records, and the site's vocabulary (sections, page kinds, the URL
 * policy): what the load stage produces and every later stage reads.
 */
package vn.lmhtx.site.content;
