package vn.lmhtx.site.testing;

import org.junit.jupiter.api.Assumptions;

/** Tests that need an external tool skip loudly where it is missing, but never under {@code CI=true}. */
public final class ToolCheck {

    private ToolCheck() {
    }

    /** Aborts the test (or fails it under CI) when {@code present} is false. */
    public static void require(boolean present, String tests, String tool) {
        if (present) {
            return;
        }
        String message = tests + " SKIPPED: " + tool + " is not installed (see .ci/run)";
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(message.replace("SKIPPED", "CANNOT RUN UNDER CI=true"));
        }
        System.err.println("*** " + message + " ***");
        Assumptions.abort(message);
    }
}
