package vn.lmhtx.site.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.testing.Pdfs;

/** An attached PDF's page count and text, and every way a file can fail to give them, as a warning. */
class PdfTextTest {

    @TempDir
    Path temp;

    @Test
    void aPdfGivesItsPageCountAndItsVietnameseTextWithLinesOfAParagraphJoined() throws IOException {
        PdfText.Reading reading = read(Pdfs.text(List.of(
            List.of("QUYẾT ĐỊNH", "Về việc công nhận Điều lệ Liên minh Hợp tác xã", "tỉnh Kiên Giang"),
            List.of("Điều 2. Thủy lợi nội đồng huyện Giồng Riềng."))));

        assertThat(reading.warning()).isEmpty();
        assertThat(reading.pages()).contains(2);
        String text = reading.text().orElseThrow();
        assertThat(text).contains("QUYẾT ĐỊNH Về việc công nhận Điều lệ Liên minh Hợp tác xã tỉnh Kiên Giang",
            "Điều 2. Thủy lợi nội đồng huyện Giồng Riềng.");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void lettersWrittenWithSeparateToneMarksComeOutComposed() throws IOException {
        String decomposed = Normalizer.normalize("quyết định thủy lợi", Normalizer.Form.NFD);

        String text = read(Pdfs.text(decomposed)).text().orElseThrow();

        assertThat(text).isEqualTo("quyết định thủy lợi");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void aScanWithoutTextIsAWarningWithItsPageCount() throws IOException {
        PdfText.Reading reading = read(Pdfs.imageOnly());

        assertThat(reading.pages()).contains(1);
        assertThat(reading.text()).isEmpty();
        assertThat(reading.warning()).contains("x.pdf has no text, only images (a scan?); it is published and linked, but search "
            + "cannot find what it says — run text recognition (OCR) on it in your PDF software and attach the result");
    }

    @Test
    void aPasswordProtectedFileIsAWarning() throws IOException {
        PdfText.Reading reading = read(Pdfs.withPassword("mat-khau", "Văn bản mật"));

        assertThat(reading.pages()).isEmpty();
        assertThat(reading.text()).isEmpty();
        assertThat(reading.warning()).contains("x.pdf is protected by a password (readers need it to open the file); it is "
            + "published and linked, but search cannot find what it says — attach a copy saved without a password");
    }

    @Test
    void aFileThatForbidsCopyingItsTextIsAWarningAndIsNotRead() throws IOException {
        PdfText.Reading reading = read(Pdfs.copyForbidden("Văn bản không cho sao chép"));

        assertThat(reading.pages()).contains(1);
        assertThat(reading.text()).isEmpty();
        assertThat(reading.warning().orElseThrow()).startsWith("x.pdf forbids copying its text (a security setting); ");
    }

    @Test
    void damagedFilesAreWarningsNeverExceptions() throws IOException {
        byte[] good = Pdfs.text("Điều lệ Liên minh Hợp tác xã tỉnh Kiên Giang");
        byte[] noise = new byte[4000];
        new java.util.Random(7).nextBytes(noise);

        for (byte[] bad : List.of(noise, new byte[0], "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
            Pdfs.truncated(good), Pdfs.truncated(Pdfs.truncated(good)))) {
            PdfText.Reading reading = read(bad);

            assertThat(reading.text()).isEmpty();
            assertThat(reading.warning().orElseThrow()).startsWith("x.pdf is not a readable PDF (")
                .endsWith("; readers may not open it either); it is published and linked, but search cannot find what it says "
                    + "— open it in a PDF reader, save it again as PDF and replace the file");
        }
    }

    @Test
    void aFileOverThePageLimitIsCountedButNotRead() throws IOException {
        List<List<String>> pages = new ArrayList<>(Collections.nCopies(PdfText.MAX_PAGES + 1, List.of("trang")));

        PdfText.Reading reading = read(Pdfs.text(pages));

        assertThat(reading.pages()).contains(PdfText.MAX_PAGES + 1);
        assertThat(reading.text()).isEmpty();
        assertThat(reading.warning()).contains("x.pdf has 501 pages, over the 500 this site reads for search; it is published "
            + "and linked, but search cannot find what it says — split it into smaller files");
    }

    @Test
    void aFileThatDrawsMoreCharactersThanTheLimitStopsBeingReadThere() throws IOException {
        byte[] pdf = Pdfs.text(Collections.nCopies(30, "hợp tác xã ".repeat(8)).toArray(String[]::new));
        Path file = temp.resolve("x.pdf");
        Files.write(file, pdf);

        PdfText.Reading reading = PdfText.read(file, "x.pdf", pdf.length, 1000);

        assertThat(reading.pages()).contains(1);
        assertThat(reading.text()).isEmpty();
        assertThat(reading.warning()).contains("x.pdf holds more than 1000 characters of text, more than this site reads for "
            + "search; it is published and linked, but search cannot find what it says — split it into smaller files");
        assertThat(PdfText.read(file, "x.pdf", pdf.length, 3000).text()).isPresent();
    }

    @Test
    void aFileOverTheSizeLimitIsNotOpened() throws IOException {
        Path file = temp.resolve("x.pdf");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(PdfText.MAX_BYTES + 1);
        }

        PdfText.Reading reading = PdfText.read(file, "x.pdf", Files.size(file));

        assertThat(reading.pages()).isEmpty();
        assertThat(reading.warning()).contains("x.pdf is 31 MB, over the 30 MB this site reads for search; it is published and "
            + "linked, but search cannot find what it says — attach a smaller copy (saved with \"reduce file size\", or split)");
    }

    private PdfText.Reading read(byte[] pdf) throws IOException {
        Path file = temp.resolve("x.pdf");
        Files.write(file, pdf);
        return PdfText.read(file, "x.pdf", pdf.length);
    }
}
