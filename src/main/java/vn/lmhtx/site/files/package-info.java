/**
 * Files: folder trees copied and deleted without following links, and the folders a run creates named after the
 * process that owns them; used by every stage that writes (bake, publish, build), so it depends on none of them.
 */
package vn.lmhtx.site.files;
