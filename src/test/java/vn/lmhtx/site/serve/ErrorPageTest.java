package vn.lmhtx.site.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.lmhtx.site.messages.Language;

/** The preview's error pages speak the editor's language, and say so in {@code lang}. */
class ErrorPageTest {

    @Test
    @SuppressWarnings("try") // the choice is the resource: it holds for the block
    void theFailedBuildPageIsVietnameseByDefaultAndEnglishOnRequest() {
        String problem = "content/x.md:4: date: \"2018-02-30\" không phải là ngày hợp lệ (hãy viết 2018-02-28)";
        try (Language.Choice vi = Language.choose(Language.VI)) {
            assertThat(ErrorPage.buildFailed(List.of(problem), Optional.empty(), ""))
                .contains("<html lang=\"vi\">", "<title>Lỗi khi dựng trang</title>", "<h1>Trang chưa dựng được</h1>",
                    "Sửa các lỗi dưới đây rồi lưu tệp; trang sẽ tự tải lại.", "<code>" + problem.replace("\"", "&quot;") + "</code>");
            assertThat(ErrorPage.stoppedWatching("x", Optional.empty(), "")).contains("<h1>Bản xem trước đã ngừng theo dõi tệp</h1>");
        }
        try (Language.Choice en = Language.choose(Language.EN)) {
            assertThat(ErrorPage.buildFailed(List.of(), Optional.empty(), ""))
                .contains("<html lang=\"en\">", "<h1>The site could not be built</h1>");
        }
    }
}
