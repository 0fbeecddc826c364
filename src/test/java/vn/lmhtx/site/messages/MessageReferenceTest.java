package vn.lmhtx.site.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The handbook's list of messages is the catalogue, written out: if a message changes and the committed page does
 * not, this fails. Regenerate with {@code mvn test -Dtest=MessageReferenceTest -Dgolden.update=true}.
 */
class MessageReferenceTest {

    private static final Path PAGE = Paths.get("src/site/markdown/thong-bao.md");

    @Test
    void theHandbookPageIsTheCatalogue() throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(PAGE, MessageReference.markdown(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8)).isEqualTo(MessageReference.markdown());
    }

    @Test
    void everyMessageIsListedInVietnameseWithItsArgumentsNamed() {
        String page = MessageReference.markdown();
        for (Message message : Message.values()) {
            assertThat(page).contains("| `" + message.name() + "` |");
        }
        assertThat(page).contains("| \"‹giá trị đã viết›\" không phải là ngày hợp lệ (hãy viết ‹ngày gợi ý›) | `NOT_A_DATE` |")
            .contains("| không được dùng &lt;script> trong bài; hãy xóa đi (trang tự thêm các tập lệnh cần thiết) | `SCRIPT_NOT_ALLOWED` |")
            .doesNotContain("{0}", "''");
    }
}
