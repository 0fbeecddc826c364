package vn.lmhtx.site.build;

/**
 * The output folder given to a build may not be replaced (it is the site folder, inside its sources, a file, or a
 * folder that is not an earlier build): a usage error, raised before anything was written or removed.
 */
public final class OutputRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    OutputRefusedException(String reason) {
        super(reason);
    }
}
