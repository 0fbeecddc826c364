package vn.lmhtx.site.build;

import vn.lmhtx.site.parallel.Workers;

/**
 * How a build runs, as opposed to what it builds: the output is the same whatever these are.
 *
 * @param threads how many threads load content and run the HTML passes, 1 or more (a {@link SiteBuilder} refuses
 *     fewer); 1 runs every stage sequentially
 */
public record BuildOptions(int threads) {

    /** One thread per processor the JVM may use. */
    public static BuildOptions defaults() {
        return new BuildOptions(Runtime.getRuntime().availableProcessors());
    }

    Workers workers() {
        return new Workers(threads);
    }
}
