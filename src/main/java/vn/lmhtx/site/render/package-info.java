/** What each page of the site shows: the page plan, its typed view models, and the strict Freemarker setup that renders them. */
package vn.lmhtx.site.render;
