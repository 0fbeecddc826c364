package vn.lmhtx.site.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.ContentErrorsException;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.testing.Sites;

/** The link checker maps a link to a file as the static host will: exact letter case, never outside the site, index.html only as a folder's page. */
class LinkFilesBuildTest {

    @TempDir
    Path temp;

    private Path site;

    @BeforeEach
    void copyFixture() throws IOException {
        site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));
    }

    @Test
    void aLinkMustNameItsPageInItsOwnLetterCaseAndCannotLeaveTheSite() throws IOException {
        Sites.write(site, "content/tin-tuc/lien-ket.md", "---\ntitle: Liên kết\ntype: news\ndate: 2020-01-01\nsummary: x\n---\n\n"
            + "Xem [tin](/Tin-Tuc/tin-mot/).\n\nVà [tệp](/../../jbake.properties).\n");

        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).build(site, site.resolve("target/public"))).isInstanceOf(ContentErrorsException.class)
            .satisfies(e -> assertThat(((ContentErrorsException) e).problems()).filteredOn(Problem::isError)
                .map(Problem::toString).containsExactly(
                    "content/tin-tuc/lien-ket.md:8: link: \"/Tin-Tuc/tin-mot/\" on /tin-tuc/lien-ket/ leads to no page or file (/Tin-Tuc/tin-mot/)",
                    "content/tin-tuc/lien-ket.md:10: link: \"/../../jbake.properties\" on /tin-tuc/lien-ket/ points outside the site (/../../jbake.properties)"));
    }

    @Test
    void aFileWhoseNameEndsInIndexHtmlIsAPageOfItsOwn() throws IOException {
        Path article = site.resolve("content/tin-tuc/tin-mot.md");
        Files.writeString(article, Files.readString(article, StandardCharsets.UTF_8)
            .replace("aliases: [/tin-cu/tin-mot.html, /tin-cu/thu-muc]", "aliases: [/tin-cu/xindex.html]"), StandardCharsets.UTF_8);
        Path redirect = site.resolve("templates/redirect.ftl");
        Files.writeString(redirect, Files.readString(redirect, StandardCharsets.UTF_8)
            .replace("</body>", "<a href=\"#khong-co\">x</a></body>"), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).build(site, site.resolve("target/public")))
            .isInstanceOf(ContentErrorsException.class)
            .satisfies(e -> assertThat(((ContentErrorsException) e).problems()).filteredOn(Problem::isError)
                .map(Problem::toString).containsExactly(
                    "target/public/tin-cu/xindex.html:1: link: \"#khong-co\" on /tin-cu/xindex.html points to #khong-co, which that page does not have"));
    }
}
