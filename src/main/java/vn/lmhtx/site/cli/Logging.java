package vn.lmhtx.site.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import vn.lmhtx.site.parallel.Ahead;
import vn.lmhtx.site.parallel.Workers;

/**
 * Quiets JBake and the libraries: a build prints one summary line, {@code --verbose} shows their progress. Libraries
 * that log through java.util.logging are routed into the same (logback) configuration.
 *
 * <p>Setting that up (java.util.logging's manager, slf4j finding logback, logback reading its XML configuration) takes
 * about a tenth of a second of a cold start and does not depend on the command line, so {@code main} starts it on a
 * thread of its own while picocli reads the command line ({@link #startSetUp()}); {@link #configure} waits for it, then
 * only sets the level.
 */
final class Logging {

    /** The set-up {@link #startSetUp} began, until {@link #configure} takes it. */
    private static Ahead<Void, RuntimeException> setUp;

    private Logging() {
    }

    /** Starts routing and reading logback's configuration beside the caller; {@link #configure} waits for it. */
    static synchronized void startSetUp() {
        if (setUp == null) {
            setUp = new Workers(2).ahead("logging-set-up", () -> {
                route();
                return null;
            });
        }
    }

    /** Sets the level of every logger: off, or with {@code verbose} JBake's and the build's progress. */
    static synchronized void configure(boolean verbose) {
        if (setUp != null) {
            setUp.join();
            setUp = null;
        } else {
            route();
        }
        java.util.logging.Logger.getLogger("").setLevel(verbose ? java.util.logging.Level.INFO : java.util.logging.Level.SEVERE);
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(verbose ? Level.INFO : Level.OFF);
    }

    /** java.util.logging into slf4j (one bridge, whoever set it up before), and logback started. */
    private static void route() {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        LoggerFactory.getILoggerFactory();
    }
}
