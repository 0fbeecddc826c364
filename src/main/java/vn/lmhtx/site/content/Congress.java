package vn.lmhtx.site.content;

import java.util.Optional;

/**
 * The structured facts of one congress (Đại hội), enough to build the history timeline from congress items alone.
 *
 * @param number the congress's ordinal, 1 for "lần thứ I"
 * @param held when it met
 * @param term the term it opened, when the record gives one
 * @param adoptedName the name the alliance took at this congress, when it took one
 * @param decision the decision that approved it
 */
public record Congress(int number, PartialDate held, Optional<TermYears> term, Optional<String> adoptedName,
                       Decision decision) {

    /** Highest ordinal the site can name in Roman numerals. */
    public static final int MAX_NUMBER = RomanNumerals.MAX;

    /** "III" for the third congress, as the alliance writes it. */
    public String roman() {
        return RomanNumerals.of(number);
    }
}
