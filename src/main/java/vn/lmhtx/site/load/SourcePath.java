package vn.lmhtx.site.load;

/**
 * Where a content file sits.
 *
 * @param relative its path from the site folder, forward slashes ({@code content/tin-tuc/x.md})
 * @param folder the section folder under {@code content/} ({@code tin-tuc}), "" at the top level
 * @param baseName the file name without {@code .md}
 */
record SourcePath(String relative, String folder, String baseName) {
}
