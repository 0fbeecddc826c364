package vn.lmhtx.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.lmhtx.site.content.CompressedText;
import vn.lmhtx.site.content.ContentDate;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.ContentType;
import vn.lmhtx.site.content.Label;
import vn.lmhtx.site.content.Section;
import vn.lmhtx.site.content.Status;

/**
 * A plan with item pages for some items only (the plan with scheduled news and drafts, of which a build uses only the
 * pages the published plan lacks) has, beyond the published plan's URLs, exactly the pages of the whole plan.
 */
class PartialPlanTest {

    private static final SiteSettings SETTINGS = new SiteSettings("Site", "Mô tả", "https://test.example", "/", "Địa chỉ",
        "0", "a@test.example", "", 3, "/assets/icon.svg");

    @Test
    void thePagesThePublishedPlanLacksAreThoseOfTheWholePlan() {
        Random random = new Random(20180221);
        SitePlanner planner = new SitePlanner(SETTINGS);
        for (int corpus = 0; corpus < 20; corpus++) {
            List<ContentItem> visible = new ArrayList<>();
            for (int i = 0; i < 10 + random.nextInt(40); i++) {
                visible.add(article(random, "bai-" + i));
            }
            // Held items: some with a tag, a category or a year no published item has, some with an old address.
            Set<ContentItem> held = Collections.newSetFromMap(new IdentityHashMap<>());
            for (int i = 0; i < 1 + random.nextInt(5); i++) {
                held.add(article(random, "hen-gio-" + i));
            }
            List<ContentItem> all = Stream.concat(visible.stream(), held.stream()).toList();
            SitePlan published = planner.plan(visible);
            Set<String> publishedUrls = published.byUrl().keySet();

            SitePlan partial = planner.plan(all, new PlanMemo(), held::contains);
            SitePlan whole = planner.plan(all);

            assertThat(partial.pages().stream().filter(page -> !publishedUrls.contains(page.url())).toList())
                .isEqualTo(whole.pages().stream().filter(page -> !publishedUrls.contains(page.url())).toList())
                .isNotEmpty();
            assertThat(partial.navigation()).isEqualTo(whole.navigation());
            assertThat(partial.pages()).hasSizeLessThan(whole.pages().size());
        }
    }

    private static ContentItem article(Random random, String slug) {
        ContentDate date = new ContentDate(ZonedDateTime.of(2018 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28),
            8, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")), false);
        List<Label> tags = new ArrayList<>();
        for (int t = random.nextInt(4); t > 0; t--) {
            int n = random.nextInt(8);
            Label tag = Label.tag("Thẻ " + n, "the-" + n);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        int category = random.nextInt(5);
        Optional<Label> label = category == 0 ? Optional.empty() : Optional.of(Label.category("Mục " + category, "muc-" + category));
        List<String> aliases = random.nextInt(4) == 0 ? List.of("/tin-cu/" + slug + ".html") : List.of();
        return new ContentItem("content/tin-tuc/" + slug + ".md", ContentType.NEWS, Section.NEWS, "Bài " + slug, slug,
            "/tin-tuc/" + slug + "/", Optional.of(date), Optional.of("Tóm tắt"), tags, Optional.empty(), label,
            Status.PUBLISHED, aliases, CompressedText.of(""), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }
}
