package vn.lmhtx.site.render;

import vn.lmhtx.site.content.Label;

/** A tag or category with the number of items filed under it and its page's URL. */
public record LabelCount(Label label, int count, String url) {
}
