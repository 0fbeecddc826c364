/** Scaffolding for editors: a new content file with valid front matter, as a draft, at its ASCII file name. */
package vn.lmhtx.site.scaffold;
