package vn.lmhtx.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lmhtx.site.content.CompressedText;
import vn.lmhtx.site.content.ContentDate;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.ContentType;
import vn.lmhtx.site.content.Section;
import vn.lmhtx.site.content.Label;
import vn.lmhtx.site.content.Status;

/** The early-stopping walk picks exactly what comparing every pair of articles picks. */
class RelatedTest {

    @Test
    void picksTheArticlesSharingMostTagsThenTheNewestAsAFullComparisonDoes() {
        Random random = new Random(20180221);
        for (int corpus = 0; corpus < 40; corpus++) {
            int tagCount = 1 + random.nextInt(12);
            List<ContentItem> news = new ArrayList<>();
            for (int i = 0; i < 20 + random.nextInt(200); i++) {
                List<Label> tags = new ArrayList<>();
                for (int t = 0; t < random.nextInt(5); t++) {
                    Label tag = Label.tag("Thẻ " + random.nextInt(tagCount), "the-" + random.nextInt(tagCount));
                    if (tags.stream().noneMatch(other -> other.slug().equals(tag.slug()))) {
                        tags.add(tag);
                    }
                }
                // Few distinct days, so many articles tie on the date and the source decides.
                news.add(article(i, random.nextInt(30), tags));
            }
            assertPicksAsEveryPair(new Related(news, new PlanMemo()), news, random);
        }
    }

    @Test
    void aMemoOfTheLastPlanGivesWhatAFreshWalkGivesAfterEdits() {
        Random random = new Random(20260101);
        for (int corpus = 0; corpus < 20; corpus++) {
            List<ContentItem> news = new ArrayList<>();
            for (int i = 0; i < 20 + random.nextInt(150); i++) {
                news.add(article(i, random.nextInt(30), List.of(Label.tag("Thẻ " + random.nextInt(4), "the-" + random.nextInt(4)),
                    Label.tag("Khác " + random.nextInt(3), "khac-" + random.nextInt(3)))));
            }
            PlanMemo memo = new PlanMemo();
            for (int save = 0; save < 6; save++) {
                Related related = new Related(news, memo);
                assertPicksAsEveryPair(related, news, random);
                related.keep();
                // A new object for an edited article, with its date moved on odd saves (ranks change) or kept on even
                // ones (the memo then answers for every tag set).
                int edited = random.nextInt(news.size());
                ContentItem before = news.get(edited);
                int day = save % 2 == 1 ? random.nextInt(30) : before.date().orElseThrow().value().getDayOfMonth() - 1;
                news.set(edited, article(edited, day, before.tags()));
            }
        }
    }

    private static void assertPicksAsEveryPair(Related related, List<ContentItem> news, Random random) {
        for (ContentItem item : news) {
            int limit = 1 + random.nextInt(6);
            assertThat(related.to(item, limit)).as("related to %s, limit %d", item.source(), limit)
                .containsExactlyElementsOf(everyPair(news, item, limit));
        }
    }

    private static List<ContentItem> everyPair(List<ContentItem> news, ContentItem item, int limit) {
        Set<String> tags = new HashSet<>();
        item.tags().forEach(tag -> tags.add(tag.slug()));
        Comparator<ContentItem> best = Comparator.comparingLong((ContentItem other) -> -shared(other, tags))
            .thenComparing(Ordering.NEWEST_FIRST);
        return news.stream().filter(other -> other != item && shared(other, tags) > 0).sorted(best).limit(limit).toList();
    }

    private static long shared(ContentItem other, Set<String> tags) {
        return other.tags().stream().filter(tag -> tags.contains(tag.slug())).count();
    }

    private static ContentItem article(int number, int day, List<Label> tags) {
        ContentDate date = new ContentDate(ZonedDateTime.of(2020, 1, 1 + day, 8, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")), false);
        return new ContentItem("content/tin-tuc/bai-" + number + ".md", ContentType.NEWS, Section.NEWS, "Bài " + number, "bai-" + number,
            "/tin-tuc/bai-" + number + "/", Optional.of(date), Optional.of("Tóm tắt"), tags, Optional.empty(), Optional.empty(),
            Status.PUBLISHED, List.of(), CompressedText.of(""), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }
}
