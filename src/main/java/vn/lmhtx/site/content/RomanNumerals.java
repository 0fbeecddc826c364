package vn.lmhtx.site.content;

import java.util.List;
import java.util.Optional;

/**
 * Roman numerals as the alliance writes congress ordinals ("Đại hội lần thứ VI"), from I to {@link #MAX}: one table for
 * the timeline, {@code new}'s titles and the search analysis (the search client gets the same table in the manifest).
 */
public final class RomanNumerals {

    private static final List<String> NUMERALS = List.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
        "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX");

    /** The highest number written here. */
    public static final int MAX = NUMERALS.size();

    private RomanNumerals() {
    }

    /** "VI" for 6. */
    public static String of(int number) {
        if (number < 1 || number > MAX) {
            throw new IllegalArgumentException(number + " is not a number from 1 to " + MAX);
        }
        return NUMERALS.get(number - 1);
    }

    /** 6 for "VI" (upper case, as written); empty for anything else. */
    public static Optional<Integer> valueOf(String numeral) {
        int index = NUMERALS.indexOf(numeral);
        return index < 0 ? Optional.empty() : Optional.of(index + 1);
    }

    /** I to {@link #MAX}, in order. */
    public static List<String> all() {
        return NUMERALS;
    }
}
