package vn.lmhtx.site.messages;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The handbook's list of every message (Markdown, in Vietnamese), written from the catalogue: each message as the
 * editor reads it, its arguments named. {@code MessageReferenceTest} keeps the committed copy in
 * {@code src/site/markdown/thong-bao.md} equal to this output, so the page cannot drift from the messages.
 */
public final class MessageReference {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)(,[^{}]*)?}");

    private MessageReference() {
    }

    public static String markdown() {
        StringBuilder md = new StringBuilder()
            .append("# Thông báo lỗi và cảnh báo\n\n")
            .append("<!-- Generated from vn.lmhtx.site.messages.Message and Messages.properties; do not edit by hand. -->\n\n")
            .append("Mỗi lỗi được báo trên một dòng `tệp:dòng: trường: thông báo`, ví dụ\n")
            .append("`content/tin-tuc/hong.md:4: date: \"2018-02-30\" không phải là ngày hợp lệ (hãy viết 2018-02-28)`. ")
            .append("Mở tệp, đến dòng được nêu, sửa trường được nêu theo lời khuyên trong thông báo, lưu lại rồi kiểm tra lại. ")
            .append("Mọi lỗi của mọi tệp được báo cùng một lần. Có lỗi thì trang không được dựng (mã thoát 1) và trang cũ giữ ")
            .append("nguyên; dòng có chữ `cảnh báo:` chỉ để lưu ý, trang vẫn được dựng.\n\n")
            .append("Dưới đây là mọi thông báo, theo nhóm; phần trong ‹ › được thay bằng giá trị thật. ")
            .append("Người bảo trì xem bản tiếng Anh bằng `--lang en` hoặc biến môi trường `LMHTX_LANG=en`; ")
            .append("cột Mã là khóa của thông báo trong `Messages.properties`.\n");
        for (Message.Topic topic : Message.Topic.values()) {
            md.append("\n## ").append(topic.heading()).append("\n\n").append(topic.advice()).append("\n\n")
                .append("| Thông báo | Mã |\n|---|---|\n");
            for (Message message : Message.values()) {
                if (message.topic() == topic) {
                    md.append("| ").append(readable(message)).append(" | `").append(message.name()).append("` |\n");
                }
            }
        }
        return md.toString();
    }

    /** The Vietnamese pattern with ‹what each argument is› in place of {0}…, escaped for a Markdown table cell. */
    private static String readable(Message message) {
        String pattern = escape(message.pattern(Language.VI).replace("''", "'"));
        Matcher m = ARGUMENT.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("‹" + message.parameters().get(Integer.parseInt(m.group(1))) + "›"));
        }
        return m.appendTail(out).toString();
    }

    /** Text, not markup: HTML tags, emphasis, links and table bars in a message are shown as written. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        boolean inCode = false;
        for (char c : text.toCharArray()) {
            if (c == '`') {
                inCode = !inCode;
            }
            if (c == '<') {
                out.append("&lt;");
            } else if (c == '|') {
                out.append("\\|");
            } else if (!inCode && "*_[]!\\".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Prints the list, for regenerating the committed copy by hand. */
    public static void main(String[] args) {
        System.out.print(markdown());
    }
}
