package vn.lmhtx.site.content;

/** A point on the history timeline that is not a congress (the 1992 provisional council, say). */
public record Milestone(PartialDate when, String text) {
}
