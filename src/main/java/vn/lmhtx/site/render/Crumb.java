package vn.lmhtx.site.render;

/** One step of a page's breadcrumb trail. */
public record Crumb(String title, String url) {
}
