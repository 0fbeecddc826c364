package vn.lmhtx.site.load;

import vn.lmhtx.site.content.ContentItem;

/** An item with the lines of the fields that checks across files point at. */
record LoadedItem(ContentItem item, int slugLine, int aliasesLine, int tagsLine, int categoryLine, int numberLine,
                  int sourceLine, int asOfLine) {
}
