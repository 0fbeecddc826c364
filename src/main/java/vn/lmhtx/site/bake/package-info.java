/** Bake: JBake renders the planned pages through the site's templates. The only package that imports {@code org.jbake}. */
package vn.lmhtx.site.bake;
