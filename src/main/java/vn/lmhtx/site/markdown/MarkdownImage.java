package vn.lmhtx.site.markdown;

/**
 * An image an article writes in Markdown ({@code ![alt](url "title")}), as written, with its line in the file.
 *
 * @param url the source as written
 * @param alt the description between the brackets, possibly blank
 * @param title the title in quotes, possibly empty; a photo's caption
 * @param line its line in the content file
 */
public record MarkdownImage(String url, String alt, String title, int line) {
}
