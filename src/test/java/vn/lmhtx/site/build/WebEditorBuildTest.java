package vn.lmhtx.site.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.ContentErrorsException;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.testing.Sites;

/** The web editor is written only when enabled, is served from the site itself, and stays out of what readers find. */
class WebEditorBuildTest {

    @TempDir
    Path temp;

    @Test
    void offByDefaultNothingIsWritten() throws Exception {
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        Path output = temp.resolve("public");
        new SiteBuilder(Sites.NOW).build(site, output);

        assertThat(output.resolve("quan-tri")).doesNotExist();
    }

    @Test
    void enabledItIsWrittenWithItsOwnScriptsNoindexAndTheSiteStylesheetAndNoReaderFileMentionsIt() throws Exception {
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        settings(site, "cms.enabled=true\ncms.repo=lmhtx/lmhtx-site\n");
        Path output = temp.resolve("public");
        new SiteBuilder(Sites.NOW).build(site, output);

        Path editor = output.resolve("quan-tri");
        String page = Files.readString(editor.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("<html lang=\"vi\">", "<meta name=\"robots\" content=\"noindex, nofollow\">",
            "<script src=\"decap-cms.js\"></script>").containsPattern("registerPreviewStyle\\(\"/assets/css/site\\.[0-9a-f]{10}\\.css\"\\)")
            .doesNotContain("http://", "https://");
        assertThat(Files.readString(editor.resolve("config.yml"), StandardCharsets.UTF_8)).contains("repo: lmhtx/lmhtx-site");
        assertThat(editor.resolve("decap-cms.js")).isNotEmptyFile();
        assertThat(editor.resolve("LICENSE")).content(StandardCharsets.UTF_8).contains("MIT License");
        for (String file : new String[] {"sitemap.xml", "feed.xml", "robots.txt"}) {
            assertThat(Files.readString(output.resolve(file), StandardCharsets.UTF_8)).doesNotContain("quan-tri");
        }
        assertThat(Sites.allText(output.resolve("search"))).doesNotContain("quan-tri", "Quản trị");
    }

    @Test
    void enabledWithoutARepositoryOrWithABadSwitchIsAnErrorOnItsLine() throws Exception {
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        int line = Files.readString(site.resolve("jbake.properties"), StandardCharsets.UTF_8).split("\n", -1).length;
        settings(site, "cms.enabled=true\n");

        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).check(site)).isInstanceOf(ContentErrorsException.class)
            .satisfies(e -> assertThat(((ContentErrorsException) e).problems()).map(Problem::toString).containsExactly(
                "jbake.properties:" + line + ": cms.enabled: the web editor needs cms.repo=<owner>/<name>, the GitHub repository it commits to"));

        Path other = Sites.withProjectTheme(temp.resolve("other"));
        settings(other, "cms.enabled=yes\n");
        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).check(other)).isInstanceOf(ContentErrorsException.class)
            .satisfies(e -> assertThat(((ContentErrorsException) e).problems()).map(Problem::toString).containsExactly(
                "jbake.properties:" + line + ": cms.enabled: \"yes\" is neither true nor false"));
    }

    private static void settings(Path site, String lines) throws Exception {
        Files.writeString(site.resolve("jbake.properties"), lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }
}
