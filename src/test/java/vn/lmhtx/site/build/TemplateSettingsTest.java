package vn.lmhtx.site.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.ContentErrorsException;
import vn.lmhtx.site.content.PageKind;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.testing.Sites;

/** A {@code template.<key>.file} setting whose key names no kind of page is an error on its line, naming the key. */
class TemplateSettingsTest {

    private static final String KNOWN = String.join(", ", PageKind.keys());

    @TempDir
    Path temp;

    @Test
    void aMisspeltPageKindIsAnErrorNamingItWithTheKnownKinds() throws Exception {
        Path site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));
        Path settings = site.resolve("jbake.properties");
        Files.writeString(settings, Files.readString(settings)
            .replace("template.newslist.file=", "template.newslst.file=")
            .replace("template.search.file=", "template.news-list.file="));

        for (boolean check : new boolean[] {false, true}) {
            assertThatThrownBy(() -> {
                if (check) {
                    new SiteBuilder(Sites.NOW).check(site);
                } else {
                    new SiteBuilder(Sites.NOW).build(site, site.resolve("target/public"));
                }
            }).isInstanceOf(ContentErrorsException.class)
                .satisfies(e -> assertThat(((ContentErrorsException) e).problems()).filteredOn(Problem::isError).containsExactly(
                    Problem.error("jbake.properties", 15, "template.newslst.file", "unknown page kind \"newslst\"; known: " + KNOWN),
                    Problem.error("jbake.properties", 28, "template.news-list.file", "unknown page kind \"news-list\"; known: " + KNOWN)));
        }
        assertThat(site.resolve("target/public")).doesNotExist();
    }

    @Test
    void aMissingPageKindNamesTheTemplateTheSiteShipsForIt() throws Exception {
        Path site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));
        Path settings = site.resolve("jbake.properties");
        Files.writeString(settings, Files.readString(settings).replace("template.newsyear.file=list.ftl\n", ""));

        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).check(site)).isInstanceOf(ContentErrorsException.class)
            .satisfies(e -> assertThat(((ContentErrorsException) e).problems()).filteredOn(Problem::isError).containsExactly(
                Problem.error("jbake.properties", 29, "template.newsyear.file", "missing; add template.newsyear.file=news-list.ftl")));
    }
}
