package vn.lmhtx.site.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.testing.ConsoleCapture;
import vn.lmhtx.site.testing.Pdfs;
import vn.lmhtx.site.testing.Sites;

/** The text of a document's attached PDF, as the command line builds and searches it. */
class PdfSearchCommandTest {

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path temp;

    @Test
    void aPhraseInsideAnAttachedPdfFindsTheDocumentPageAndAnUnreadablePdfIsAWarningNotAFailure() throws Exception {
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        Pdfs.put(site, "content/van-ban/qd-1385.pdf", Pdfs.text("QUYẾT ĐỊNH",
            "Về việc công nhận kết quả chuyển đổi hợp tác xã", "theo Luật Hợp tác xã năm 2012"));
        Pdfs.put(site, "content/van-ban/qd-374.pdf", Pdfs.withPassword("bi-mat", "Văn bản có mật khẩu"));
        document(site, "quyet-dinh-1385", "1385/QĐ-UBND", "qd-1385.pdf");
        document(site, "quyet-dinh-374", "374/QĐ-UBND", "qd-374.pdf");
        Path output = temp.resolve("public");

        assertThat(Main.run(Sites.NOW, "build", "--source", site.toString(), "--output", output.toString())).isZero();
        assertThat(console.stderr()).contains("content/van-ban/quyet-dinh-374.md:7: attachment: warning: qd-374.pdf is "
            + "protected by a password");

        assertThat(search(output, "quyet dinh chuyen doi")).startsWith("[{\"url\":\"/van-ban/quyet-dinh-1385/\"");
        assertThat(search(output, "\"luật hợp tác xã năm 2012\"")).startsWith("[{\"url\":\"/van-ban/quyet-dinh-1385/\"")
            .doesNotContain("quyet-dinh-374");
        assertThat(search(output, "mật khẩu")).isEqualTo("[]\n");
    }

    /** What {@code search --json} prints for {@code query}. */
    private String search(Path output, String query) {
        int from = console.stdout().length();
        assertThat(Main.run(Sites.NOW, "search", "--site", output.toString(), "--json", query)).isZero();
        return console.stdout().substring(from);
    }

    private static void document(Path site, String slug, String number, String attachment) throws Exception {
        Sites.write(site, "content/van-ban/" + slug + ".md", "---\ntitle: Văn bản số " + number + "\ntype: document\nnumber: \""
            + number + "\"\ndate: 2006-08-29\nissuer: Ủy ban nhân dân tỉnh Kiên Giang\nattachment: " + attachment
            + "\n---\n\nVăn bản của Ủy ban.\n");
    }
}
