package vn.lmhtx.site.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An enum constant that editors name by a key ({@code type: news}, {@code status: draft}); the lookup by key and the
 * list of valid keys, for error messages, are written once here.
 */
public interface Keyed {

    /** The word editors write. */
    String key();

    /** The constant of {@code type} whose key is exactly {@code key}. */
    static <E extends Enum<E> & Keyed> Optional<E> byKey(Class<E> type, String key) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.key().equals(key)).findFirst();
    }

    /** Every key of {@code type}, in declaration order. */
    static <E extends Enum<E> & Keyed> List<String> keys(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyed::key).toList();
    }
}
