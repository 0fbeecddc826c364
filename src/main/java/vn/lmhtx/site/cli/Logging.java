package vn.lmhtx.site.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Quiets JBake and OrientDB: a build prints one summary line, {@code --verbose} shows their progress. OrientDB
 * logs through java.util.logging straight to stderr, so it is routed into the same (logback) configuration.
 */
final class Logging {

    private Logging() {
    }

    static void configure(boolean verbose) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        java.util.logging.Logger.getLogger("").setLevel(verbose ? java.util.logging.Level.INFO : java.util.logging.Level.SEVERE);
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(verbose ? Level.INFO : Level.OFF);
    }
}
