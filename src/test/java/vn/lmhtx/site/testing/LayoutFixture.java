package vn.lmhtx.site.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A realistic site for judging layouts, written from a fixed seed (the same files every run): 64 news items over three
 * years with long Vietnamese titles, four categories, several tags each, tables and sub-headings, with the project's
 * templates and assets. Test data only: it never enters {@code content/}, and its sentences state no fact of the
 * alliance.
 */
public final class LayoutFixture {

    /** How many news items the fixture has: enough for several list pages, years, tags and related news. */
    public static final int NEWS = 64;

    private static final List<String> SUBJECTS = List.of("Hợp tác xã nông nghiệp", "Quỹ tín dụng nhân dân",
        "Tổ hợp tác nuôi trồng thủy sản", "Liên hiệp hợp tác xã dịch vụ", "Hợp tác xã vận tải thủy bộ",
        "Hợp tác xã tiểu thủ công nghiệp");
    private static final List<String> ACTIONS = List.of("tổ chức hội nghị tổng kết hoạt động sản xuất, kinh doanh",
        "ký kết hợp đồng liên kết tiêu thụ sản phẩm với doanh nghiệp xuất khẩu",
        "mở lớp tập huấn nghiệp vụ kế toán và quản lý tài chính cho thành viên",
        "triển khai mô hình cánh đồng lớn gắn với chuỗi giá trị bền vững",
        "đón đoàn công tác khảo sát thực tế về phát triển kinh tế tập thể");
    private static final List<String> PLACES = List.of("huyện Giồng Riềng", "huyện Tân Hiệp", "thành phố Rạch Giá",
        "huyện Châu Thành", "huyện An Biên", "thành phố Hà Tiên");
    private static final List<String> TAGS = List.of("Hợp tác xã", "Kinh tế tập thể", "Liên kết sản xuất", "Tín dụng",
        "Tập huấn", "Thủy sản", "Nông nghiệp công nghệ cao", "Chuyển đổi số");
    private static final List<String> CATEGORIES = List.of("Hoạt động Hợp tác xã", "Tin trong tỉnh", "Chính sách",
        "Gương điển hình");

    private LayoutFixture() {
    }

    /** Writes the fixture site into {@code site} (a new folder) and returns it. */
    public static Path write(Path site) throws IOException {
        Sites.withProjectTheme(site);
        Random random = new Random(20180221);
        for (int n = 1; n <= NEWS; n++) {
            String title = SUBJECTS.get(random.nextInt(SUBJECTS.size())) + " " + PLACES.get(random.nextInt(PLACES.size()))
                + " " + ACTIONS.get(random.nextInt(ACTIONS.size())) + " (bài thử số " + n + ")";
            int year = 2016 + n % 3;
            String date = String.format(java.util.Locale.ROOT, "%d-%02d-%02dT%02d:%02d:00+07:00",
                year, 1 + n % 12, 1 + n % 28, 7 + n % 10, n % 60);
            String tags = String.join(", ", List.of(TAGS.get(n % TAGS.size()), TAGS.get((n * 3 + 1) % TAGS.size()),
                TAGS.get((n * 5 + 2) % TAGS.size())).stream().distinct().toList());
            Sites.write(site, "content/tin-tuc/bai-thu-" + n + ".md", "---\ntitle: " + title + "\ntype: news\ndate: " + date
                + "\nauthor: Phóng viên thử\ncategory: " + CATEGORIES.get(n % CATEGORIES.size()) + "\nsummary: Tóm tắt bài thử số "
                + n + ", viết dài như một đoạn mở đầu thật để danh sách tin có hai, ba dòng trên điện thoại.\ntags: ["
                + tags + "]\n---\n\n" + body(n, random));
        }
        return site;
    }

    private static String body(int n, Random random) {
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 3 + random.nextInt(4); p++) {
            body.append("Đoạn thử số ").append(p + 1).append(" của bài ").append(n)
                .append(": các thành viên trao đổi kinh nghiệm tổ chức sản xuất, tiêu thụ sản phẩm và tiếp cận nguồn vốn ưu đãi;")
                .append(" nhiều ý kiến đề nghị tăng cường liên kết giữa hợp tác xã với doanh nghiệp.\n\n");
        }
        if (n % 4 == 0) {
            body.append("## Kết quả thử theo từng đơn vị\n\n| Đơn vị | Số thành viên | Diện tích liên kết (ha) | Ghi chú |\n")
                .append("|---|---:|---:|---|\n");
            for (int row = 0; row < 6; row++) {
                body.append("| ").append(SUBJECTS.get(row)).append(' ').append(PLACES.get(row)).append(" | ")
                    .append(10 + random.nextInt(500)).append(" | ").append(100 + random.nextInt(5000))
                    .append(" | Số liệu thử, không phải số liệu thật |\n");
            }
            body.append('\n');
        }
        return body.toString();
    }
}
