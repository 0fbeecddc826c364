/** The site's content as typed, immutable, validated records: what the load stage produces and every later stage reads. */
package vn.lmhtx.site.content;
