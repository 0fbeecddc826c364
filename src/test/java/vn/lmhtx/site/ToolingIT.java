package vn.lmhtx.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.testing.Sites;

/** The editors' tooling around the jar: the pre-commit hook and the Maven Site handbook. */
class ToolingIT {

    private static final Path PROJECT = Paths.get("").toAbsolutePath();
    private static final Path JAR = Paths.get(System.getProperty("site.jar", "target/lmhtx-site.jar")).toAbsolutePath();

    @Test
    void thePreCommitHookLetsGoodContentInAndStopsBadContent(@TempDir Path temp) throws Exception {
        Path repo = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("repo"));
        Sites.copyOf(PROJECT.resolve(".githooks"), repo.resolve(".githooks"));
        Files.createDirectories(repo.resolve("target"));
        Files.copy(JAR, repo.resolve("target/lmhtx-site.jar"));
        Files.writeString(repo.resolve(".gitignore"), "target/\n");
        run(repo, "git", "init", "-q");
        run(repo, "git", "config", "user.email", "editor@example.org");
        run(repo, "git", "config", "user.name", "Editor");
        run(repo, "git", "config", "core.hooksPath", ".githooks");
        run(repo, "git", "add", "-A");
        assertThat(run(repo, "git", "commit", "-q", "-m", "good").exitCode()).isZero();

        Sites.write(repo, "content/tin-tuc/hong.md", "---\ntitle: Hỏng\ntype: news\ndate: 2018-02-30\nsummary: x\n---\n\nx\n");
        run(repo, "git", "add", "-A");
        Result bad = run(repo, "git", "commit", "-q", "-m", "bad");

        assertThat(bad.exitCode()).isNotZero();
        // The hook speaks to editors: Vietnamese, the default (LMHTX_LANG is removed from its environment below).
        assertThat(bad.output()).contains("content/tin-tuc/hong.md:4: date: \"2018-02-30\" không phải là ngày hợp lệ (hãy viết 2018-02-28)");
        assertThat(run(repo, "git", "log", "--oneline").output().lines()).hasSize(1);
    }

    @Test
    void mvnSiteBuildsTheHandbookAndLeavesThePublicSiteAlone() throws Exception {
        Map<String, String> before = Sites.fingerprint(PROJECT.resolve("target/public"));
        String maven = Paths.get(System.getProperty("maven.home", "/usr/share/maven"), "bin", "mvn").toString();

        Result site = run(PROJECT, maven, "-B", "-q", "site");

        assertThat(site.exitCode()).as(site.output()).isZero();
        String reference = Files.readString(PROJECT.resolve("target/site/truong-thong-tin.html"), StandardCharsets.UTF_8);
        assertThat(reference).contains("adopted_name", "decision.approves", "metrics[].value");
        assertThat(PROJECT.resolve("target/site/surefire.html")).exists();
        assertThat(Sites.fingerprint(PROJECT.resolve("target/public"))).isEqualTo(before);
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(Path folder, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().remove("LMHTX_LANG");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
