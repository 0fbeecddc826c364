package vn.lmhtx.site.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The little JSON the export writes: strings, numbers, arrays and objects, nothing else. */
final class Json {

    private Json() {
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static String strings(List<String> values) {
        return values.stream().map(Json::string).collect(Collectors.joining(",", "[", "]"));
    }

    static String ints(int[] values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ",").append(values[i]);
        }
        return out.append(']').toString();
    }

    /** Floats in a form that reads back as the same float (the client rounds with Math.fround). */
    static String floats(float[] values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ",").append(values[i]);
        }
        return out.append(']').toString();
    }

    /** An object from already-encoded values, keys in the map's order. */
    static String object(Map<String, String> encoded) {
        return encoded.entrySet().stream().map(e -> string(e.getKey()) + ":" + e.getValue())
            .collect(Collectors.joining(",", "{", "}"));
    }
}
