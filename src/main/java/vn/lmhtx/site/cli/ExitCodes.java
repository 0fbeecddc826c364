package vn.lmhtx.site.cli;

/** The exit codes scripts and CI rely on. */
final class ExitCodes {

    static final int OK = 0;
    static final int CONTENT_ERRORS = 1;
    static final int USAGE = 2;
    static final int INTERNAL_FAILURE = 3;

    private ExitCodes() {
    }
}
