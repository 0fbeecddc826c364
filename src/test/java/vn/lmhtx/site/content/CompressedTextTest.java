package vn.lmhtx.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompressedTextTest {

    @Test
    void givesBackTheSameTextSmaller() {
        String body = "<p>Liên minh Hợp tác xã tỉnh Kiên Giang, nhiệm kỳ 2005 – 2010; 1.943 HTX 😀</p>\n".repeat(200);

        CompressedText compressed = CompressedText.of(body);

        assertThat(compressed.toString()).isEqualTo(body);
        assertThat(compressed).isEqualTo(CompressedText.of(body)).hasSameHashCodeAs(CompressedText.of(body));
        assertThat(compressed).isNotEqualTo(CompressedText.of(body + " "));
    }

    @Test
    void keepsEmptyAndOddTexts() {
        for (String text : new String[] {"", "a", "\u0000\n\r\t", "ĐẠI HỘI", "x".repeat(100_000),
            "đ".repeat(CompressedText.STORED_FROM / 2 - 1), "đ".repeat(CompressedText.STORED_FROM / 2)}) {
            assertThat(CompressedText.of(text).toString()).isEqualTo(text);
        }
    }

    @Test
    void keepsAnArticleOfMegabytesAsItIs() {
        String small = "đ".repeat(CompressedText.STORED_FROM / 2 - 1);
        String large = small + "đ";

        assertThat(CompressedText.of(small)).isNotEqualTo(CompressedText.of(large));
        assertThat(CompressedText.of(large)).isEqualTo(CompressedText.of(large)).hasSameHashCodeAs(CompressedText.of(large));
        assertThat(CompressedText.of(large).toString()).isEqualTo(large);
    }
}
