/** Photos: decodes what editors commit, turns it upright, strips its metadata and publishes a few JPEG widths, cached by content. */
package vn.lmhtx.site.images;
