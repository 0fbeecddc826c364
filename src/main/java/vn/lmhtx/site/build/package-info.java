/** The build: runs the pipeline stages in order (load, plan, bake, HTML passes, publish) and reports the result. */
package vn.lmhtx.site.build;
