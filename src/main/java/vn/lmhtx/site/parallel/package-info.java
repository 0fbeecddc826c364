/** Runs a stage's work per item on several threads, with results in the items' order, so output does not depend on threads;
 * and work a later stage needs, started ahead of it ({@link vn.lmhtx.site.parallel.Ahead}). */
package vn.lmhtx.site.parallel;
