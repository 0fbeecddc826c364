package vn.lmhtx.site.content;

/** Whether an item may reach readers; drafts never reach the output. */
public enum Status implements Keyed {
    PUBLISHED("published"),
    DRAFT("draft");

    private final String key;

    Status(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
