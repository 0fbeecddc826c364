package vn.lmhtx.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lmhtx.site.content.OutputClaims.Conflict;
import vn.lmhtx.site.content.OutputClaims.Owner;

/** URLs compared as the files they become: one file, a file where a folder must be, reserved folders, case, hosts' bare addresses. */
class OutputClaimsTest {

    private final OutputClaims claims = SiteUrls.claimsOfTheBuild();

    @ParameterizedTest
    @CsvSource({
        "/, index.html",
        "/tin-tuc/, tin-tuc/index.html",
        "/tin-cu/x.html, tin-cu/x.html",
        "/feed.xml, feed.xml",
        "/a/index.html/, a/index.html/index.html"})
    void aUrlBecomesItsFile(String url, String file) {
        assertThat(OutputClaims.fileOf(url)).isEqualTo(file);
    }

    @Test
    void twoSpellingsOfOneFileClash() {
        assertThat(claim(Owner.page("/tin-tuc/a/", "content/tin-tuc/a.md"))).isEmpty();

        assertThat(claim(Owner.alias("/tin-tuc/a/index.html", "content/tin-tuc/b.md"))).get()
            .satisfies(conflict -> assertThat(conflict.sameFile()).isTrue())
            .extracting(Conflict::message).isEqualTo(
                "/tin-tuc/a/index.html is the same file as /tin-tuc/a/, the URL of content/tin-tuc/a.md");
    }

    @Test
    void urlsThatDifferOnlyInLetterCaseAreOneFile() {
        assertThat(claim(Owner.alias("/tin-cu/Bai.html", "content/tin-tuc/a.md"))).isEmpty();

        assertThat(claim(Owner.alias("/TIN-CU/bai.html", "content/tin-tuc/b.md"))).get().extracting(Conflict::message)
            .isEqualTo("/TIN-CU/bai.html is the same file as /tin-cu/Bai.html on disks that ignore letter case (macOS, Windows), "
                + "an alias of content/tin-tuc/a.md");
    }

    @Test
    void aFileCannotAlsoBeAFolder() {
        assertThat(claim(Owner.alias("/tin-cu/x.html", "content/tin-tuc/a.md"))).isEmpty();

        assertThat(claim(Owner.alias("/tin-cu/x.html/", "content/tin-tuc/b.md"))).get().extracting(Conflict::message)
            .isEqualTo("/tin-cu/x.html/ would be written as tin-cu/x.html/index.html, but tin-cu/x.html is already the file "
                + "of /tin-cu/x.html, an alias of content/tin-tuc/a.md");
    }

    @Test
    void aFolderCannotAlsoBeAFile() {
        assertThat(claim(Owner.alias("/tin-cu/x.html/", "content/tin-tuc/a.md"))).isEmpty();

        assertThat(claim(Owner.alias("/tin-cu/x.html", "content/tin-tuc/b.md"))).get().extracting(Conflict::message)
            .isEqualTo("/tin-cu/x.html would be written as tin-cu/x.html, but tin-cu/x.html is already a folder, holding "
                + "/tin-cu/x.html/, an alias of content/tin-tuc/a.md");
    }

    @Test
    void theFoldersTheBuildFillsAreNobodyElses() {
        assertThat(claim(Owner.alias("/assets/css/x/", "content/tin-tuc/a.md"))).get().extracting(Conflict::message)
            .isEqualTo("/assets/css/x/ would be written as assets/css/x/index.html, inside /assets/, the folder the build "
                + "copies assets/ into");
        assertThat(claim(Owner.alias("/Search/", "content/tin-tuc/a.md"))).get().extracting(Conflict::message)
            .isEqualTo("/Search/ is the folder of the search index, which the build writes");
        assertThat(claim(Owner.page("/tin-tuc/nam-2018/", "content/tin-tuc/nam-2018.md"))).get().extracting(Conflict::message)
            .isEqualTo("/tin-tuc/nam-2018/ is reserved for the news list's later pages and years (trang-N, nam-N), "
                + "which the site generates");
        assertThat(claim(Owner.alias("/tin-tuc/trang-12.html", "content/tin-tuc/a.md"))).get().extracting(Conflict::message)
            .isEqualTo("/tin-tuc/trang-12.html would be written as tin-tuc/trang-12.html, which hosts such as GitHub Pages also "
                + "serve at /tin-tuc/trang-12, the address of /tin-tuc/trang-12/, reserved for the news list's later pages "
                + "and years (trang-N, nam-N), which the site generates");
    }

    @Test
    void aFileAndAFolderPageMayNotShareTheirBareAddressUnlessTheyLeadToOnePage() {
        assertThat(claim(Owner.page("/tin-tuc/a/", "content/tin-tuc/a.md"))).isEmpty();
        assertThat(claim(Owner.alias("/tin-cu/b/", "content/tin-tuc/a.md"))).isEmpty();
        assertThat(claim(Owner.alias("/tin-cu/b.html", "content/tin-tuc/a.md"))).as("two aliases of one page").isEmpty();

        assertThat(claim(Owner.alias("/TIN-TUC/A.html", "content/tin-tuc/b.md"))).get().extracting(Conflict::message)
            .isEqualTo("/TIN-TUC/A.html would be written as TIN-TUC/A.html, which hosts such as GitHub Pages also serve at "
                + "/TIN-TUC/A, the address of /tin-tuc/a/, the URL of content/tin-tuc/a.md");
    }

    @Test
    void oldUrlsNobodyUsesAreFree() {
        assertThat(claim(Owner.alias("/tin-cu/bai-viet.html", "content/tin-tuc/a.md"))).isEmpty();
        assertThat(claim(Owner.alias("/tin-tuc/2018/bai-cu.html", "content/tin-tuc/a.md"))).isEmpty();
        assertThat(claim(Owner.alias("/index.php/", "content/tin-tuc/a.md"))).isEmpty();
        assertThat(claim(Owner.alias("/assets.old/", "content/tin-tuc/a.md"))).isEmpty();
    }

    private Optional<Conflict> claim(Owner owner) {
        return claims.claim(owner);
    }
}
