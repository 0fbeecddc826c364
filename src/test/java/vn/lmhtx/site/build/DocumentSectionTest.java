package vn.lmhtx.site.build;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.search.QueryPlan;
import vn.lmhtx.site.search.SearchHit;
import vn.lmhtx.site.search.Searcher;
import vn.lmhtx.site.testing.Pdfs;
import vn.lmhtx.site.testing.Sites;

/**
 * The documents section (Văn bản) built with the project's templates: the list by year, one list per issuer as the
 * static filter, the links between a congress and the document its decision names, the menu entry, and search.
 */
class DocumentSectionTest {

    @TempDir
    Path temp;

    @Test
    void documentsAreListedByYearAndIssuerAndLinkedBothWaysWithTheirCongresses() throws Exception {
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        congress(site, 3, "1385/QĐ-UBND");
        congress(site, 4, "374/QĐ-UBND");
        congress(site, 5, "999/QĐ-UBND");
        document(site, "quyet-dinh-1385", "1385/qđ-ubnd", "2006-08-29", "Ủy ban nhân dân tỉnh Kiên Giang", "approves: charter-recognition");
        document(site, "quyet-dinh-374", "374/QĐ-UBND", "2011-02-09", "Ủy ban nhân dân tỉnh Kiên Giang", "approves: charter");
        document(site, "cong-van-12", "12/LMHTX", "2011-06-01", "Liên minh HTX tỉnh Kiên Giang", "subject: Về việc ZQSUBJECTWORD");
        Path output = temp.resolve("public");

        new SiteBuilder(Sites.NOW).build(site, output);

        Document list = page(output, "van-ban/index.html");
        assertThat(list.select("main h2").eachText()).containsExactly("Năm 2011", "Năm 2006");
        assertThat(list.select("#nam-2011 ~ ul h3 a").eachAttr("href")).containsExactly("/van-ban/cong-van-12/", "/van-ban/quyet-dinh-374/");
        assertThat(list.select(".document-filter a").eachText())
            .containsExactly("Tất cả (3)", "Liên minh HTX tỉnh Kiên Giang (1)", "Ủy ban nhân dân tỉnh Kiên Giang (2)");
        assertThat(list.select(".document-filter a[aria-current=page]").text()).isEqualTo("Tất cả (3)");
        assertThat(list.select("main li p:not(.meta)").eachText()).containsExactly("Về việc ZQSUBJECTWORD",
            "Phê duyệt Điều lệ (Đại hội lần thứ 4)", "Công nhận Điều lệ (Đại hội lần thứ 3)");

        Document issuer = page(output, "van-ban/co-quan/uy-ban-nhan-dan-tinh-kien-giang/index.html");
        assertThat(issuer.select("h1").text()).isEqualTo("Văn bản của Ủy ban nhân dân tỉnh Kiên Giang");
        assertThat(issuer.select("main h3 a").eachAttr("href")).containsExactly("/van-ban/quyet-dinh-374/", "/van-ban/quyet-dinh-1385/");
        assertThat(issuer.select(".document-filter a[aria-current=page]").text()).isEqualTo("Ủy ban nhân dân tỉnh Kiên Giang (2)");
        assertThat(issuer.select(".breadcrumbs a").eachAttr("href")).containsExactly("/", "/van-ban/");

        // The congress links to its decision's document, matched on the number whatever its letter case ...
        assertThat(decision(page(output, "dai-hoi/dai-hoi-3/index.html")).select("a").attr("href")).isEqualTo("/van-ban/quyet-dinh-1385/");
        // ... and a decision the site has no document for stays plain text.
        assertThat(decision(page(output, "dai-hoi/dai-hoi-5/index.html")).select("a")).isEmpty();
        assertThat(decision(page(output, "dai-hoi/dai-hoi-5/index.html")).text()).isEqualTo("Số 999/QĐ-UBND ngày 01/01/2020");

        Document decision = page(output, "van-ban/quyet-dinh-1385/index.html");
        assertThat(fact(decision, "Số")).isEqualTo("1385/qđ-ubnd");
        assertThat(fact(decision, "Ngày ban hành")).isEqualTo("29/08/2006");
        assertThat(fact(decision, "Nội dung")).isEqualTo("Công nhận Điều lệ");
        assertThat(decision.select("dd a[href=/dai-hoi/dai-hoi-3/]").text()).isEqualTo("Đại hội lần thứ 3");
        assertThat(decision.select("dd a[href=/van-ban/co-quan/uy-ban-nhan-dan-tinh-kien-giang/]")).hasSize(1);
        assertThat(decision.select(".main-nav a[aria-current=page]").text()).isEqualTo("Văn bản");
        assertThat(decision.select("script[type=application/ld+json]").html()).contains("\"@type\":\"Legislation\"",
            "\"legislationIdentifier\":\"1385/qđ-ubnd\"", "\"legislationDate\":\"2006-08-29\"");
        Document letter = page(output, "van-ban/cong-van-12/index.html");
        assertThat(fact(letter, "Trích yếu")).isEqualTo("Về việc ZQSUBJECTWORD");
        assertThat(letter.select("dt").eachText()).doesNotContain("Đại hội", "Nội dung");

        try (Searcher searcher = new Searcher(output)) {
            assertThat(urls(searcher.search(QueryPlan.of("ZQSUBJECTWORD", Optional.empty(), Optional.empty()), 10)))
                .containsExactly("/van-ban/cong-van-12/");
            assertThat(urls(searcher.search(QueryPlan.of("1385", Optional.of("document"), Optional.empty()), 10)))
                .containsExactly("/van-ban/quyet-dinh-1385/");
            assertThat(urls(searcher.search(QueryPlan.of("quyết định", Optional.of("document"), Optional.of("2011")), 10)))
                .containsExactly("/van-ban/quyet-dinh-374/");
        }
    }

    @Test
    void anAttachedPdfIsPublishedBesideItsPageWithItsSizeAndPagesAndItsTextIsSearchable() throws Exception {
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        byte[] pdf = Pdfs.text(List.of(List.of("QUYẾT ĐỊNH", "Về việc hỗ trợ thủy lợi nội đồng"),
            List.of("cho các hợp tác xã huyện Giồng Riềng.")));
        Pdfs.put(site, "content/van-ban/qd-1385.pdf", pdf);
        Pdfs.put(site, "content/van-ban/ban-nhap.pdf", new byte[] {1});
        document(site, "quyet-dinh-1385", "1385/QĐ-UBND", "2006-08-29", "Ủy ban nhân dân tỉnh Kiên Giang", "attachment: qd-1385.pdf");
        document(site, "quyet-dinh-374", "374/QĐ-UBND", "2011-02-09", "Ủy ban nhân dân tỉnh Kiên Giang", "approves: charter");
        Path output = temp.resolve("public");

        BuildResult result = new SiteBuilder(Sites.NOW).build(site, output);

        assertThat(output.resolve("van-ban/quyet-dinh-1385/qd-1385.pdf")).hasBinaryContent(pdf);
        assertThat(output.resolve("van-ban/quyet-dinh-1385/ban-nhap.pdf")).doesNotExist();
        Document page = page(output, "van-ban/quyet-dinh-1385/index.html");
        Element link = page.selectFirst(".document-file a");
        assertThat(link.attr("href")).isEqualTo("/van-ban/quyet-dinh-1385/qd-1385.pdf");
        assertThat(link.text()).isEqualTo("Tải văn bản (PDF, 2 trang, " + (pdf.length + 999) / 1000 + " kB)");
        // The PDF's text is indexed, not shown: the page stays what the editor wrote.
        assertThat(page.text()).doesNotContain("Giồng Riềng");
        assertThat(page(output, "van-ban/quyet-dinh-374/index.html").select(".document-file").text())
            .isEqualTo("Trang chưa có bản điện tử (tệp) của văn bản này.");
        assertThat(result.warnings()).extracting(Object::toString).containsExactly(
            "content/van-ban/ban-nhap.pdf:1: file: warning: no document names this file in attachment:, so it is not published");
        try (Searcher searcher = new Searcher(output)) {
            // A phrase that only the PDF holds, across its pages, with and without marks.
            for (String query : List.of("thủy lợi nội đồng", "thuy loi noi dong", "hợp tác xã huyện Giồng Riềng")) {
                List<SearchHit> hits = searcher.search(QueryPlan.of(query, Optional.empty(), Optional.empty()), 10);
                assertThat(urls(hits)).as(query).first().isEqualTo("/van-ban/quyet-dinh-1385/");
            }
            assertThat(urls(searcher.search(QueryPlan.of("\"giong rieng\"", Optional.empty(), Optional.empty()), 10)))
                .containsExactly("/van-ban/quyet-dinh-1385/");
        }
    }

    @Test
    void aDamagedProtectedOrScannedPdfIsAWarningAndItsDocumentIsStillPublished() throws Exception {
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        byte[] good = Pdfs.text("Điều lệ Liên minh Hợp tác xã tỉnh Kiên Giang ZQTRUNCATED");
        Pdfs.put(site, "content/van-ban/hong.pdf", Pdfs.truncated(good));
        Pdfs.put(site, "content/van-ban/mat-khau.pdf", Pdfs.withPassword("bi-mat", "Văn bản ZQPASSWORD"));
        Pdfs.put(site, "content/van-ban/ban-chup.pdf", Pdfs.imageOnly());
        document(site, "van-ban-hong", "1/QĐ-UBND", "2006-08-29", "Ủy ban nhân dân tỉnh Kiên Giang", "attachment: hong.pdf");
        document(site, "van-ban-mat", "2/QĐ-UBND", "2006-08-29", "Ủy ban nhân dân tỉnh Kiên Giang", "attachment: mat-khau.pdf");
        document(site, "van-ban-chup", "3/QĐ-UBND", "2006-08-29", "Ủy ban nhân dân tỉnh Kiên Giang", "attachment: ban-chup.pdf");
        Path output = temp.resolve("public");

        BuildResult result = new SiteBuilder(Sites.NOW).build(site, output);

        assertThat(result.warnings()).extracting(Object::toString).satisfiesExactly(
            w -> assertThat(w).isEqualTo("content/van-ban/van-ban-chup.md:7: attachment: warning: ban-chup.pdf has no text, only "
                + "images (a scan?); it is published and linked, but search cannot find what it says — run text recognition (OCR) "
                + "on it in your PDF software and attach the result"),
            w -> assertThat(w).startsWith("content/van-ban/van-ban-hong.md:7: attachment: warning: hong.pdf is not a readable PDF ("),
            w -> assertThat(w).isEqualTo("content/van-ban/van-ban-mat.md:7: attachment: warning: mat-khau.pdf is protected by a "
                + "password (readers need it to open the file); it is published and linked, but search cannot find what it says "
                + "— attach a copy saved without a password"));
        assertThat(page(output, "van-ban/index.html").select("main h3 a").eachAttr("href"))
            .containsExactlyInAnyOrder("/van-ban/van-ban-hong/", "/van-ban/van-ban-mat/", "/van-ban/van-ban-chup/");
        assertThat(output.resolve("van-ban/van-ban-mat/mat-khau.pdf")).exists();
        assertThat(page(output, "van-ban/van-ban-chup/index.html").selectFirst(".document-file a").text()).startsWith("Tải văn bản (PDF, 1 trang, ");
        assertThat(page(output, "van-ban/van-ban-hong/index.html").selectFirst(".document-file a").text()).doesNotContain("trang");
        try (Searcher searcher = new Searcher(output)) {
            assertThat(searcher.search(QueryPlan.of("ZQTRUNCATED", Optional.empty(), Optional.empty()), 10)).isEmpty();
            assertThat(searcher.search(QueryPlan.of("ZQPASSWORD", Optional.empty(), Optional.empty()), 10)).isEmpty();
        }
    }

    @Test
    void aSiteWithAnAttachedPdfRebuildsByteForByte() throws Exception {
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        Pdfs.put(site, "content/van-ban/qd-1385.pdf", Pdfs.text("Quyết định về việc hỗ trợ thủy lợi nội đồng"));
        document(site, "quyet-dinh-1385", "1385/QĐ-UBND", "2006-08-29", "Ủy ban nhân dân tỉnh Kiên Giang", "attachment: qd-1385.pdf");

        new SiteBuilder(Sites.NOW).build(site, temp.resolve("a"));
        new SiteBuilder(Sites.NOW).build(site, temp.resolve("b"));

        assertThat(Sites.fingerprint(temp.resolve("b"))).isEqualTo(Sites.fingerprint(temp.resolve("a"))).isNotEmpty();
    }

    @Test
    void aSiteWithoutDocumentsHasNoDocumentListAndNoMenuEntry() throws Exception {
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        congress(site, 3, "1385/QĐ-UBND");
        Path output = temp.resolve("public");

        new SiteBuilder(Sites.NOW).build(site, output);

        assertThat(output.resolve("van-ban")).doesNotExist();
        assertThat(page(output, "index.html").select(".main-nav a").eachText()).doesNotContain("Văn bản");
        assertThat(decision(page(output, "dai-hoi/dai-hoi-3/index.html")).select("a")).isEmpty();
    }

    private static void congress(Path site, int number, String decision) throws Exception {
        Sites.write(site, "content/dai-hoi/dai-hoi-" + number + ".md", """
            ---
            title: Đại hội lần thứ %d
            type: congress
            number: %d
            held: 2006-07-20
            decision:
              number: %s
              date: 2020-01-01
              issuer: Ủy ban nhân dân tỉnh Kiên Giang
              approves: charter
            ---

            Đại hội.
            """.formatted(number, number, decision));
    }

    private static void document(Path site, String slug, String number, String date, String issuer, String more) throws Exception {
        Sites.write(site, "content/van-ban/" + slug + ".md", "---\ntitle: Văn bản " + slug + "\ntype: document\nnumber: \"" + number
            + "\"\ndate: " + date + "\nissuer: " + issuer + "\n" + more + "\n---\n\nNội dung văn bản " + slug + ".\n");
    }

    private static Document page(Path output, String file) throws Exception {
        return Jsoup.parse(Files.readString(output.resolve(file), UTF_8));
    }

    /** The congress page's "Quyết định" fact. */
    private static Element decision(Document congress) {
        return congress.select("dt:containsOwn(Quyết định) + dd").first();
    }

    private static String fact(Document page, String term) {
        return page.select("dt").stream().filter(dt -> dt.text().equals(term)).findFirst().orElseThrow().nextElementSibling().text();
    }

    private static List<String> urls(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::url).toList();
    }
}
