/**
 * Publish: the finished tree, made world-readable, replaces the output in one step (a link flipped by one rename), or
 * the old output stays as it was; what killed runs left is swept at start-up.
 */
package vn.lmhtx.site.publish;
