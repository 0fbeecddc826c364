package vn.lmhtx.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttachmentTest {

    @Test
    void sizesReadAsReadersWriteThem() {
        assertThat(size(0)).isEqualTo("1 kB");
        assertThat(size(1)).isEqualTo("1 kB");
        assertThat(size(2345)).isEqualTo("3 kB");
        assertThat(size(850_000)).isEqualTo("850 kB");
        assertThat(size(1_000_000)).isEqualTo("1,0 MB");
        assertThat(size(1_234_567)).isEqualTo("1,2 MB");
        assertThat(size(31_990_000)).isEqualTo("32,0 MB");
    }

    @Test
    void pageCountsReadAsReadersWriteThemAndAnUnknownOneIsLeftOut() {
        assertThat(attachment(1, Optional.of(1)).pagesDisplay()).contains("1 trang");
        assertThat(attachment(1, Optional.of(1024)).pagesDisplay()).contains("1.024 trang");
        assertThat(attachment(1, Optional.empty()).pagesDisplay()).isEmpty();
    }

    private static String size(long bytes) {
        return attachment(bytes, Optional.empty()).sizeDisplay();
    }

    private static Attachment attachment(long bytes, Optional<Integer> pages) {
        return new Attachment("content/van-ban/x.pdf", "/van-ban/x/x.pdf", bytes, pages, Optional.empty());
    }
}
