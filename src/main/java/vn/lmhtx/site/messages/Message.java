package vn.lmhtx.site.messages;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Format;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * Every editor-facing message, by key: the text of each is in {@code Messages.properties} (Vietnamese, the default)
 * and {@code Messages_en.properties} (English), under the constant's name, as a {@link MessageFormat} pattern whose
 * arguments {@code {0}}, {@code {1}}… are described by the constant's {@code parameters} (in Vietnamese, for the
 * handbook's list of messages). {@code MessagesTest} keeps the two files and this list equal.
 */
public enum Message {

    // ---- the file as a whole (load) -------------------------------------------------------------------------------
    FILE_TOO_LARGE(Topic.FILE, "cỡ tệp (MB)", "giới hạn (MB)"),
    NOT_UTF8(Topic.FILE, "mã byte sai"),
    CONTROL_CHARACTER(Topic.FILE, "mã ký tự", "số cột"),
    CONTROL_CHARACTERS_MORE(Topic.FILE, "số dòng"),
    SYMBOLIC_LINK_TO_FILE(Topic.FILE, "đích của liên kết"),
    SYMBOLIC_LINK_TO_FOLDER(Topic.FILE, "đích của liên kết"),
    UNREADABLE_TARGET(Topic.FILE),
    NOT_A_REGULAR_FILE(Topic.FILE),
    ASSET_PHOTO_WITH_GPS(Topic.FILE),
    ATTACHMENT_UNUSED(Topic.FILE),
    NOT_MARKDOWN(Topic.FILE),
    NESTS_TOO_DEEPLY(Topic.FILE),
    NOT_A_CONTENT_FOLDER(Topic.FILE, "thư mục", "các thư mục nội dung"),
    NO_BODY(Topic.FILE),

    // ---- front matter -----------------------------------------------------------------------------------------------
    NO_FRONT_MATTER(Topic.FRONT_MATTER),
    FRONT_MATTER_NOT_CLOSED(Topic.FRONT_MATTER),
    YAML_INVALID(Topic.FRONT_MATTER, "lỗi do bộ đọc YAML báo (tiếng Anh)"),
    YAML_INVALID_OTHER(Topic.FRONT_MATTER, "lỗi do bộ đọc YAML báo (tiếng Anh)"),
    NO_FIELDS(Topic.FRONT_MATTER),
    NOT_FIELDS(Topic.FRONT_MATTER),
    FIELD_NAME_NOT_A_WORD(Topic.FRONT_MATTER),
    FIELD_TWICE(Topic.FRONT_MATTER, "dòng viết lần đầu"),
    UNKNOWN_FIELD(Topic.FRONT_MATTER, "gợi ý tên trường gần nhất, nếu có"),
    DID_YOU_MEAN(Topic.FRONT_MATTER, "tên gần nhất"),
    NOT_A_FIELD_OF_TYPE(Topic.FRONT_MATTER, "loại bài", "các loại có trường này"),
    MISSING_ALWAYS(Topic.FRONT_MATTER, "trường", "ví dụ"),
    MISSING_FOR_TYPE(Topic.FRONT_MATTER, "loại bài", "trường", "ví dụ"),
    MISSING_NESTED_FOR_TYPE(Topic.FRONT_MATTER, "loại bài", "trường", "các trường con"),
    MISSING_IN_ENTRY(Topic.FRONT_MATTER, "trường"),
    NOT_A_TYPE(Topic.FRONT_MATTER, "giá trị đã viết", "các loại", "gợi ý gần nhất, nếu có"),
    WRONG_FOLDER(Topic.FRONT_MATTER, "loại bài", "thư mục đúng", "thư mục hiện tại"),

    // ---- values of fields -------------------------------------------------------------------------------------------
    NOT_A_SINGLE_VALUE(Topic.VALUES, "dạng đã viết"),
    SHAPE_LIST(Topic.VALUES),
    SHAPE_NESTED(Topic.VALUES),
    SHAPE_SINGLE(Topic.VALUES),
    EMPTY(Topic.VALUES),
    TOO_LONG(Topic.VALUES, "phần đầu giá trị", "độ dài", "độ dài tối đa"),
    NOT_A_LIST(Topic.VALUES, "dạng đã viết", "trường"),
    NOT_NESTED_FIELDS(Topic.VALUES, "dạng đã viết"),
    NOT_A_LIST_OF_ENTRIES(Topic.VALUES, "dạng đã viết"),
    DIGIT_GROUPING(Topic.VALUES, "giá trị đã viết", "cách viết đúng"),
    NOT_A_WHOLE_NUMBER(Topic.VALUES, "giá trị đã viết", "ví dụ"),
    OUT_OF_RANGE(Topic.VALUES, "số đã viết", "nhỏ nhất", "lớn nhất"),
    NOT_A_TERM(Topic.VALUES, "giá trị đã viết"),
    NOT_A_DATE(Topic.VALUES, "giá trị đã viết", "ngày gợi ý"),
    NOT_A_PARTIAL_DATE(Topic.VALUES, "giá trị đã viết", "ngày gợi ý"),
    NOT_A_STATUS(Topic.VALUES, "giá trị đã viết", "các giá trị dùng được"),
    ONE_OR_OTHER(Topic.VALUES, "các giá trị trước", "giá trị cuối"),
    NOT_ONE_OF(Topic.VALUES, "giá trị đã viết", "các giá trị dùng được", "gợi ý gần nhất, nếu có"),
    NO_LETTER_OR_DIGIT(Topic.VALUES, "giá trị đã viết"),
    LABEL_REPEATED(Topic.VALUES, "từ khóa", "từ khóa viết trước"),
    SLUG_INVALID(Topic.VALUES, "giá trị đã viết", "slug gợi ý"),
    FILE_NAME_NOT_A_URL(Topic.VALUES, "tên tệp", "tên gợi ý"),
    FOLDER_NAME_NOT_A_URL(Topic.VALUES, "tên thư mục", "tên gợi ý"),
    ALIAS_NOT_A_PATH(Topic.VALUES, "địa chỉ đã viết"),
    ALIAS_IS_HOME(Topic.VALUES),
    NOT_A_DECISION_NUMBER(Topic.VALUES, "giá trị đã viết"),
    NOT_A_DOCUMENT_NUMBER(Topic.VALUES, "giá trị đã viết"),
    ISSUER_WITHOUT_LETTERS(Topic.VALUES, "giá trị đã viết"),
    MAX_NOT_ABOVE_VALUE(Topic.VALUES, "max", "value"),
    ATTACHMENT_NAME(Topic.VALUES, "tên tệp"),
    ATTACHMENT_MISSING(Topic.VALUES, "tên tệp", "thư mục"),

    // ---- photos beside an article, and documents' PDFs (load) -------------------------------------------------------
    PHOTO_WITHOUT_DESCRIPTION(Topic.PHOTOS_AND_PDFS, "tên ảnh đã viết"),
    PHOTO_MISSING(Topic.PHOTOS_AND_PDFS, "tên ảnh đã viết", "thư mục của bài"),
    PHOTO_OUTSIDE_CONTENT(Topic.PHOTOS_AND_PDFS, "tên ảnh đã viết"),
    PHOTO_NOT_BESIDE(Topic.PHOTOS_AND_PDFS, "ảnh đã viết"),
    LEAD_IMAGE_ALT_MISSING(Topic.PHOTOS_AND_PDFS),
    LEAD_IMAGE_MISSING(Topic.PHOTOS_AND_PDFS),
    PHOTO_UNSHOWN(Topic.PHOTOS_AND_PDFS, "tên tệp ảnh"),
    PHOTO_TOO_MANY_BYTES(Topic.PHOTOS_AND_PDFS, "tên tệp ảnh", "cỡ tệp (MB)", "giới hạn (MB)"),
    PHOTO_TOO_MANY_PIXELS(Topic.PHOTOS_AND_PDFS, "tên tệp ảnh", "chiều rộng", "chiều cao", "số megapixel", "giới hạn (megapixel)"),
    PHOTO_HEIC(Topic.PHOTOS_AND_PDFS, "tên tệp ảnh"),
    PHOTO_UNKNOWN_FORMAT(Topic.PHOTOS_AND_PDFS, "tên tệp ảnh"),
    PHOTO_DAMAGED(Topic.PHOTOS_AND_PDFS, "tên tệp ảnh", "chi tiết lỗi (tiếng Anh)"),
    PDF_TOO_LARGE(Topic.PHOTOS_AND_PDFS, "tên tệp PDF", "cỡ tệp (MB)", "giới hạn (MB)"),
    PDF_TOO_MANY_PAGES(Topic.PHOTOS_AND_PDFS, "tên tệp PDF", "số trang", "giới hạn"),
    PDF_TOO_MUCH_TEXT(Topic.PHOTOS_AND_PDFS, "tên tệp PDF", "giới hạn (ký tự)"),
    PDF_PASSWORD(Topic.PHOTOS_AND_PDFS, "tên tệp PDF"),
    PDF_COPY_FORBIDDEN(Topic.PHOTOS_AND_PDFS, "tên tệp PDF"),
    PDF_NO_TEXT(Topic.PHOTOS_AND_PDFS, "tên tệp PDF"),
    PDF_UNREADABLE(Topic.PHOTOS_AND_PDFS, "tên tệp PDF", "lý do (tiếng Anh)"),

    // ---- between files ----------------------------------------------------------------------------------------------
    URL_OF_ANOTHER_PAGE(Topic.BETWEEN_FILES, "địa chỉ", "trang kia"),
    URL_CLASH(Topic.BETWEEN_FILES, "chỗ trùng (tiếng Anh)"),
    ALIAS_OWN_URL(Topic.BETWEEN_FILES, "địa chỉ cũ"),
    ALIAS_CLASH(Topic.BETWEEN_FILES, "chỗ trùng (tiếng Anh)"),
    SPELLING_DIFFERS(Topic.BETWEEN_FILES, "cách viết ở đây", "cách viết trước", "tệp viết trước"),
    OWNER_URL_OF(Topic.BETWEEN_FILES, "tệp nội dung"),
    OWNER_ALIAS_OF(Topic.BETWEEN_FILES, "tệp nội dung"),
    LIST_NEWS(Topic.BETWEEN_FILES),
    LIST_CONGRESSES(Topic.BETWEEN_FILES),
    LIST_ACHIEVEMENTS(Topic.BETWEEN_FILES),
    LIST_ABOUT(Topic.BETWEEN_FILES),
    LIST_DOCUMENTS(Topic.BETWEEN_FILES),
    RESERVED_HOME(Topic.BETWEEN_FILES),
    RESERVED_LIST(Topic.BETWEEN_FILES, "tên danh sách"),
    RESERVED_TAGS(Topic.BETWEEN_FILES),
    RESERVED_CATEGORIES(Topic.BETWEEN_FILES),
    RESERVED_SEARCH(Topic.BETWEEN_FILES),
    RESERVED_FEED(Topic.BETWEEN_FILES),
    RESERVED_SITEMAP(Topic.BETWEEN_FILES),
    RESERVED_NOT_FOUND(Topic.BETWEEN_FILES),
    RESERVED_ROBOTS(Topic.BETWEEN_FILES),
    RESERVED_ASSETS(Topic.BETWEEN_FILES),
    RESERVED_SEARCH_DATA(Topic.BETWEEN_FILES),
    RESERVED_WEB_EDITOR(Topic.BETWEEN_FILES),
    RESERVED_TAG_PAGES(Topic.BETWEEN_FILES),
    RESERVED_CATEGORY_PAGES(Topic.BETWEEN_FILES),
    RESERVED_NEWS_PAGES(Topic.BETWEEN_FILES),
    RESERVED_ISSUER_LISTS(Topic.BETWEEN_FILES),
    CLASH_FOLDER_HOLDS(Topic.BETWEEN_FILES, "địa chỉ", "tệp sẽ ghi", "địa chỉ trong thư mục đó", "trang đó là gì"),
    CLASH_FILE_OF(Topic.BETWEEN_FILES, "địa chỉ", "tệp sẽ ghi", "thư mục", "địa chỉ kia", "trang đó là gì"),
    CLASH_HOST_TWIN(Topic.BETWEEN_FILES, "địa chỉ", "tệp sẽ ghi", "địa chỉ không dấu /", "địa chỉ kia", "trang đó là gì"),
    CLASH_ALREADY(Topic.BETWEEN_FILES, "địa chỉ", "trang đó là gì"),
    CLASH_SAME_FILE(Topic.BETWEEN_FILES, "địa chỉ", "địa chỉ kia", "ghi chú về chữ hoa", "trang đó là gì"),
    CLASH_CASE_NOTE(Topic.BETWEEN_FILES),
    CLASH_IS(Topic.BETWEEN_FILES, "địa chỉ", "trang đó là gì"),
    CLASH_INSIDE(Topic.BETWEEN_FILES, "địa chỉ", "tệp sẽ ghi", "thư mục dành riêng", "thư mục đó là gì"),
    CLASH_FILE_IS(Topic.BETWEEN_FILES, "địa chỉ", "tệp sẽ ghi", "địa chỉ kia", "trang đó là gì"),
    CONGRESS_TWICE(Topic.BETWEEN_FILES, "số Đại hội", "tệp kia"),
    PERIOD_WITHOUT_SOURCE(Topic.BETWEEN_FILES),
    SOURCE_NOT_A_PAGE(Topic.BETWEEN_FILES, "địa chỉ đã ghi"),
    SOURCE_NOT_NEWS(Topic.BETWEEN_FILES, "địa chỉ đã ghi", "tệp của trang đó"),
    SOURCE_IS_DRAFT(Topic.BETWEEN_FILES, "địa chỉ đã ghi", "tệp của bài nháp"),
    SOURCE_OLD_ADDRESS(Topic.BETWEEN_FILES, "địa chỉ đã ghi", "tệp của bài", "địa chỉ hiện nay"),
    AS_OF_AFTER_SOURCE(Topic.BETWEEN_FILES, "thời điểm đã ghi", "ngày đăng bài nguồn"),
    DOCUMENT_TWICE(Topic.BETWEEN_FILES, "số văn bản", "tệp kia"),

    // ---- the text of an article (markdown) --------------------------------------------------------------------------
    SCRIPT_NOT_ALLOWED(Topic.BODY),
    EVENT_ATTRIBUTE(Topic.BODY, "thuộc tính", "thẻ"),
    JAVASCRIPT_IN_TAG(Topic.BODY, "thẻ và thuộc tính"),
    JAVASCRIPT_LINK(Topic.BODY, "liên kết"),
    HTML_LEFT_OUT(Topic.BODY, "các thẻ bị bỏ"),
    DATA_URL_IMAGE(Topic.BODY, "địa chỉ"),
    DATA_URL_LINK(Topic.BODY, "địa chỉ"),
    LOCAL_FILE(Topic.BODY, "địa chỉ"),
    SCHEME_IMAGE(Topic.BODY, "địa chỉ", "giao thức", "các giao thức dùng được"),
    SCHEME_LINK(Topic.BODY, "địa chỉ", "giao thức", "các giao thức dùng được"),
    RULE_TOO_LONG(Topic.BODY, "số ký tự", "giới hạn"),
    INDENTED_TOO_DEEP(Topic.BODY, "số cột", "giới hạn", "số tầng"),
    NESTED_TOO_DEEP(Topic.BODY, "số tầng"),

    // ---- links and images in the baked pages (html) -----------------------------------------------------------------
    IMAGE_WITHOUT_DESCRIPTION(Topic.LINKS, "địa chỉ ảnh"),
    IMAGE_FROM_ANOTHER_SITE(Topic.LINKS, "địa chỉ ảnh"),
    LINK_TO_MISSING_ANCHOR(Topic.LINKS, "liên kết", "trang chứa liên kết", "mục (#)"),
    LINK_NOT_A_URL(Topic.LINKS, "liên kết", "trang chứa liên kết"),
    LINK_OUTSIDE_THE_SITE(Topic.LINKS, "liên kết", "trang chứa liên kết", "đường dẫn"),
    LINK_TO_NOTHING(Topic.LINKS, "liên kết", "trang chứa liên kết", "đường dẫn"),
    LINK_TO_UNPUBLISHED(Topic.LINKS, "liên kết", "trang chứa liên kết", "trang đích", "giờ và ngày đăng"),
    LINK_TO_DRAFT(Topic.LINKS, "liên kết", "trang chứa liên kết", "trang đích (bản nháp)"),

    // ---- settings (jbake.properties) and check --release ------------------------------------------------------------
    SETTINGS_NOT_FOUND(Topic.SETTINGS, "thư mục trang"),
    SETTING_MISSING(Topic.SETTINGS, "tên cài đặt"),
    SETTING_NOT_AS_EXPECTED(Topic.SETTINGS, "giá trị", "điều cần có"),
    HOST_EXPECTED(Topic.SETTINGS),
    BASE_PATH_INVALID(Topic.SETTINGS, "giá trị"),
    PER_PAGE_INVALID(Topic.SETTINGS, "giá trị"),
    ICON_INVALID(Topic.SETTINGS, "giá trị"),
    NOTICE_TOO_LONG(Topic.SETTINGS, "số ký tự", "số ký tự tối đa"),
    CMS_ENABLED_INVALID(Topic.SETTINGS, "giá trị đã ghi"),
    CMS_REPOSITORY_MISSING(Topic.SETTINGS),
    CMS_REPOSITORY_INVALID(Topic.SETTINGS, "giá trị đã ghi"),
    CMS_AUTH_URL_INVALID(Topic.SETTINGS, "giá trị đã ghi"),
    UNKNOWN_PAGE_KIND(Topic.SETTINGS, "loại trang", "các loại trang"),
    TEMPLATE_SETTING_MISSING(Topic.SETTINGS, "tên cài đặt", "mẫu mặc định"),
    TEMPLATE_OUTSIDE(Topic.SETTINGS, "tệp", "mẫu mặc định"),
    TEMPLATE_MISSING(Topic.SETTINGS, "tệp"),
    RELEASE_EXAMPLE_HOST(Topic.SETTINGS, "địa chỉ"),
    RELEASE_CONTACT_EMPTY(Topic.SETTINGS, "thông tin cần điền"),
    RELEASE_CONTACT_PLACEHOLDER(Topic.SETTINGS, "giá trị", "thông tin cần điền"),
    CONTACT_ADDRESS(Topic.SETTINGS),
    CONTACT_PHONE(Topic.SETTINGS),
    CONTACT_EMAIL(Topic.SETTINGS),
    CONTACT_RESPONSIBLE(Topic.SETTINGS),

    // ---- the commands: build, check, serve, new ---------------------------------------------------------------------
    WARNING(Topic.COMMANDS),
    SUMMARY_BUILT(Topic.COMMANDS, "số trang", "số bài", "số bài chưa đăng", "số cảnh báo", "số giây", "thư mục kết quả"),
    SUMMARY_CHECKED(Topic.COMMANDS, "số trang", "số bài", "số bài chưa đăng", "số cảnh báo", "số giây"),
    SUMMARY_REBUILT(Topic.COMMANDS, "số trang", "số bài", "số bài chưa đăng", "số cảnh báo", "số giây"),
    ERRORS_NOTHING_WRITTEN(Topic.COMMANDS, "số lỗi"),
    ERRORS_IN_PREVIEW(Topic.COMMANDS, "số lỗi"),
    INTERNAL_FAILURE(Topic.COMMANDS, "mô tả (tiếng Anh)"),
    OUT_OF_MEMORY(Topic.COMMANDS),
    USAGE(Topic.COMMANDS, "điều cần sửa"),
    NOT_A_SITE_FOLDER(Topic.COMMANDS, "thư mục", "thư mục còn thiếu"),
    THREADS_INVALID(Topic.COMMANDS, "giá trị"),
    PORT_INVALID(Topic.COMMANDS, "cổng lớn nhất", "giá trị"),
    PORT_IN_USE(Topic.COMMANDS, "cổng", "lỗi hệ thống (tiếng Anh)"),
    PREVIEW_AT(Topic.COMMANDS, "địa chỉ"),
    PREVIEW_STOPPED_WATCHING(Topic.COMMANDS, "lý do"),
    PREVIEW_OTHER_HOST(Topic.COMMANDS, "địa chỉ bản xem trước"),
    PREVIEW_BAD_PATH(Topic.COMMANDS),
    PREVIOUS_SITE_NOT_DELETED(Topic.COMMANDS, "thư mục bản cũ", "lỗi hệ thống (tiếng Anh)"),
    SEARCH_NO_INDEX(Topic.COMMANDS, "thư mục trang đã dựng"),
    PREVIEW_DRAFTS_SHOWN(Topic.COMMANDS, "số bản nháp và tin hẹn giờ"),
    WATCH_SERVICE_CLOSED(Topic.COMMANDS),
    PREVIEW_FAILED_TITLE(Topic.COMMANDS),
    PREVIEW_FAILED_HEADING(Topic.COMMANDS),
    PREVIEW_FAILED_ADVICE(Topic.COMMANDS),
    PREVIEW_STOPPED_TITLE(Topic.COMMANDS),
    PREVIEW_STOPPED_HEADING(Topic.COMMANDS),
    PREVIEW_STOPPED_ADVICE(Topic.COMMANDS),
    NEW_UNKNOWN_TYPE(Topic.COMMANDS, "loại đã gõ"),
    NEW_CREATED(Topic.COMMANDS, "tệp"),
    NEW_TITLE_TOO_LONG(Topic.COMMANDS, "độ dài", "độ dài tối đa"),
    NEW_TITLE_WITHOUT_LETTERS(Topic.COMMANDS, "tiêu đề"),
    NEW_FILE_EXISTS(Topic.COMMANDS, "tệp"),
    NEW_SYMBOLIC_LINK(Topic.COMMANDS, "đường dẫn", "đích của liên kết");

    /** Where a message comes from, as the handbook groups them: a Vietnamese heading and what to do about them. */
    public enum Topic {
        FILE("Tệp nội dung", "Lỗi về cả tệp: quá lớn, sai bảng mã, có ký tự ẩn, là liên kết, nằm sai thư mục. "
            + "Sửa chính tệp (lưu lại dạng UTF-8, đổi tên, chuyển thư mục) rồi kiểm tra lại."),
        FRONT_MATTER("Phần đầu tệp và tên trường", "Lỗi ở phần đầu tệp, giữa hai dòng `---`: thiếu trường, tên trường viết "
            + "sai, sai cú pháp. Tên trường viết đúng như trang [Các trường thông tin](truong-thong-tin.html)."),
        VALUES("Giá trị của trường", "Giá trị của một trường viết chưa đúng. Thông báo nêu giá trị đã viết và cách viết "
            + "đúng; sửa ở dòng được nêu."),
        PHOTOS_AND_PDFS("Ảnh và tệp PDF", "Ảnh đặt cạnh bài viết (ảnh đại diện `image:` và ảnh trong bài) và tệp PDF "
            + "đính kèm văn bản. Lỗi về ảnh làm bài không dựng được; cảnh báo về PDF không ngăn việc đăng, chỉ báo tìm kiếm "
            + "không đọc được nội dung tệp."),
        BETWEEN_FILES("Giữa các tệp: địa chỉ, số, cách viết", "Hai tệp trùng địa chỉ trang, trùng số Đại hội hay số văn "
            + "bản, hoặc một từ khóa được viết hai cách. Sửa một trong hai tệp được nêu."),
        BODY("Nội dung bài (Markdown, HTML)", "Lỗi trong phần nội dung bài: HTML không được phép, liên kết tới tệp trên máy, "
            + "danh sách lồng quá sâu. Phần bị bỏ không hiện trên trang."),
        LINKS("Liên kết và hình ảnh", "Liên kết hoặc ảnh trên trang đã dựng trỏ tới trang không có, ra ngoài trang, hoặc "
            + "ảnh chưa có mô tả. Dòng được nêu là dòng trong tệp nội dung có liên kết đó."),
        SETTINGS("Cài đặt (jbake.properties) và check --release", "Lỗi trong tệp cài đặt `jbake.properties`. Lệnh "
            + "`check --release` còn từ chối địa chỉ ví dụ và thông tin liên hệ còn trống, để trang không được đăng khi "
            + "chưa điền đủ."),
        COMMANDS("Các lệnh build, check, serve, new", "Dòng tóm tắt và thông báo của các lệnh. Dòng bắt đầu bằng "
            + "\"lệnh chưa đúng:\" nghĩa là lệnh gõ sai, chưa có gì được làm (mã thoát 2); \"lỗi nội bộ\" là lỗi của chương trình: hãy báo "
            + "người bảo trì (mã thoát 3).");

        private final String heading;
        private final String advice;

        Topic(String heading, String advice) {
            this.heading = heading;
            this.advice = advice;
        }

        public String heading() {
            return heading;
        }

        /** What these messages are about and what to do, in Vietnamese Markdown. */
        public String advice() {
            return advice;
        }
    }

    private final Topic topic;
    private final List<String> parameters;

    Message(Topic topic, String... parameters) {
        this.topic = topic;
        this.parameters = List.of(parameters);
    }

    public Topic topic() {
        return topic;
    }

    /** What each argument is, in Vietnamese: {@code {0}} is the first. */
    public List<String> parameters() {
        return parameters;
    }

    /** The message in the current {@link Language}, with {@code arguments} in place of {0}, {1}… */
    public String text(Object... arguments) {
        return text(Language.current(), arguments);
    }

    /**
     * The message in {@code language}. Whole numbers are written with plain ASCII digits (1943, never 1,943) unless
     * the pattern formats them itself (a {@code choice} for English plurals); a {@code Double} with one decimal and the
     * language's decimal mark (53,4 in Vietnamese, 53.4 in English); anything else with {@code String.valueOf}.
     * No locale of the machine takes part, so every machine prints the same.
     */
    public String text(Language language, Object... arguments) {
        if (arguments.length != parameters.size()) {
            throw new IllegalArgumentException(name() + " takes " + parameters.size() + " arguments, not " + arguments.length);
        }
        MessageFormat format = new MessageFormat(pattern(language), Locale.ROOT);
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] words = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            boolean whole = arguments[i] instanceof Integer || arguments[i] instanceof Long;
            words[i] = whole ? arguments[i]
                : arguments[i] instanceof Double fraction ? new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(language.locale())).format(fraction)
                : String.valueOf(arguments[i]);
            if (whole && (i >= formats.length || formats[i] == null)) {
                format.setFormatByArgumentIndex(i, new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
            }
        }
        return format.format(words);
    }

    /** The raw pattern in {@code language}, with its {0}… placeholders and doubled apostrophes. */
    public String pattern(Language language) {
        return language.bundle().getString(name());
    }
}
