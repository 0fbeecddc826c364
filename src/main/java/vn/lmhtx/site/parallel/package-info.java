/** Runs a stage's work per item on several threads, with results in the items' order, so output does not depend on threads. */
package vn.lmhtx.site.parallel;
