package vn.lmhtx.site.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.ContentErrorsException;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.testing.Sites;

/**
 * Nothing outside the site folder is read, published or taken for a page: symbolic links and special files among the
 * site's inputs are refused, each named with its target, all in one run ({@code assets/env.txt -> /proc/self/environ}
 * must not publish the build machine's environment), and no link is checked against a file outside the output.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "creating symbolic links and named pipes needs privileges or tools Windows lacks")
// A separate thread, so that a build blocked on a named pipe (which no interrupt ends) fails the test instead of hanging it.
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class InputLinksTest {

    private static final String SECRET = "SECRET-b7c1e9";
    private static final String LINK = "is a symbolic link (to %s); links are not published — commit %s";

    @TempDir
    Path temp;

    private Path site;
    private Path output;
    private Path outside;
    private Map<String, String> before;

    @BeforeEach
    void buildACleanSiteFirst() throws Exception {
        site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));
        output = site.resolve("target/public");
        outside = Files.createDirectories(temp.resolve("outside"));
        new SiteBuilder(Sites.NOW).build(site, output);
        before = Sites.fingerprint(output);
    }

    @Test
    void anAssetLinkedToAFileOutsideIsRefusedAndNotPublished() throws Exception {
        Path secret = Files.writeString(outside.resolve("environ"), "CI_TOKEN=" + SECRET + "\n");
        Files.createSymbolicLink(site.resolve("assets/env.txt"), secret);

        assertRefused(Problem.error("assets/env.txt", 1, "file", LINK.formatted(secret, "the file itself")));
    }

    @Test
    void aContentFileLinkedToAFileOutsideIsRefusedAndNotPublished() throws Exception {
        Path article = Files.writeString(outside.resolve("ngoai.md"),
            "---\ntitle: Ngoài\ntype: news\ndate: 2018-02-21\nsummary: " + SECRET + "\n---\n\n" + SECRET + "\n");
        Files.createSymbolicLink(site.resolve("content/tin-tuc/ngoai.md"), article);

        assertRefused(Problem.error("content/tin-tuc/ngoai.md", 1, "file", LINK.formatted(article, "the file itself")));
    }

    @Test
    void aLinkedFolderInTheMiddleOfAPathIsRefused() throws Exception {
        Path folder = Files.createDirectories(outside.resolve("private"));
        Files.writeString(folder.resolve("key.css"), "/* " + SECRET + " */\n");
        Files.createSymbolicLink(site.resolve("assets/css/private"), folder);
        Path news = Files.createDirectories(outside.resolve("news"));
        Files.writeString(news.resolve("bai.md"), "---\ntitle: Bài\ntype: news\ndate: 2018-02-21\nsummary: " + SECRET + "\n---\n\nx\n");
        Files.createSymbolicLink(site.resolve("content/tin-tuc/nam-2018"), news);

        assertRefused(
            Problem.error("assets/css/private", 1, "file", LINK.formatted(folder, "the folder and its files themselves")),
            Problem.error("content/tin-tuc/nam-2018", 1, "file", LINK.formatted(news, "the folder and its files themselves")));
    }

    @Test
    void linkedInputFoldersAndSettingsAreRefused() throws Exception {
        Path assets = Files.move(site.resolve("assets"), outside.resolve("assets"));
        Files.writeString(assets.resolve("env.txt"), SECRET);
        Files.createSymbolicLink(site.resolve("assets"), assets);
        Path settings = Files.move(site.resolve("jbake.properties"), outside.resolve("jbake.properties"));
        Files.writeString(settings, Files.readString(settings) + "site.note=" + SECRET + "\n");
        Files.createSymbolicLink(site.resolve("jbake.properties"), settings);

        assertRefused(
            Problem.error("assets", 1, "file", LINK.formatted(assets, "the folder and its files themselves")),
            Problem.error("jbake.properties", 1, "file", LINK.formatted(settings, "the file itself")));
    }

    @Test
    void aLinkedTemplateIsRefusedEvenWhenItPointsInsideTheSite() throws Exception {
        Path template = Files.move(site.resolve("templates/item.ftl"), site.resolve("item-elsewhere.ftl"));
        Files.writeString(template, Files.readString(template) + "<!-- " + SECRET + " -->\n");
        Path relative = Path.of("../item-elsewhere.ftl");
        Files.createSymbolicLink(site.resolve("templates/item.ftl"), relative);

        assertRefused(Problem.error("templates/item.ftl", 1, "file", LINK.formatted(relative, "the file itself")));
    }

    @Test
    void aTemplateSettingThatLeavesTheTemplatesFolderIsAnErrorOnItsLine() throws Exception {
        Files.writeString(site.resolve("item-elsewhere.ftl"), Files.readString(site.resolve("templates/item.ftl")));
        Path settings = site.resolve("jbake.properties");
        Files.writeString(settings, Files.readString(settings)
            .replace("template.news.file=item.ftl", "template.news.file=../item-elsewhere.ftl")
            .replace("template.history.file=item.ftl", "template.history.file=" + outside.resolve("history.ftl")));

        assertRefused(
            Problem.error("jbake.properties", 10, "template.news.file",
                "\"../item-elsewhere.ftl\" is outside templates/; name a file in templates/, such as news.ftl"),
            Problem.error("jbake.properties", 13, "template.history.file",
                "\"" + outside.resolve("history.ftl") + "\" is outside templates/; name a file in templates/, such as history.ftl"));
    }

    @Test
    void aDanglingLinkIsRefusedByName() throws Exception {
        Path nowhere = outside.resolve("no-such-file.png");
        Files.createSymbolicLink(site.resolve("assets/logo.png"), nowhere);

        assertRefused(Problem.error("assets/logo.png", 1, "file", LINK.formatted(nowhere, "the file itself")));
    }

    @Test
    void namedPipesAreRefusedInsteadOfHangingTheBuild() throws Exception {
        mkfifo(site.resolve("content/tin-tuc/ong.md"));
        mkfifo(site.resolve("assets/css/ong.css"));

        String message = "is not a regular file but a named pipe, device or socket, which the build never reads — commit a regular file instead";
        assertRefused(Problem.error("assets/css/ong.css", 1, "file", message),
            Problem.error("content/tin-tuc/ong.md", 1, "file", message));
    }

    @Test
    void linksAreReportedInOneRunWithContentAndPlanErrors() throws Exception {
        Path secret = Files.writeString(outside.resolve("passwd"), SECRET);
        Files.createSymbolicLink(site.resolve("assets/passwd.txt"), secret);
        Sites.write(site, "content/tin-tuc/hong.md", "---\ntype: news\ndate: 2018-02-21\nsummary: x\n---\n\nThân bài.\n");

        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).build(site, output))
            .isInstanceOf(ContentErrorsException.class)
            .satisfies(e -> assertThat(((ContentErrorsException) e).problems()).filteredOn(Problem::isError)
                .map(Problem::toString).containsExactly(
                    "assets/passwd.txt:1: file: " + LINK.formatted(secret, "the file itself"),
                    "content/tin-tuc/hong.md:1: title: missing; every item needs it (for example title: Quá trình hình thành và phát triển Liên minh HTX tỉnh Kiên Giang)"));
        assertThat(Sites.fingerprint(output)).isEqualTo(before);
    }

    @Test
    void aLinkThatClimbsAboveTheSiteIsBrokenEvenWhenTheFileItNamesExists() throws Exception {
        // The link checker maps URLs to files; "/../../jbake.properties" must not reach the site folder, nor
        // "%2e%2e" (decoded after the URL is resolved) the machine's /etc/passwd.
        Sites.write(site, "content/tin-tuc/leo.md", "---\ntitle: Leo\ntype: news\ndate: 2020-01-01\nsummary: x\n---\n\n"
            + "[cài đặt](/../../jbake.properties)\n\n[mật khẩu](/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd)\n");

        assertRefused(
            Problem.error("content/tin-tuc/leo.md", 8, "link",
                "\"/../../jbake.properties\" on /tin-tuc/leo/ points outside the site (/../../jbake.properties)"),
            Problem.error("content/tin-tuc/leo.md", 10, "link",
                "\"/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd\" on /tin-tuc/leo/ points outside the site "
                + "(/../../../../../../../../../etc/passwd)"));
    }

    @Test
    void aSiteFolderReachedThroughALinkStillBuilds() throws Exception {
        // Links above the site folder are the machine's business (a home folder on another disk), not the site's.
        Path linked = Files.createSymbolicLink(temp.resolve("linked-site"), site);

        new SiteBuilder(Sites.NOW).build(linked, temp.resolve("through-link"));

        assertThat(Sites.fingerprint(temp.resolve("through-link"))).isEqualTo(before);
    }

    /** The build and the check both fail with exactly {@code expected}; the output is untouched; the secret is nowhere. */
    private void assertRefused(Problem... expected) throws IOException {
        for (boolean check : List.of(false, true)) {
            assertThatThrownBy(() -> {
                if (check) {
                    new SiteBuilder(Sites.NOW).check(site);
                } else {
                    new SiteBuilder(Sites.NOW).build(site, output);
                }
            }).isInstanceOf(ContentErrorsException.class)
                .satisfies(e -> assertThat(((ContentErrorsException) e).problems()).filteredOn(Problem::isError)
                    .containsExactly(expected))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
        }
        assertThat(Sites.fingerprint(output)).isEqualTo(before);
        assertThat(Sites.allText(output)).doesNotContain(SECRET);
        // Only the published link and the tree it points to: no staging folder was left.
        try (var entries = Files.list(output.getParent())) {
            assertThat(entries.toList()).containsExactlyInAnyOrder(output, output.toRealPath());
        }
    }

    private static void mkfifo(Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
        assertThat(process.waitFor()).isZero();
    }
}
