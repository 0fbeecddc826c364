package vn.lmhtx.site.content;

/** Numbers as Vietnamese readers write them: dots group thousands (1.943; 25.000), money in tỷ and triệu. */
public final class VietnameseNumbers {

    private static final long BILLION = 1_000_000_000L;
    private static final long MILLION = 1_000_000L;

    private VietnameseNumbers() {
    }

    /** "1.943" for 1943; grouping does not depend on the default locale. */
    public static String grouped(long value) {
        String digits = Long.toString(value);
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return out.toString();
    }

    /** "97 tỷ 155 triệu" for 97.155.000.000; plain grouping for amounts below a billion or not whole millions. */
    public static String amount(long value) {
        if (value < BILLION || value % MILLION != 0) {
            return grouped(value);
        }
        long billions = value / BILLION;
        long millions = (value % BILLION) / MILLION;
        return grouped(billions) + " tỷ" + (millions == 0 ? "" : " " + millions + " triệu");
    }
}
