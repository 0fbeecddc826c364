package vn.lmhtx.site.images;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lmhtx.site.messages.Language;

/** Photo sizes are written in tenths rounded up, with the decimal mark of the messages' language. */
class PhotoProblemsTest {

    @Test
    @SuppressWarnings("try") // the choice is the resource: it holds for the block
    void inEnglishWithADecimalPoint() {
        try (Language.Choice en = Language.choose(Language.EN)) {
            assertThat(PhotoProblems.tooManyPixels("qua-lon.png", 8000, 5001, PhotoDecoder.MAX_PIXELS)).isEqualTo(
                "qua-lon.png is 8000×5001 pixels (40.1 megapixels); the limit is 40 megapixels: resize it to at most 4000 pixels wide");
            assertThat(PhotoProblems.tooManyBytes("qua-nang.jpg", 30_000_001L, Photos.MAX_BYTES)).startsWith(
                "qua-nang.jpg is 30.1 MB; the limit is 30 MB:");
        }
    }

    @Test
    @SuppressWarnings("try") // the choice is the resource: it holds for the block
    void inVietnameseWithADecimalComma() {
        try (Language.Choice vi = Language.choose(Language.VI)) {
            assertThat(PhotoProblems.tooManyPixels("qua-lon.png", 8000, 5001, PhotoDecoder.MAX_PIXELS)).isEqualTo(
                "qua-lon.png có kích thước 8000×5001 điểm ảnh (40,1 megapixel), quá giới hạn 40 megapixel: hãy thu nhỏ ảnh, "
                    + "rộng tối đa 4000 điểm ảnh");
            assertThat(PhotoProblems.tooManyBytes("qua-nang.jpg", 30_000_001L, Photos.MAX_BYTES)).isEqualTo(
                "qua-nang.jpg nặng 30,1 MB, quá giới hạn 30 MB: hãy xuất lại ảnh từ điện thoại hoặc máy ảnh ở cỡ nhỏ hơn "
                    + "(rộng 4000 điểm ảnh là đủ)");
            assertThat(PhotoProblems.heic("iphone.heic")).startsWith("iphone.heic là ảnh HEIC/HEIF (của iPhone)");
        }
    }
}
