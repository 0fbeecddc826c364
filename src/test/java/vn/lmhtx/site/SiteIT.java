package vn.lmhtx.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.load.ContentLoader;
import vn.lmhtx.site.load.LoadResult;
import vn.lmhtx.site.markdown.MarkdownRenderer;
import vn.lmhtx.site.testing.Sites;

/** Checks the real site as {@code mvn package} baked it into target/public, and the runnable jar. */
class SiteIT {

    private static final Path PUBLIC = Paths.get(System.getProperty("site.public", "target/public"));
    private static final Path JAR = Paths.get(System.getProperty("site.jar", "target/lmhtx-site.jar"));
    private static final Path PROJECT = Paths.get("").toAbsolutePath();

    @Test
    void theHomePageAndAPagePerContentFileAreBaked() {
        LoadResult loaded = new ContentLoader(new MarkdownRenderer()).load(PROJECT);

        assertThat(loaded.problems()).isEmpty();
        assertThat(PUBLIC.resolve("index.html")).isRegularFile();
        assertThat(loaded.items()).hasSizeGreaterThanOrEqualTo(11);
        for (ContentItem item : loaded.items()) {
            assertThat(PUBLIC.resolve(item.url().substring(1) + "index.html")).as(item.source()).isRegularFile();
        }
    }

    @Test
    void everyPathIsAsciiAndNoDraftFileExists() throws IOException {
        assertThat(Sites.files(PUBLIC)).isNotEmpty().allSatisfy(path -> {
            assertThat(path.toString()).matches("[a-z0-9./_-]+");
            assertThat(path.toString()).doesNotContain("-draft");
        });
    }

    @Test
    void theJarListsItsCommands() throws Exception {
        Process process = new ProcessBuilder(javaExecutable(), "-jar", JAR.toString(), "--help").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(output).contains("build", "check", "help");
    }

    @Test
    void rebuildingTheRealSiteGivesIdenticalBytes(@TempDir Path temp) throws Exception {
        Path again = temp.resolve("public");
        Process process = new ProcessBuilder(javaExecutable(), "-jar", JAR.toString(), "build", "--source", PROJECT.toString(),
            "--output", again.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines().toList()).as("one quiet summary line").hasSize(1);
        assertThat(Sites.fingerprint(again)).isEqualTo(Sites.fingerprint(PUBLIC));
    }

    private static String javaExecutable() {
        return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    }

}
