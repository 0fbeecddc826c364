package vn.lmhtx.site.search;

/** One result of a search, as the command line prints it and the browser client returns it. */
public record SearchHit(String url, String title, float score) {
}
