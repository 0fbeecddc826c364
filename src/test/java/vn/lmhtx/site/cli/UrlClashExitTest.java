package vn.lmhtx.site.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.testing.Sites;

/** An alias onto a file the build writes is a content error (exit 1, on its line), not an internal failure (exit 3). */
class UrlClashExitTest {

    @TempDir
    Path temp;

    @Test
    void anAliasOntoAGeneratedFileExitsWithOneOnItsLine() throws IOException {
        Path site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));
        Path article = site.resolve("content/tin-tuc/tin-mot.md");
        Files.writeString(article, Files.readString(article, StandardCharsets.UTF_8)
            .replace("aliases: [/tin-cu/tin-mot.html, /tin-cu/thu-muc]", "aliases: [/tin-cu/tin-mot.html, /feed.xml]"),
            StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.run(Sites.NOW, "build", "--source", site.toString());
        } finally {
            System.setErr(original);
        }

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("content/tin-tuc/tin-mot.md:8: aliases: /feed.xml/ would be "
            + "written as feed.xml/index.html, but feed.xml is already the file of /feed.xml, the news feed, which the site "
            + "generates; remove it from aliases", "1 error; nothing was written.")
            .doesNotContain("internal failure", "Exception");
        assertThat(site.resolve("target/public")).doesNotExist();
    }
}
