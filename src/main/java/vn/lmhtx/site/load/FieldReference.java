package vn.lmhtx.site.load;

import java.util.stream.Collectors;
import vn.lmhtx.site.content.ContentType;

/**
 * The editors' front-matter reference (Markdown, in Vietnamese), written from {@link Schema}: the same field list
 * the validator enforces, so the handbook cannot drift from it. {@code FieldReferenceTest} keeps the committed
 * copy in {@code src/site/markdown} equal to this output.
 */
public final class FieldReference {

    private FieldReference() {
    }

    public static String markdown() {
        StringBuilder md = new StringBuilder()
            .append("# Các trường thông tin\n\n")
            .append("<!-- Generated from vn.lmhtx.site.load.Schema; do not edit by hand. -->\n\n")
            .append("Phần đầu mỗi tệp, giữa hai dòng `---`, gồm các trường dưới đây. Trường không có trong bảng là lỗi.\n\n");
        for (ContentType type : ContentType.values()) {
            md.append("## `type: ").append(type.key()).append("`\n\n")
                .append("Thư mục: ").append(type.folders().stream().map(f -> "`content/" + f + (f.isEmpty() ? "" : "/") + "`")
                    .collect(Collectors.joining(", "))).append("\n\n")
                .append("| Trường | Bắt buộc | Kiểu | Ý nghĩa | Ví dụ |\n|---|---|---|---|---|\n");
            for (FieldSpec field : Schema.fields()) {
                if (field.isAllowedFor(type)) {
                    // Each table shows its own type as the example, never another's ("type: news" under congresses).
                    row(md, field.name(), field, field.isRequiredFor(type), field.name().equals("type") ? type.key() : field.example());
                    for (FieldSpec child : field.children()) {
                        row(md, field.name() + (field.kind() == FieldSpec.Kind.MAPPING_LIST ? "[]." : ".") + child.name(),
                            child, child.isRequiredFor(type), child.example());
                    }
                }
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String name, FieldSpec field, boolean required, String example) {
        md.append("| `").append(name).append("` | ").append(required ? "có" : "không").append(" | ")
            .append(field.kind().description())
            .append(maxLength(field)).append(" | ").append(cell(field.description())).append(" | ")
            .append(example.isEmpty() ? "" : "`" + example + "`").append(" |\n");
    }

    /** ", tối đa 200 ký tự" (for lists: each entry), or "" for fields without a limit of their own. */
    private static String maxLength(FieldSpec field) {
        if (field.maxLength() == 0) {
            return "";
        }
        boolean list = field.kind() == FieldSpec.Kind.TEXT_LIST || field.kind() == FieldSpec.Kind.PATH_LIST;
        return ", tối đa " + field.maxLength() + " ký tự" + (list ? " mỗi mục" : "");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /** Prints the reference, for regenerating the committed copy by hand. */
    public static void main(String[] args) {
        System.out.print(markdown());
    }
}
