package vn.lmhtx.site.load;

import static vn.lmhtx.site.content.ContentType.ACHIEVEMENT;
import static vn.lmhtx.site.content.ContentType.CONGRESS;
import static vn.lmhtx.site.content.ContentType.DOCUMENT;
import static vn.lmhtx.site.content.ContentType.HISTORY;
import static vn.lmhtx.site.content.ContentType.NEWS;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.lmhtx.site.content.ContentType;
import vn.lmhtx.site.content.Decision;
import vn.lmhtx.site.content.Keyed;
import vn.lmhtx.site.content.Status;
import vn.lmhtx.site.load.FieldSpec.Choice;
import vn.lmhtx.site.load.FieldSpec.Kind;

/** Every front-matter field the site understands: the single source for validation and the editors' reference. */
public final class Schema {

    private static final Set<ContentType> ALL = EnumSet.allOf(ContentType.class);
    private static final Set<ContentType> NONE = EnumSet.noneOf(ContentType.class);
    /** A list item's index in a field's name ("tags[2]"), which limits ignore. */
    private static final Pattern LIST_INDEX = Pattern.compile("\\[\\d+]");

    private static final String APPROVALS = "recognition (công nhận), "
        + "regulation (phê duyệt Quy chế tổ chức và hoạt động), charter-recognition (công nhận Điều lệ), "
        + "charter (phê duyệt Điều lệ), amended-charter (phê duyệt Điều lệ sửa đổi, bổ sung)";

    private static final List<Choice> APPROVAL_CHOICES = choices(Decision.Approval.class, Decision.Approval::label);

    private static final List<FieldSpec> DECISION = List.of(
        field("number", "Số quyết định", 100, Kind.TEXT, ALL, ALL, "Số quyết định, viết như trên văn bản", "1385/QĐ-UBND"),
        field("date", "Ngày ký", Kind.DATE, ALL, ALL, "Ngày ký quyết định", "2006-08-29"),
        field("issuer", "Cơ quan ban hành", 200, Kind.TEXT, ALL, ALL, "Cơ quan ban hành", "Ủy ban nhân dân tỉnh Kiên Giang"),
        choice("approves", "Nội dung công nhận, phê duyệt", APPROVAL_CHOICES, ALL, ALL, "Nội dung được công nhận hoặc phê duyệt: " + APPROVALS, "charter-recognition"));

    private static final List<FieldSpec> METRIC = List.of(
        field("label", "Tên số liệu", 200, Kind.TEXT, ALL, ALL, "Tên số liệu", "Thành viên HTX được vay vốn"),
        field("value", "Số liệu", Kind.WHOLE_NUMBER, ALL, ALL, "Số liệu, viết liền không dấu chấm (1943, không phải 1.943)", "1943"),
        field("max", "Số lớn nhất", Kind.WHOLE_NUMBER, ALL, NONE, "Số lớn nhất khi số liệu là một khoảng (từ 07 đến 09)", "9"),
        field("unit", "Đơn vị", 50, Kind.TEXT, ALL, ALL, "Đơn vị", "thành viên"),
        field("qualifier", "Từ đứng trước", 50, Kind.TEXT, ALL, NONE, "Từ đứng trước số liệu, như \"trên\" hoặc \"gần\"", "trên"));

    private static final List<FieldSpec> MILESTONE = List.of(
        field("when", "Thời điểm", Kind.PARTIAL_DATE, ALL, ALL, "Thời điểm: ngày, khoảng ngày, tháng hoặc năm", "1992"),
        field("text", "Sự kiện", 1000, Kind.TEXT, ALL, ALL, "Sự kiện", "Thành lập Hội đồng lâm thời các doanh nghiệp ngoài quốc doanh tỉnh Kiên Giang"));

    private static final List<FieldSpec> FIELDS = List.of(
        field("title", "Tiêu đề", 200, Kind.TEXT, ALL, ALL, "Tiêu đề bài viết", "Quá trình hình thành và phát triển Liên minh HTX tỉnh Kiên Giang"),
        choice("type", "Loại nội dung", choices(ContentType.class, ContentType::label), ALL, ALL, "Loại nội dung: " + String.join(", ", ContentType.keys()), NEWS.key()),
        field("date", "Ngày", Kind.DATE_TIME, ALL, EnumSet.of(NEWS, DOCUMENT), "Ngày đăng (giờ Việt Nam nếu không ghi múi giờ); tin có ngày trong tương lai chỉ xuất hiện từ ngày đó. Với văn bản: ngày ban hành", "2018-02-21T14:45:00+07:00"),
        field("summary", "Tóm tắt", 1000, Kind.TEXT, ALL, EnumSet.of(NEWS), "Tóm tắt hiện trong danh sách tin và RSS", "Tóm tắt quá trình hình thành và phát triển."),
        field("tags", "Từ khóa", 100, Kind.TEXT_LIST, ALL, NONE, "Từ khóa", "[Hợp tác xã, Đại hội]"),
        field("author", "Tác giả", 100, Kind.TEXT, ALL, NONE, "Tác giả", "Nguyễn Quí"),
        field("category", "Chuyên mục", 100, Kind.TEXT, ALL, NONE, "Chuyên mục", "Hoạt động Hợp tác xã"),
        field("image", "Ảnh đại diện", 200, Kind.TEXT, EnumSet.of(NEWS), NONE, "Ảnh đại diện của tin: tên tệp ảnh (JPEG, PNG hoặc WebP) đặt cùng thư mục với bài; hiện đầu bài, trong danh sách tin và trang chủ", "anh-dai-dien.jpg"),
        field("image_alt", "Mô tả ảnh đại diện", 300, Kind.TEXT, EnumSet.of(NEWS), NONE, "Mô tả ảnh đại diện cho người không xem được ảnh; bắt buộc khi có image", "Quang cảnh hội nghị"),
        choice("status", "Trạng thái", choices(Status.class, Schema::statusLabel), ALL, NONE, "published (mặc định) hoặc draft (bản nháp, không xuất bản)", "draft"),
        field("slug", "Địa chỉ trang (slug)", 100, Kind.SLUG, ALL, NONE, "Phần cuối của địa chỉ trang; mặc định là tên tệp", "qua-trinh-hinh-thanh"),
        field("aliases", "Địa chỉ cũ", 500, Kind.PATH_LIST, ALL, NONE, "Địa chỉ cũ chuyển hướng về trang này; không được trùng trang khác hay tệp do trang tự tạo (/index.html, /feed.xml, /assets/…)", "[/tin-cu/qua-trinh.html]"),
        field("number", "Đại hội lần thứ", Kind.WHOLE_NUMBER, EnumSet.of(CONGRESS), EnumSet.of(CONGRESS), "Đại hội lần thứ mấy (1 cho lần thứ I)", "3"),
        field("held", "Thời gian tổ chức", Kind.PARTIAL_DATE, EnumSet.of(CONGRESS), EnumSet.of(CONGRESS), "Thời gian tổ chức: ngày, khoảng ngày hoặc tháng", "2006-07-20/2006-07-21"),
        field("term", "Nhiệm kỳ", Kind.YEARS, EnumSet.of(CONGRESS), NONE, "Nhiệm kỳ", "2006-2010"),
        field("adopted_name", "Tên gọi được thông qua", 200, Kind.TEXT, EnumSet.of(CONGRESS), NONE, "Tên gọi được Đại hội thông qua", "Liên minh HTX tỉnh Kiên Giang"),
        new FieldSpec("decision", "Quyết định công nhận", Kind.MAPPING, EnumSet.of(CONGRESS), EnumSet.of(CONGRESS), "Quyết định công nhận hoặc phê duyệt", "", DECISION, 0, List.of()),
        field("theme", "Nhóm thành tựu", 100, Kind.TEXT, EnumSet.of(ACHIEVEMENT), EnumSet.of(ACHIEVEMENT), "Nhóm thành tựu", "Tín dụng và bảo hiểm"),
        field("order", "Thứ tự", Kind.WHOLE_NUMBER, EnumSet.of(ACHIEVEMENT), NONE, "Thứ tự trong trang thành tựu", "2"),
        new FieldSpec("metrics", "Số liệu", Kind.MAPPING_LIST, EnumSet.of(ACHIEVEMENT), NONE, "Các số liệu nổi bật", "", METRIC, 0, List.of()),
        field("source", "Bài nguồn của số liệu", 200, Kind.PATH, EnumSet.of(ACHIEVEMENT), NONE, "Địa chỉ bài tin tức của trang mà các số liệu được lấy từ đó; "
            + "dưới số liệu, trang ghi \"Nguồn:\" cùng tiêu đề và ngày đăng của bài đó", "/tin-tuc/qua-trinh-hinh-thanh-va-phat-trien-lien-minh-htx-tinh-kien-giang/"),
        field("as_of", "Số liệu tính đến", Kind.PARTIAL_DATE, EnumSet.of(ACHIEVEMENT), NONE, "Số liệu tính đến ngày, tháng, năm hoặc trong khoảng ngày nào, "
            + "đúng như bài nguồn ghi; không ghi thì là ngày đăng bài nguồn; không được sau ngày đăng bài nguồn", "2018-02-21"),
        field("number", "Số văn bản", 50, Kind.TEXT, EnumSet.of(DOCUMENT), EnumSet.of(DOCUMENT), "Số văn bản, viết như trên văn bản", "1385/QĐ-UBND"),
        field("issuer", "Cơ quan ban hành", 200, Kind.TEXT, EnumSet.of(DOCUMENT), EnumSet.of(DOCUMENT), "Cơ quan ban hành", "Ủy ban nhân dân tỉnh Kiên Giang"),
        choice("approves", "Nội dung công nhận, phê duyệt", APPROVAL_CHOICES, EnumSet.of(DOCUMENT), NONE, "Với quyết định công nhận hoặc phê duyệt kết quả Đại hội: " + APPROVALS, "charter-recognition"),
        field("subject", "Trích yếu", 500, Kind.TEXT, EnumSet.of(DOCUMENT), NONE, "Trích yếu: văn bản về việc gì, chép đúng như trên văn bản", "Về việc công nhận Điều lệ"),
        field("attachment", "Tệp PDF đính kèm", 100, Kind.TEXT, EnumSet.of(DOCUMENT), NONE, "Tệp PDF của văn bản, đặt cùng thư mục với tệp .md; tên tệp chỉ gồm chữ thường không dấu, số, dấu gạch ngang; chữ trong tệp được đưa vào tìm kiếm (tệp quét, có mật khẩu hay hỏng: cảnh báo, không tìm được)", "qd-1385-ubnd.pdf"),
        new FieldSpec("milestones", "Các mốc lịch sử", Kind.MAPPING_LIST, EnumSet.of(HISTORY), NONE, "Các mốc không phải Đại hội trên dòng thời gian", "", MILESTONE, 0, List.of()));

    private Schema() {
    }

    private static String statusLabel(Status status) {
        return status == Status.DRAFT ? "Bản nháp (không xuất bản)" : "Xuất bản";
    }

    /** The top-level fields, in the order the reference lists them. */
    public static List<FieldSpec> fields() {
        return FIELDS;
    }

    /** The first field named {@code name}; a name that two types use for different things has one spec per type. */
    public static Optional<FieldSpec> field(String name) {
        return FIELDS.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The field named {@code name} that {@code type} may carry, else the first of that name. */
    public static Optional<FieldSpec> field(String name, ContentType type) {
        return FIELDS.stream().filter(f -> f.name().equals(name) && f.isAllowedFor(type)).findFirst().or(() -> field(name));
    }

    /**
     * The most characters a value of the field named as messages name it ({@code title}, {@code tags[2]},
     * {@code metrics[1].label}) may have; 0 for no limit beyond its shape.
     */
    static int maxLength(String name) {
        // Asked for every text value of every file: the pattern is compiled once, and used only on list items' names.
        String unindexed = name.indexOf('[') < 0 ? name : LIST_INDEX.matcher(name).replaceAll("");
        String[] path = unindexed.split("\\.", -1);
        if (path.length == 1) {
            // A name two types share (number: a congress's ordinal, a document's number) gets the larger limit;
            // each type's reader checks the value's shape, which is the stricter bound.
            return FIELDS.stream().filter(f -> f.name().equals(path[0])).mapToInt(FieldSpec::maxLength).max().orElse(0);
        }
        Optional<FieldSpec> spec = field(path[0]);
        for (int i = 1; i < path.length && spec.isPresent(); i++) {
            String child = path[i];
            spec = spec.get().children().stream().filter(f -> f.name().equals(child)).findFirst();
        }
        return spec.map(FieldSpec::maxLength).orElse(0);
    }

    private static FieldSpec field(String name, String label, Kind kind, Set<ContentType> allowed, Set<ContentType> required,
                                   String description, String example) {
        return field(name, label, 0, kind, allowed, required, description, example);
    }

    private static FieldSpec field(String name, String label, int maxLength, Kind kind, Set<ContentType> allowed,
                                   Set<ContentType> required, String description, String example) {
        return new FieldSpec(name, label, kind, allowed, required, description, example, List.of(), maxLength, List.of());
    }

    /** A field whose value is one of {@code choices}. */
    private static FieldSpec choice(String name, String label, List<Choice> choices, Set<ContentType> allowed,
                                    Set<ContentType> required, String description, String example) {
        return new FieldSpec(name, label, Kind.CHOICE, allowed, required, description, example, List.of(), 0, choices);
    }

    private static <E extends Enum<E> & Keyed> List<Choice> choices(Class<E> type, Function<E, String> label) {
        return Arrays.stream(type.getEnumConstants()).map(c -> new Choice(c.key(), label.apply(c))).toList();
    }
}
