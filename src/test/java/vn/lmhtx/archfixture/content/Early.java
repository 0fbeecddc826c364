package vn.lmhtx.archfixture.content;

import vn.lmhtx.archfixture.build.Late;

/** A deliberate violation for ArchitectureTest: an early stage that uses a later one. */
public final class Early {

    private Early() {
    }

    /** Uses the later stage. */
    public static String wrong() {
        return Late.name();
    }
}
