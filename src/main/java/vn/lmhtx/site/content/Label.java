package vn.lmhtx.site.content;

/** A tag or category: its Vietnamese name as readers see it, and the ASCII slug its URL carries. */
public record Label(String name, String slug) {
}
