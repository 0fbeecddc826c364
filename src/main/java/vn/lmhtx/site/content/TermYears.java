package vn.lmhtx.site.content;

/** The years a congress term runs, "nhiệm kỳ 2001 – 2005". */
public record TermYears(int from, int to) {

    public TermYears {
        if (to < from) {
            throw new IllegalArgumentException("term ends before it starts: " + from + "-" + to);
        }
    }

    public String display() {
        return from + " – " + to;
    }
}
