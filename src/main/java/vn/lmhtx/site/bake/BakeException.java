package vn.lmhtx.site.bake;

import java.util.List;

/** JBake or a template failed: a fault of the templates or of the generator, not of the content. */
public final class BakeException extends Exception {

    private static final long serialVersionUID = 1L;

    public BakeException(String message, Throwable cause) {
        super(message, cause);
    }

    public BakeException(List<String> failures) {
        super("baking failed:\n  " + String.join("\n  ", failures));
    }

    /** What {@code failure} says, or its type when it says nothing: a message never reads "null". */
    static String describe(Throwable failure) {
        return failure.getMessage() == null ? failure.toString() : failure.getMessage();
    }
}
