package vn.lmhtx.site.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.ContentErrorsException;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.OutputClaims;
import vn.lmhtx.site.content.OutputClaims.Owner;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.content.SiteUrls;
import vn.lmhtx.site.load.ContentLoader;
import vn.lmhtx.site.markdown.MarkdownRenderer;
import vn.lmhtx.site.testing.Sites;

/** Whole builds: an alias onto a real page or a generated file stops the build on its line and leaves the output as it was. */
class UrlClashBuildTest {

    /** tin-mot.md of the fixture has its aliases on line 8. */
    private static final String TIN_MOT = "content/tin-tuc/tin-mot.md";

    @TempDir
    Path temp;

    private Path site;
    private Path output;

    @BeforeEach
    void copyFixture() throws IOException {
        site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));
        output = site.resolve("target/public");
    }

    @Test
    void anAliasOntoTheHomePageStopsTheBuildAndTheHomePageStays() throws Exception {
        new SiteBuilder(Sites.NOW).build(site, output);
        Map<String, String> before = Sites.fingerprint(output);
        String home = Files.readString(output.resolve("index.html"), StandardCharsets.UTF_8);
        alias("/index.html");

        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).build(site, output))
            .isInstanceOf(ContentErrorsException.class)
            .satisfies(e -> assertThat(((ContentErrorsException) e).problems()).filteredOn(Problem::isError)
                .map(Problem::toString).containsExactly(TIN_MOT + ":8: aliases: /index.html is the same file as /, the home page, "
                    + "which the site generates; remove it from aliases"));
        assertThat(Sites.fingerprint(output)).isEqualTo(before);
        assertThat(Files.readString(output.resolve("index.html"), StandardCharsets.UTF_8)).isEqualTo(home).doesNotContain("url=");
    }

    /**
     * Every file a build writes is either the file of a content page or alias, or one the build reserves, so that no
     * alias or slug could ever be written over it. A file the build starts writing without reserving it fails here.
     */
    @Test
    void everyFileTheBuildWritesIsAContentPageOrReserved() throws Exception {
        new SiteBuilder(Sites.NOW).build(site, output);
        Set<String> contentFiles = new HashSet<>();
        for (ContentItem item : new ContentLoader(new MarkdownRenderer()).load(site).items()) {
            contentFiles.add(OutputClaims.fileOf(item.url()));
            item.aliases().forEach(alias -> contentFiles.add(OutputClaims.fileOf(alias)));
        }

        assertThat(Sites.files(output)).map(p -> p.toString().replace('\\', '/'))
            .filteredOn(file -> !contentFiles.contains(file))
            .hasSizeGreaterThan(20)
            .allSatisfy(file -> assertThat(SiteUrls.claimsOfTheBuild().claim(Owner.alias("/" + file, "content/probe.md")))
                .as("who may take /%s", file).isPresent());
    }

    private void alias(String alias) throws IOException {
        Path file = site.resolve(TIN_MOT);
        Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8)
            .replace("aliases: [/tin-cu/tin-mot.html, /tin-cu/thu-muc]", "aliases: [" + alias + "]"), StandardCharsets.UTF_8);
    }
}
