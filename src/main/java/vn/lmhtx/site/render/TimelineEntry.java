package vn.lmhtx.site.render;

import java.util.Optional;
import vn.lmhtx.site.content.PartialDate;

/**
 * One point of the history timeline, from a congress item or a history milestone.
 *
 * @param when when it happened
 * @param title its heading ("Đại hội lần thứ III"), absent for milestones, whose text says it all
 * @param text one line about it
 * @param url the congress page, when there is one
 */
public record TimelineEntry(PartialDate when, Optional<String> title, String text, Optional<String> url) {
}
