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
        Path repo = scratchRepository(temp);

        Sites.write(repo, HONG, BROKEN);
        run(repo, "git", "add", "-A");
        Result bad = run(repo, "git", "commit", "-q", "-m", "bad");

        assertThat(bad.exitCode()).isNotZero();
        // The hook speaks to editors: Vietnamese, the default (LMHTX_LANG is removed from its environment below).
        assertThat(bad.output()).contains("content/tin-tuc/hong.md:4: date: \"2018-02-30\" không phải là ngày hợp lệ (hãy viết 2018-02-28)",
            "pre-commit: commit bị dừng");
        assertThat(commits(repo)).isEqualTo(1);
    }

    @Test
    void thePreCommitHookChecksWhatIsStagedNotTheWorkTree(@TempDir Path temp) throws Exception {
        Path repo = scratchRepository(temp);

        // Staged broken, fixed in the work tree only: what would be committed is broken.
        Sites.write(repo, HONG, BROKEN);
        run(repo, "git", "add", HONG);
        Sites.write(repo, HONG, BROKEN.replace("2018-02-30", "2018-02-28"));
        Result stagedBroken = run(repo, "git", "commit", "-q", "-m", "staged broken");
        assertThat(stagedBroken.exitCode()).as(stagedBroken.output()).isNotZero();
        assertThat(stagedBroken.output()).contains("content/tin-tuc/hong.md:4: date: \"2018-02-30\" không phải là ngày hợp lệ");
        assertThat(commits(repo)).isEqualTo(1);

        // Staged fixed, broken again in the work tree only: what would be committed is fine.
        run(repo, "git", "add", HONG);
        Sites.write(repo, HONG, BROKEN);
        Result stagedFixed = run(repo, "git", "commit", "-q", "-m", "staged fixed");
        assertThat(stagedFixed.exitCode()).as(stagedFixed.output()).isZero();
        assertThat(commits(repo)).isEqualTo(2);

        // An untracked broken file is not part of the commit.
        Sites.write(repo, "content/tin-tuc/chua-them.md", BROKEN);
        Sites.write(repo, "content/tin-tuc/tin-mot.md", Files.readString(repo.resolve("content/tin-tuc/tin-mot.md")) + "\nThêm một dòng.\n");
        run(repo, "git", "add", "content/tin-tuc/tin-mot.md");
        Result untracked = run(repo, "git", "commit", "-q", "-m", "untracked broken file");
        assertThat(untracked.exitCode()).as(untracked.output()).isZero();
        assertThat(untracked.output()).doesNotContain("chua-them.md", "đang tạo");
        assertThat(commits(repo)).isEqualTo(3);
    }

    private static final String HONG = "content/tin-tuc/hong.md";
    private static final String BROKEN = "---\ntitle: Hỏng\ntype: news\ndate: 2018-02-30\nsummary: x\n---\n\nx\n";

    /** A git repository holding the basic fixture site with the project's hook and jar, and one good commit. */
    private static Path scratchRepository(Path temp) throws Exception {
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
        Result good = run(repo, "git", "commit", "-q", "-m", "good");
        assertThat(good.exitCode()).as(good.output()).isZero();
        return repo;
    }

    private static long commits(Path repo) throws Exception {
        return run(repo, "git", "log", "--oneline").output().lines().count();
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
