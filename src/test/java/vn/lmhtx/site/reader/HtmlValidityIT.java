package vn.lmhtx.site.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Every baked page passes the Nu Html Checker (vnu.jar, from src/test/node) with no errors. */
class HtmlValidityIT {

    @Test
    void everyPageIsValidHtml() throws Exception {
        String vnu = BakedSite.TOOLS.resolve("vnu-jar/build/dist/vnu.jar").toString();
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        // The real tree: target/public is a link to it, and a checker that does not follow it would check nothing.
        Process process = new ProcessBuilder(java, "-jar", vnu, "--errors-only", "--skip-non-html", "--format", "gnu",
            BakedSite.PUBLIC.toRealPath().toString()).redirectErrorStream(true).start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(report).as("Nu Html Checker errors").isEmpty();
        assertThat(process.exitValue()).isZero();
    }
}
