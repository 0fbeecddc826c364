package vn.lmhtx.site.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Lines of links in a content file: read once, found in document order, repeated links on their own lines. */
class SourceLinesTest {

    @Test
    void repeatedLinksGetTheirOwnLinesAndTheFileIsReadOnce() {
        AtomicInteger reads = new AtomicInteger();
        SourceLines lines = new SourceLines(() -> {
            reads.incrementAndGet();
            return "---\ntitle: x\n---\n[a](/x/)\n\n[b](/y/)\n\n[c](/x/)\n";
        });

        assertThat(lines.lineOf("/x/")).isEqualTo(4);
        assertThat(lines.lineOf("/y/")).isEqualTo(6);
        assertThat(lines.lineOf("/x/")).isEqualTo(8);
        // Out of order (a template link, a reference definition): the first mention.
        assertThat(lines.lineOf("/x/")).isEqualTo(4);
        assertThat(lines.lineOf("/khong-co/")).isEqualTo(1);
        assertThat(lines.lineOf("")).isEqualTo(1);
        assertThat(reads).hasValue(1);
    }

    @Test
    void thousandsOfProblemsOnALargePageAreEachLocatedOnTheirLine() {
        StringBuilder text = new StringBuilder();
        int links = 40_000;
        for (int i = 0; i < links; i++) {
            text.append("Đoạn văn thứ ").append(i).append(" có ảnh ![](/anh.jpg) ở giữa dòng.\n");
        }
        SourceLines lines = new SourceLines(text::toString);
        // Searching the 2.6 MB text from its start for each of the 40,000 problems took minutes; once through is
        // instant. The time is not asserted (it would flake on a busy machine); a regression shows as a stalled run.
        for (int i = 0; i < links; i++) {
            assertThat(lines.lineOf("/anh.jpg")).isEqualTo(i + 1);
        }
    }
}
