package vn.lmhtx.site.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.commons.text.similarity.LevenshteinDistance;
import vn.lmhtx.site.content.Achievement;
import vn.lmhtx.site.content.CompressedText;
import vn.lmhtx.site.content.Congress;
import vn.lmhtx.site.content.ContentDate;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.ContentType;
import vn.lmhtx.site.content.Document;
import vn.lmhtx.site.content.Keyed;
import vn.lmhtx.site.content.Label;
import vn.lmhtx.site.content.LeadImage;
import vn.lmhtx.site.content.Milestone;
import vn.lmhtx.site.content.PartialDate;
import vn.lmhtx.site.content.Picture;
import vn.lmhtx.site.content.SiteUrls;
import vn.lmhtx.site.content.Slugs;
import vn.lmhtx.site.content.Status;
import vn.lmhtx.site.images.BodyPictures;
import vn.lmhtx.site.images.Photos;
import vn.lmhtx.site.markdown.MarkdownRenderer;
import vn.lmhtx.site.markdown.RenderedBody;
import vn.lmhtx.site.messages.Message;

/** Turns one file's front matter and body into a {@link ContentItem}, reporting every problem it finds. */
final class ItemReader {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);

    private final SourcePath source;
    /** The content file itself, whose folder holds a document's attachment. */
    private final Path file;
    private final FrontMatter frontMatter;
    private final Map<String, YamlField> fields;
    private final Values values;
    private final FileReport report;
    private final Photos photos;
    private final Path site;
    private Set<String> referencedPhotos = Set.of();

    ItemReader(SourcePath source, Path file, FrontMatter frontMatter, Map<String, YamlField> fields, FileReport report,
               Photos photos, Path site) {
        this.photos = photos;
        this.site = site;
        this.source = source;
        this.file = file;
        this.frontMatter = frontMatter;
        this.fields = fields;
        this.report = report;
        this.values = new Values(report, frontMatter.yamlFirstLine());
    }

    /** The item, or empty when the file has errors (all of them reported). */
    Optional<LoadedItem> read(MarkdownRenderer markdown) {
        Optional<ContentType> type = type();
        type.ifPresent(this::checkFieldNames);
        Optional<String> title = required("title", values::text);
        Optional<ContentDate> date = optional("date", this::dateTime);
        Optional<String> summary = optional("summary", values::text);
        List<Label> tags = optional("tags", this::labels).orElse(List.of());
        Optional<String> author = optional("author", values::text);
        Optional<Label> category = optional("category", this::category);
        Status status = optional("status", this::status).orElse(Status.PUBLISHED);
        List<String> aliases = optional("aliases", f -> Aliases.read(f, values)).orElse(List.of());
        String slug = slug();
        RenderedBody body = body(markdown);
        String url = SiteUrls.item(source.folder(), slug);
        // Photos are checked even when other fields are wrong, so that every problem of the file comes in one run.
        ItemPhotos itemPhotos = new ItemPhotos(photos, site, file, url, report);
        Map<String, Picture> bodyPictures = itemPhotos.body(body.images());
        Optional<LeadImage> image = itemPhotos.lead(Optional.ofNullable(fields.get("image")),
            Optional.ofNullable(fields.get("image_alt")), values);
        referencedPhotos = itemPhotos.referenced();
        if (type.isEmpty()) {
            return Optional.empty();
        }
        TypedDetails details = new TypedDetails(fields, values);
        var congress = type.get() == ContentType.CONGRESS ? details.congress() : Optional.<Congress>empty();
        var achievement = type.get() == ContentType.ACHIEVEMENT ? details.achievement() : Optional.<Achievement>empty();
        var milestones = type.get() == ContentType.HISTORY ? details.milestones() : List.<Milestone>of();
        var document = type.get() == ContentType.DOCUMENT ? DocumentReader.read(fields, values, file.getParent(),
            source.relative().substring(0, source.relative().lastIndexOf('/')), url) : Optional.<Document>empty();
        checkRequired(type.get());
        if (report.hasErrors() || title.isEmpty()) {
            return Optional.empty();
        }
        ContentItem item = new ContentItem(source.relative(), type.get(), type.get().section(), title.get(), slug, url, date, summary,
            tags, author, category, status, aliases, CompressedText.of(BodyPictures.rewrite(body.html(), bodyPictures)), congress,
            achievement, document, milestones, image, itemPhotos.pictures());
        return Optional.of(new LoadedItem(item, lineOf("slug"), lineOf("aliases"), lineOf("tags"), lineOf("category"),
            lineOf("number"), lineOf("source"), lineOf("as_of")));
    }

    /** The photo files (relative to the site) the file names, once {@link #read} ran, whether or not they had errors. */
    Set<String> referencedPhotos() {
        return referencedPhotos;
    }

    private int lineOf(String field) {
        YamlField yaml = fields.get(field);
        return yaml == null ? 1 : yaml.line();
    }

    private Optional<ContentType> type() {
        Optional<String> key = required("type", values::text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        int line = fields.get("type").line();
        Optional<ContentType> type = ContentType.byKey(key.get());
        if (type.isEmpty()) {
            report.error(line, "type", Message.NOT_A_TYPE.text(key.get(), String.join(", ", ContentType.keys()),
                didYouMean(key.get(), ContentType.keys())));
            return Optional.empty();
        }
        if (!type.get().folders().contains(source.folder())) {
            report.error(line, "type", Message.WRONG_FOLDER.text(type.get().key(), type.get().defaultFolder(),
                source.folder().isEmpty() ? "content/" : "content/" + source.folder() + "/"));
        }
        return type;
    }

    private void checkFieldNames(ContentType type) {
        List<String> known = Schema.fields().stream().map(FieldSpec::name).toList();
        for (YamlField field : fields.values()) {
            Optional<FieldSpec> spec = Schema.field(field.key(), type);
            if (spec.isEmpty()) {
                report.error(field.line(), field.key(), Message.UNKNOWN_FIELD.text(didYouMean(field.key(), known)));
            } else if (!spec.get().isAllowedFor(type)) {
                report.error(field.line(), field.key(), Message.NOT_A_FIELD_OF_TYPE.text(type.key(),
                    spec.get().allowedFor().stream().map(ContentType::key).sorted().toList()));
            }
        }
    }

    private void checkRequired(ContentType type) {
        for (FieldSpec spec : Schema.fields()) {
            if (spec.isRequiredFor(type) && !fields.containsKey(spec.name())
                && !spec.name().equals("title") && !spec.name().equals("type")) {
                report.error(1, spec.name(), missing(type, spec));
            }
        }
    }

    /** The missing field with an example ("date: 2018-02-21"), or for nested fields which keys to indent below. */
    private static String missing(ContentType type, FieldSpec spec) {
        if (spec.children().isEmpty()) {
            return Message.MISSING_FOR_TYPE.text(type.key(), spec.name(), spec.example());
        }
        List<String> keys = spec.children().stream().map(FieldSpec::name).toList();
        return Message.MISSING_NESTED_FOR_TYPE.text(type.key(), spec.name(), String.join(", ", keys));
    }

    private <T> Optional<T> required(String name, Function<YamlField, Optional<T>> reader) {
        YamlField field = fields.get(name);
        if (field == null) {
            report.error(1, name, Message.MISSING_ALWAYS.text(name,
                Schema.field(name).map(FieldSpec::example).orElse("...")));
            return Optional.empty();
        }
        return reader.apply(field);
    }

    private <T> Optional<T> optional(String name, Function<YamlField, Optional<T>> reader) {
        YamlField field = fields.get(name);
        return field == null ? Optional.empty() : reader.apply(field);
    }

    private Optional<ContentDate> dateTime(YamlField field) {
        return values.text(field).flatMap(text -> {
            Optional<ContentDate> date = Dates.dateTime(text);
            if (date.isEmpty()) {
                report.error(field.line(), field.name(), Message.NOT_A_DATE.text(text, Dates.suggestion(text)));
            }
            return date;
        });
    }

    private Optional<List<Label>> labels(YamlField field) {
        return values.textList(field).map(names -> {
            Map<String, Label> bySlug = new LinkedHashMap<>();
            for (String name : names) {
                label(name, Label::tag).ifPresentOrElse(label -> {
                    Label earlier = bySlug.putIfAbsent(label.slug(), label);
                    if (earlier != null) {
                        report.warning(field.line(), field.name(), Message.LABEL_REPEATED.text(name, earlier.name()));
                    }
                }, () -> report.error(field.line(), field.name(), Message.NO_LETTER_OR_DIGIT.text(name)));
            }
            return new ArrayList<>(bySlug.values());
        });
    }

    private Optional<Label> category(YamlField field) {
        return values.text(field).flatMap(name -> {
            Optional<Label> category = label(name, Label::category);
            if (category.isEmpty()) {
                report.error(field.line(), field.name(), Message.NO_LETTER_OR_DIGIT.text(name));
            }
            return category;
        });
    }

    private Optional<Label> label(String name, BiFunction<String, String, Label> kind) {
        String slug = Slugs.of(name);
        return slug.isEmpty() ? Optional.empty() : Optional.of(kind.apply(name, slug));
    }

    private Optional<Status> status(YamlField field) {
        return values.text(field).flatMap(text -> {
            Optional<Status> status = Keyed.byKey(Status.class, text);
            if (status.isEmpty()) {
                report.error(field.line(), field.name(), Message.NOT_A_STATUS.text(text, oneOrOther(Keyed.keys(Status.class))));
            }
            return status;
        });
    }

    private String slug() {
        YamlField field = fields.get("slug");
        if (field != null) {
            Optional<String> slug = values.text(field);
            if (slug.isPresent() && !Slugs.isValid(slug.get())) {
                report.error(field.line(), "slug", Message.SLUG_INVALID.text(slug.get(), suggestSlug(slug.get())));
            }
            return slug.orElse(source.baseName());
        }
        if (!Slugs.isValid(source.baseName())) {
            String suggestion = suggestSlug(source.baseName());
            report.error(1, "slug", source.relative().endsWith("/" + ContentLoader.FOLDER_ARTICLE)
                ? folderNameNoUrl(source.baseName(), suggestion)
                : Message.FILE_NAME_NOT_A_URL.text(source.baseName(), suggestion));
        }
        return source.baseName();
    }

    private RenderedBody body(MarkdownRenderer markdown) {
        String text = ControlCharacters.strip(frontMatter.body(), frontMatter.bodyFirstLine(), "body", false, report);
        if (text.isBlank()) {
            report.error(frontMatter.bodyFirstLine() - 1, "body", Message.NO_BODY.text());
        }
        RenderedBody body = markdown.render(text, source.relative(), frontMatter.bodyFirstLine());
        body.problems().forEach(p -> {
            if (p.isError()) {
                report.error(p.line(), p.field(), p.message());
            } else {
                report.warning(p.line(), p.field(), p.message());
            }
        });
        return body;
    }

    static String folderNameNoUrl(String folder, String suggestion) {
        return Message.FOLDER_NAME_NOT_A_URL.text(folder, suggestion);
    }

    static String suggestSlug(String text) {
        String slug = Slugs.of(text);
        return slug.isEmpty() ? "bai-viet" : slug;
    }

    static String didYouMean(String typed, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = DISTANCE.apply(typed.toLowerCase(Locale.ROOT), candidate);
            if (distance >= 0 && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best == null ? "" : " " + Message.DID_YOU_MEAN.text(best);
    }

    /** "a or b", "a, b or c": the choices a value may take. */
    static String oneOrOther(List<String> choices) {
        return choices.size() == 1 ? choices.get(0)
            : Message.ONE_OR_OTHER.text(String.join(", ", choices.subList(0, choices.size() - 1)), choices.get(choices.size() - 1));
    }

    /** Reads the fields only some types have; kept apart so the common reading above stays short. */
    private record TypedDetails(Map<String, YamlField> fields, Values values) {

        Optional<Congress> congress() {
            return CongressReader.read(fields, values);
        }

        Optional<Achievement> achievement() {
            return AchievementReader.read(fields, values);
        }

        List<Milestone> milestones() {
            YamlField field = fields.get("milestones");
            if (field == null) {
                return List.of();
            }
            List<Milestone> milestones = new ArrayList<>();
            values.mappingList(field).ifPresent(entries -> {
                for (Map<String, YamlField> entry : entries) {
                    FieldsOf of = new FieldsOf(entry, values, field);
                    of.checkKnown(Schema.field("milestones").orElseThrow().children());
                    Optional<PartialDate> when = of.partialDate("when");
                    Optional<String> text = of.text("text");
                    if (when.isPresent() && text.isPresent()) {
                        milestones.add(new Milestone(when.get(), text.get()));
                    }
                }
            });
            return milestones;
        }
    }
}
