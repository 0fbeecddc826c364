package vn.lmhtx.site.build;

import vn.lmhtx.site.bake.BakeException;

/**
 * An internal failure of a build: JBake, the generator or the file system failed, not the content. The output is left
 * as it was. The cause keeps the original exception, for a stack trace.
 */
public final class BuildFailedException extends Exception {

    private static final long serialVersionUID = 1L;

    BuildFailedException(Exception cause) {
        super(describe(cause), cause);
    }

    /**
     * What to print after "internal failure: " for {@code failure}: this class's message says what failed; any other
     * exception is named with its type, so one without a message (a bare {@code IllegalStateException}) still says
     * something.
     */
    public static String describe(Throwable failure) {
        return failure instanceof BuildFailedException ? failure.getMessage() : failure.toString();
    }

    /**
     * A baking failure's message says what failed; a file-system exception's often names only the file
     * ({@code NoSuchFileException: /x}), so its type is kept; an exception without a message is named by its type.
     */
    private static String describe(Exception cause) {
        if (cause instanceof BakeException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        return cause.toString();
    }
}
