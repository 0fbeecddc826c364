/**
 * The web editor: a git-based CMS (Decap CMS) at {@code /quan-tri/}, whose forms are generated from the front-matter
 * {@link vn.lmhtx.site.load.Schema}, so that a form can only write what the validator accepts.
 */
package vn.lmhtx.site.cms;
