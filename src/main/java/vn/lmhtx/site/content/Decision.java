package vn.lmhtx.site.content;

import java.time.LocalDate;

/**
 * The provincial decision that approved a congress's outcome.
 *
 * @param number the decision's number as written, such as {@code 1385/QĐ-UBND}
 * @param date the day it was signed
 * @param issuer who issued it, such as "Ủy ban nhân dân tỉnh Kiên Giang"
 * @param approves what it approved
 */
public record Decision(String number, LocalDate date, String issuer, Approval approves) {

    /** "29/08/2006". */
    public String dateDisplay() {
        return VietnameseDates.date(date);
    }

    /** "Ủy ban nhân dân tỉnh Kiên Giang công nhận Điều lệ tại Quyết định số 1385/QĐ-UBND ngày 29/08/2006". */
    public String sentence() {
        return issuer + " " + approves.label() + " tại Quyết định số " + number + " ngày " + dateDisplay();
    }

    /** What a decision approved; the labels are the words of the alliance's record. */
    public enum Approval implements Keyed {
        RECOGNITION("recognition", "công nhận"),
        REGULATION("regulation", "phê duyệt Quy chế tổ chức và hoạt động"),
        CHARTER_RECOGNITION("charter-recognition", "công nhận Điều lệ"),
        CHARTER("charter", "phê duyệt Điều lệ"),
        AMENDED_CHARTER("amended-charter", "phê duyệt Điều lệ (sửa đổi, bổ sung)");

        private final String key;
        private final String label;

        Approval(String key, String label) {
            this.key = key;
            this.label = label;
        }

        @Override
        public String key() {
            return key;
        }

        public String label() {
            return label;
        }
    }
}
