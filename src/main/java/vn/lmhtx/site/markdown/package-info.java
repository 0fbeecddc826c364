/** Markdown to safe HTML: one flexmark configuration, raw HTML checked against the editors' allow-list. */
package vn.lmhtx.site.markdown;
