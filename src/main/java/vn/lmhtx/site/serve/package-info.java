/** Local preview: serves the baked site on 127.0.0.1 as a static host would, rebuilds on every save, reloads the browser. */
package vn.lmhtx.site.serve;
