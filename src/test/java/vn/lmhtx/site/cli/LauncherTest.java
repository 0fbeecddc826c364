package vn.lmhtx.site.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script ({@code src/main/launcher/lmhtx-site}) picks its JVM options from the site and from
 * {@code LMHTX_JAVA_OPTS}: run with a stand-in {@code java} that prints the arguments it was given.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("src/main/launcher/lmhtx-site");

    @TempDir
    Path temp;

    private Path fakeJava;

    @BeforeEach
    void fakeJava() throws IOException {
        fakeJava = temp.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void aSmallSiteRunsWithTheSerialCollectorAndC1Only() throws Exception {
        Path site = site(11);

        List<String> args = launch("", "build", "--source", site.toString());

        assertThat(args).contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", "build");
        assertThat(args.get(args.indexOf("-jar") + 1)).endsWith("lmhtx-site.jar");
        assertThat(args.subList(args.indexOf("-jar") + 2, args.size())).containsExactly("build", "--source", site.toString());
    }

    @Test
    void aLargeSiteIsBuiltWithTheParallelCollectorAndC1OnlyAndPreviewedWithBothCompilers() throws Exception {
        Path site = site(500);

        assertThat(launch("", "build", "--source=" + site)).contains("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1");
        assertThat(launch("", "check", "--source", site.toString())).contains("-XX:TieredStopAtLevel=1");
        assertThat(launch("", "serve", "--source", site.toString())).contains("-XX:+UseParallelGC")
            .doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(launch("", "serve", "--source", site(499).toString())).contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    }

    @Test
    void theCollectorsHeapStartsSmallAndGrowsCloseToWhatIsLiveUnlessTheUserSizesIt() throws Exception {
        Path site = site(500);

        assertThat(launch("", "build", "--source", site.toString()))
            .contains("-XX:+UseParallelGC", "-Xms288m", "-XX:NewSize=96m", "-XX:MaxNewSize=96m", "-XX:MinHeapFreeRatio=25", "-XX:MaxHeapFreeRatio=50");
        assertThat(launch("", "build", "--source", site(499).toString()))
            .contains("-XX:+UseSerialGC", "-Xms32m", "-XX:NewSize=32704k", "-XX:MaxNewSize=64m", "-XX:MinHeapFreeRatio=25", "-XX:MaxHeapFreeRatio=50");
        // A maximum below the large site's first heap would stop the JVM: the small site's heap then.
        assertThat(launch("-Xmx128m", "build", "--source", site.toString()))
            .contains("-XX:+UseParallelGC", "-Xms32m", "-XX:NewSize=32704k", "-XX:MaxNewSize=64m", "-XX:MinHeapFreeRatio=25", "-XX:MaxHeapFreeRatio=50", "-Xmx128m")
            .doesNotContain("-Xms288m");
        assertThat(launch("-Xmn200m", "build", "--source", site.toString()))
            .contains("-XX:+UseParallelGC", "-Xmn200m").doesNotContain("-Xms32m", "-XX:MaxNewSize=64m", "-XX:MinHeapFreeRatio=25");
        assertThat(launch("-XX:+UseG1GC", "build", "--source", site.toString()))
            .doesNotContain("-XX:+UseParallelGC", "-Xms32m", "-XX:MaxNewSize=64m");
    }

    @Test
    void theUsersOptionsReplaceTheDefaultsTheyChoose() throws Exception {
        Path site = site(500);

        List<String> args = launch("-XX:+UseSerialGC -XX:TieredStopAtLevel=4 -Xmx1g", "build", "--source", site.toString());

        assertThat(args).contains("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=4", "-Xmx1g")
            .doesNotContain("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1");
    }

    @Test
    void theHeapTakesTransparentHugePagesWhereTheKernelGivesThem() throws Exception {
        Path site = site(1);
        for (String setting : List.of("always [madvise] never", "[always] madvise never")) {
            assertThat(launchWithHugePages(setting, "", "build", "--source", site.toString()))
                .as(setting).contains("-XX:+UseTransparentHugePages");
        }
        assertThat(launchWithHugePages("always madvise [never]", "", "build", "--source", site.toString()))
            .doesNotContain("-XX:+UseTransparentHugePages");
        assertThat(launch("", "build", "--source", site.toString()))
            .as("no such setting (not Linux, say)").doesNotContain("-XX:+UseTransparentHugePages");
        assertThat(launchWithHugePages("always [madvise] never", "-XX:-UseTransparentHugePages", "build"))
            .contains("-XX:-UseTransparentHugePages").doesNotContain("-XX:+UseTransparentHugePages");
    }

    private Path site(int articles) throws IOException {
        Path news = temp.resolve("site-" + articles).resolve("content/tin-tuc");
        Files.createDirectories(news);
        for (int i = 0; i < articles; i++) {
            Files.writeString(news.resolve("bai-" + i + ".md"), "---\n", StandardCharsets.UTF_8);
        }
        return news.getParent().getParent();
    }

    /** As {@link #launch}, on a kernel whose transparent huge page setting reads {@code setting}. */
    private List<String> launchWithHugePages(String setting, String javaOpts, String... args)
        throws IOException, InterruptedException {
        Path file = temp.resolve("transparent_hugepage_enabled");
        Files.writeString(file, setting + "\n", StandardCharsets.UTF_8);
        return launchReading(file.toString(), javaOpts, args);
    }

    /** The arguments the launcher passes to java, one per line, on a kernel without transparent huge pages. */
    private List<String> launch(String javaOpts, String... args) throws IOException, InterruptedException {
        return launchReading(temp.resolve("no-such-setting").toString(), javaOpts, args);
    }

    private List<String> launchReading(String hugePageSetting, String javaOpts, String... args)
        throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA", fakeJava.toString());
        builder.environment().put("LMHTX_JAVA_OPTS", javaOpts);
        builder.environment().put("LMHTX_THP_SETTING", hugePageSetting);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out.lines().toList();
    }
}
