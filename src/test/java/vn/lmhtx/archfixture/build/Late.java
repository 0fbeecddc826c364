package vn.lmhtx.archfixture.build;

/** The later stage of ArchitectureTest's deliberate violation. */
public final class Late {

    private Late() {
    }

    /** What the earlier stage should not be asking (a method: a constant would be inlined, leaving no dependency). */
    public static String name() {
        return "late";
    }
}
