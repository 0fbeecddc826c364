package vn.lmhtx.site.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.Document;
import vn.lmhtx.site.content.Label;
import vn.lmhtx.site.content.OutputClaims;
import vn.lmhtx.site.content.PassedClaims;
import vn.lmhtx.site.content.OutputClaims.Owner;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.content.Section;
import vn.lmhtx.site.content.SiteUrls;
import vn.lmhtx.site.content.Status;
import vn.lmhtx.site.messages.Message;

/**
 * Checks items against each other: one output file per URL, aliases that clash, tags spelt two ways, congresses numbered
 * twice, figures whose source is not an article of the site.
 */
final class CrossChecks {

    private final List<Problem> problems = new ArrayList<>();

    private CrossChecks() {
    }

    static List<Problem> check(List<LoadedItem> items) {
        return check(items, new PassedClaims());
    }

    /** Checks like {@link #check(List)}, skipping the URL claims when {@code claims} passed the same ones last. */
    static List<Problem> check(List<LoadedItem> items, PassedClaims claims) {
        CrossChecks checks = new CrossChecks();
        checks.urls(items, claims);
        checks.spellings(items);
        checks.congressNumbers(items);
        checks.documentNumbers(items);
        checks.sources(items);
        return checks.problems;
    }

    /**
     * Claims every item's URL, then every alias, as the output files they become, against the files the build writes
     * itself (see {@link OutputClaims}); drafts and scheduled news too, so that publishing one later cannot clash. Not
     * again when {@code passed} says the same claims met no conflict last.
     */
    private void urls(List<LoadedItem> items, PassedClaims passed) {
        List<OutputClaims.Claim> made = new ArrayList<>();
        items.forEach(loaded -> made.add(new OutputClaims.Claim(loaded.item().url(), loaded.item().source(), false)));
        items.forEach(loaded -> loaded.item().aliases().forEach(alias -> made.add(new OutputClaims.Claim(alias, loaded.item().source(), true))));
        if (passed.passed(made)) {
            return;
        }
        int before = problems.size();
        OutputClaims claims = SiteUrls.claimsOfTheBuild();
        for (LoadedItem loaded : items) {
            ContentItem item = loaded.item();
            claims.claim(Owner.page(item.url(), item.source())).ifPresent(conflict -> error(loaded, loaded.slugLine(), "slug",
                conflict.sameUrl() && !conflict.other().holder().isEmpty()
                    ? Message.URL_OF_ANOTHER_PAGE.text(item.url(), conflict.other().holder())
                    : Message.URL_CLASH.text(conflict.message())));
        }
        for (LoadedItem loaded : items) {
            ContentItem item = loaded.item();
            for (String alias : item.aliases()) {
                claims.claim(Owner.alias(alias, item.source())).ifPresent(conflict -> error(loaded, loaded.aliasesLine(), "aliases",
                    conflict.sameFile() && conflict.other().holder().equals(item.source())
                        ? Message.ALIAS_OWN_URL.text(alias)
                        : Message.ALIAS_CLASH.text(conflict.message())));
            }
        }
        if (problems.size() == before) {
            passed.keep(made);
        }
    }

    /**
     * Spellings with one slug share one page ("Hợp tác xã", "hợp tác xã", "Hoà"/"Hòa"); the page shows the most
     * used spelling. A warning tells editors, since a difference such as "Đại hội"/"Dai hoi" is usually a slip.
     */
    private void spellings(List<LoadedItem> items) {
        Map<String, Spelling> tags = new HashMap<>();
        Map<String, Spelling> categories = new HashMap<>();
        for (LoadedItem loaded : items) {
            for (Label tag : loaded.item().tags()) {
                spelling(tags, tag, loaded, loaded.tagsLine(), "tags");
            }
            loaded.item().category().ifPresent(category -> spelling(categories, category, loaded, loaded.categoryLine(), "category"));
        }
    }

    private void spelling(Map<String, Spelling> seen, Label label, LoadedItem loaded, int line, String field) {
        Spelling first = seen.putIfAbsent(label.slug(), new Spelling(label.name(), loaded.item().source()));
        if (first != null && !first.name().equals(label.name())) {
            problems.add(Problem.warning(loaded.item().source(), line, field, Message.SPELLING_DIFFERS.text(label.name(),
                first.name(), first.source())));
        }
    }

    private void congressNumbers(List<LoadedItem> items) {
        Map<Integer, ContentItem> byNumber = new HashMap<>();
        for (LoadedItem loaded : items) {
            loaded.item().congress().ifPresent(congress -> {
                ContentItem other = byNumber.putIfAbsent(congress.number(), loaded.item());
                if (other != null) {
                    error(loaded, loaded.numberLine(), "number", Message.CONGRESS_TWICE.text(congress.number(),
                        other.source()));
                }
            });
        }
    }

    /** One file per document: a congress's decision links to the document with its number, so it must be one. */
    private void documentNumbers(List<LoadedItem> items) {
        Map<String, ContentItem> byNumber = new HashMap<>();
        for (LoadedItem loaded : items) {
            loaded.item().document().ifPresent(document -> {
                ContentItem other = byNumber.putIfAbsent(Document.key(document.number()), loaded.item());
                if (other != null) {
                    error(loaded, loaded.numberLine(), "number", Message.DOCUMENT_TWICE.text(document.number(),
                        other.source()));
                }
            });
        }
    }

    /**
     * An achievement's figures come from a news article of the site ({@code source}), published, and hold no later
     * than that article's date ({@code as_of}): pages print the article's title and date beside the figures.
     */
    private void sources(List<LoadedItem> items) {
        Map<String, ContentItem> byUrl = new HashMap<>();
        items.forEach(loaded -> byUrl.put(loaded.item().url(), loaded.item()));
        items.forEach(loaded -> loaded.item().aliases().forEach(alias -> byUrl.putIfAbsent(alias, loaded.item())));
        for (LoadedItem loaded : items) {
            loaded.item().achievement().filter(a -> a.asOf().isPresent() && a.source().isEmpty())
                .ifPresent(a -> error(loaded, loaded.asOfLine(), "as_of", Message.PERIOD_WITHOUT_SOURCE.text()));
            loaded.item().achievement().ifPresent(achievement -> achievement.source().ifPresent(url -> {
                ContentItem source = byUrl.get(url);
                if (source == null || source.section() != Section.NEWS) {
                    error(loaded, loaded.sourceLine(), "source", notAnArticle(url, source));
                } else if (source.status() == Status.DRAFT) {
                    error(loaded, loaded.sourceLine(), "source", Message.SOURCE_IS_DRAFT.text(url, source.source()));
                } else if (!source.url().equals(url)) {
                    error(loaded, loaded.sourceLine(), "source",
                        Message.SOURCE_OLD_ADDRESS.text(url, source.source(), source.url()));
                } else {
                    achievement.asOf().filter(asOf -> asOf.end().isAfter(source.date().orElseThrow().value().toLocalDate()))
                        .ifPresent(asOf -> error(loaded, loaded.asOfLine(), "as_of",
                            Message.AS_OF_AFTER_SOURCE.text(asOf.display(), source.date().orElseThrow().dayDisplay())));
                }
            }));
        }
    }

    private static String notAnArticle(String url, ContentItem found) {
        return found == null ? Message.SOURCE_NOT_A_PAGE.text(url) : Message.SOURCE_NOT_NEWS.text(url, found.source());
    }

    private void error(LoadedItem loaded, int line, String field, String message) {
        problems.add(Problem.error(loaded.item().source(), line, field, message));
    }

    private record Spelling(String name, String source) {
    }
}
