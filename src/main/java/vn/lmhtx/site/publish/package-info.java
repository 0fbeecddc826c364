/** Publish: the finished tree replaces the output folder in one step, or the old output stays as it was. */
package vn.lmhtx.site.publish;
