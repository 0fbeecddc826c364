package vn.lmhtx.site.load;

import java.util.List;
import java.util.Set;
import vn.lmhtx.site.content.ContentType;

/**
 * One front-matter field: what it holds, which types may use it and which must. The validator and the
 * editors' field reference are both driven by these, so they cannot drift apart.
 *
 * @param name the key editors write
 * @param label its short Vietnamese name, as the web editor's form shows it
 * @param kind the shape of its value
 * @param allowedFor the types that may carry it
 * @param requiredFor the types that must carry it
 * @param description what it means, in Vietnamese (shown in the editors' handbook)
 * @param example a value as an editor would write it
 * @param children the fields inside, for mappings and lists of mappings
 * @param maxLength the most characters a value (each entry, for lists) may have; 0 when its shape bounds it already
 * @param choices the values a {@link Kind#CHOICE} field accepts, in the order forms offer them; empty for other kinds
 */
public record FieldSpec(String name, String label, Kind kind, Set<ContentType> allowedFor, Set<ContentType> requiredFor,
                        String description, String example, List<FieldSpec> children, int maxLength, List<Choice> choices) {

    /** One value a choice field accepts, and how forms name it in Vietnamese. */
    public record Choice(String value, String label) {
    }

    /** The shape of a field's value. */
    public enum Kind {
        TEXT("chữ"),
        TEXT_LIST("danh sách chữ: [a, b]"),
        DATE("ngày YYYY-MM-DD"),
        DATE_TIME("ngày YYYY-MM-DD, hoặc ngày giờ YYYY-MM-DDTHH:MM:SS+07:00"),
        PARTIAL_DATE("YYYY-MM-DD, YYYY-MM-DD/YYYY-MM-DD, YYYY-MM hoặc YYYY"),
        WHOLE_NUMBER("số nguyên, viết liền"),
        YEARS("YYYY-YYYY"),
        CHOICE("một trong các từ cho sẵn"),
        SLUG("chữ thường không dấu, số, dấu gạch ngang"),
        PATH("địa chỉ trong trang, bắt đầu bằng /"),
        PATH_LIST("danh sách địa chỉ bắt đầu bằng /"),
        MAPPING("các trường con, thụt vào bên dưới"),
        MAPPING_LIST("danh sách mục (- ...), mỗi mục có các trường con");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** How the editors' handbook names this shape (in Vietnamese). */
        public String description() {
            return description;
        }
    }

    public FieldSpec {
        allowedFor = Set.copyOf(allowedFor);
        requiredFor = Set.copyOf(requiredFor);
        children = List.copyOf(children);
        choices = List.copyOf(choices);
        if ((kind == Kind.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException(name + ": a choice field lists its choices, and only a choice field does");
        }
    }

    public boolean isAllowedFor(ContentType type) {
        return allowedFor.contains(type);
    }

    public boolean isRequiredFor(ContentType type) {
        return requiredFor.contains(type);
    }
}
