package vn.lmhtx.site.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.testing.Sites;

/** {@code serve} claims its port before it builds: a port it cannot have is a usage error, at once, with nothing built. */
class ServeCommandTest {

    /** Far below a build of the fixture (several seconds): the command must not have built anything. */
    private static final Duration AT_ONCE = Duration.ofSeconds(2);

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @TempDir
    Path temp;

    @BeforeEach
    void capture() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(originalErr);
    }

    @Test
    void aBusyPortFailsAtOnceWithoutBuilding() throws Exception {
        Path site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(busy.getLocalPort());
            long start = System.nanoTime();

            assertThat(Main.run(Sites.NOW, "serve", "--source", site.toString(), "--port", port)).isEqualTo(2);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(AT_ONCE);
            assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("usage: port " + port + " on 127.0.0.1 is in use", "--port").doesNotContain("internal failure");
            assertThat(site.resolve("target")).doesNotExist();
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() throws Exception {
        Path site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));

        assertThat(Main.run(Sites.NOW, "serve", "--source", site.toString(), "--port", "99999")).isEqualTo(2);
        assertThat(Main.run(Sites.NOW, "serve", "--source", site.toString(), "--port", "-1")).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: --port must be 0 to 65535, not 99999", "not -1");
        assertThat(site.resolve("target")).doesNotExist();
    }
}
