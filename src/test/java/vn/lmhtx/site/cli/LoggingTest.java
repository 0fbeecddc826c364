package vn.lmhtx.site.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Logging set up beside the command line's parsing ends as one quiet (or verbose) route, whoever finishes first. */
class LoggingTest {

    @AfterEach
    void quietAgain() {
        Logging.configure(false);
    }

    @Test
    void setUpStartedBesideTheCommandLineLeavesOneBridgeAndTheChosenLevel() {
        Logging.startSetUp();
        Logging.configure(true);

        assertThat(bridges()).isEqualTo(1);
        assertThat(java.util.logging.Logger.getLogger("").getLevel()).isEqualTo(java.util.logging.Level.INFO);
        assertThat(root().getLevel()).isEqualTo(Level.INFO);

        Logging.startSetUp();
        Logging.configure(false);

        assertThat(bridges()).isEqualTo(1);
        assertThat(java.util.logging.Logger.getLogger("").getLevel()).isEqualTo(java.util.logging.Level.SEVERE);
        assertThat(root().getLevel()).isEqualTo(Level.OFF);
    }

    private static long bridges() {
        return Arrays.stream(java.util.logging.Logger.getLogger("").getHandlers()).filter(SLF4JBridgeHandler.class::isInstance).count();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
