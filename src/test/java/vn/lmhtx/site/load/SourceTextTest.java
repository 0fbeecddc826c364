package vn.lmhtx.site.load;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.lmhtx.site.content.Problem;

/** Decoding a content file: strict UTF-8 found without decoding twice, NFC, LF line ends, no byte order mark. */
class SourceTextTest {

    @Test
    void aRealReplacementCharacterIsTextNotABadByte() {
        FileReport report = new FileReport("content/tin-tuc/x.md");
        assertThat(SourceText.decode("Dòng một\nkí tự \uFFFD thật\n".getBytes(UTF_8), report)).contains("Dòng một\nkí tự \uFFFD thật\n");
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void theFirstBadByteIsReportedAtItsLineAfterAReplacementCharacter() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("\uFEFFmột \uFFFD\r\nhai\rba ".getBytes(UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes(" bốn\n".getBytes(UTF_8));
        FileReport report = new FileReport("content/tin-tuc/x.md");
        assertThat(SourceText.decode(bytes.toByteArray(), report)).isEmpty();
        assertThat(report.problems()).extracting(Problem::toString)
            .containsExactly("content/tin-tuc/x.md:3: file: byte 0xE9 is not UTF-8; save the file as UTF-8 (Unicode)");
    }

    @Test
    void aTruncatedSequenceAtTheEndIsABadByte() {
        byte[] text = "Hợp tác xã".getBytes(UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(text, text.length - 1);
        FileReport report = new FileReport("content/tin-tuc/x.md");
        assertThat(SourceText.decode(truncated, report)).isEmpty();
        assertThat(report.problems()).hasSize(1);
    }

    @Test
    void byteOrderMarkGoesLineEndsBecomeLfAndDecomposedTextIsComposed() {
        FileReport report = new FileReport("content/tin-tuc/x.md");
        Optional<String> text = SourceText.decode("\uFEFFHo\u0323\u0302i\r\nnghi\u0323\rxong".getBytes(UTF_8), report);
        assertThat(text).contains("Hội\nnghị\nxong");
        assertThat(report.problems()).isEmpty();
    }
}
