/** Load and validate: turns {@code content/*.md} into typed {@link vn.lmhtx.site.content.ContentItem}s, collecting every problem of every file. */
package vn.lmhtx.site.load;
