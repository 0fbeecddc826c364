package vn.lmhtx.site.content;

import java.util.List;

/**
 * The claims of the last check that met no conflict ({@link OutputClaims}), so that a preview's save, whose claims are
 * nearly always those of the save before (an owner is a URL and a content file, whatever the file says), does not check
 * them again: the same claims, in the same order, against the build's own, meet no conflict either. Checking 5,000
 * claims (a message and a dozen pattern matches each) was a fifth of a save's load and of its plan.
 */
public final class PassedClaims {

    private volatile List<OutputClaims.Claim> passed = List.of();

    /** Whether {@code claims} are those of the last check that met no conflict. */
    public boolean passed(List<OutputClaims.Claim> claims) {
        return claims.equals(passed);
    }

    /** Keeps {@code claims}, which met no conflict. */
    public void keep(List<OutputClaims.Claim> claims) {
        passed = List.copyOf(claims);
    }
}
