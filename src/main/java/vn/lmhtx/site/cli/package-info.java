/** The command line: {@code build}, {@code check} and {@code --help}, with the documented exit codes. */
package vn.lmhtx.site.cli;
