package vn.lmhtx.site.cms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import vn.lmhtx.site.content.ContentType;
import vn.lmhtx.site.load.FieldSpec;
import vn.lmhtx.site.load.Schema;

/** The web editor's forms follow the schema: every field, its required flag, its choices and its shape. */
class DecapConfigTest {

    private static final CmsSettings SETTINGS = new CmsSettings(true, "lmhtx/site", "main", "https://auth.example.org");

    @Test
    void everyContentTypeIsACollectionWithEverySchemaFieldItMayCarryAndTheSameRequiredFlags() {
        List<Map<String, Object>> collections = list(config().get("collections"));

        assertThat(collections).extracting(c -> c.get("name")).containsExactlyElementsOf(ContentType.keys());
        for (ContentType type : ContentType.values()) {
            Map<String, Object> collection = collection(type);
            assertThat(collection.get("folder")).isEqualTo("content/" + type.defaultFolder());
            List<Map<String, Object>> fields = list(collection.get("fields"));
            List<FieldSpec> allowed = Schema.fields().stream().filter(f -> f.isAllowedFor(type)).toList();
            assertThat(fields).extracting(f -> f.get("name"))
                .containsExactlyElementsOf(concat(allowed.stream().map(FieldSpec::name).toList(), DecapConfig.BODY));
            for (FieldSpec spec : allowed) {
                Map<String, Object> field = field(fields, spec.name());
                if (spec.name().equals("type")) {
                    assertThat(field).containsEntry("widget", "hidden").containsEntry("default", type.key());
                } else {
                    assertThat(field).as(type.key() + "." + spec.name()).containsEntry("required", spec.isRequiredFor(type))
                        .containsEntry("label", spec.label());
                }
                for (FieldSpec child : spec.children()) {
                    assertThat(field(list(field.get("fields")), child.name())).containsEntry("required", child.isRequiredFor(type));
                }
            }
        }
    }

    @Test
    void historyAndAboutPagesShareAFolderAndEachCollectionSeesOnlyItsOwnType() {
        assertThat(collection(ContentType.HISTORY).get("filter")).isEqualTo(Map.of("field", "type", "value", "history"));
        assertThat(collection(ContentType.PAGE).get("filter")).isEqualTo(Map.of("field", "type", "value", "page"));
        assertThat(collection(ContentType.NEWS)).doesNotContainKey("filter");
    }

    @Test
    void choiceFieldsOfferExactlyTheValuesTheValidatorAccepts() {
        Map<String, Object> decision = field(list(collection(ContentType.CONGRESS).get("fields")), "decision");
        Map<String, Object> approves = field(list(decision.get("fields")), "approves");

        assertThat(approves).containsEntry("widget", "select");
        assertThat(list(approves.get("options"))).extracting(o -> o.get("value"))
            .containsExactly("recognition", "regulation", "charter-recognition", "charter", "amended-charter");
        assertThat(list(field(list(collection(ContentType.NEWS).get("fields")), "status").get("options")))
            .extracting(o -> o.get("value")).containsExactly("published", "draft");
    }

    @Test
    void patternsAcceptTheSchemasExamplesAndRefuseWhatTheValidatorRefuses() {
        List<Map<String, Object>> congress = list(collection(ContentType.CONGRESS).get("fields"));
        Pattern held = pattern(field(congress, "held"));
        assertThat(held.matcher("2006-07-20/2006-07-21").matches()).isTrue();
        assertThat(held.matcher("2010-12").matches()).isTrue();
        assertThat(held.matcher("1992").matches()).isTrue();
        assertThat(held.matcher("20/07/2006").matches()).isFalse();
        Pattern term = pattern(field(congress, "term"));
        assertThat(term.matcher("2006-2010").matches()).isTrue();
        assertThat(term.matcher("2006 - 2010").matches()).isFalse();

        List<Map<String, Object>> news = list(collection(ContentType.NEWS).get("fields"));
        Pattern slug = pattern(field(news, "slug"));
        assertThat(slug.matcher("qua-trinh-hinh-thanh").matches()).isTrue();
        assertThat(slug.matcher("Quá trình").matches()).isFalse();
        Pattern title = pattern(field(news, "title"));
        assertThat(title.matcher("a".repeat(200)).matches()).isTrue();
        assertThat(title.matcher("a".repeat(201)).matches()).isFalse();
        Map<String, Object> tags = field(news, "tags");
        assertThat(tags).containsEntry("widget", "list");
        assertThat(pattern(map(tags.get("field"))).matcher("x".repeat(101)).matches()).isFalse();
        assertThat(field(news, "date")).containsEntry("widget", "datetime").containsEntry("format", "YYYY-MM-DDTHH:mm:ssZ");
    }

    @Test
    void theBackendIsTheSettingsRepositoryWithLocalEditingForPreviews() {
        Map<String, Object> config = config();
        assertThat(map(config.get("backend"))).containsEntry("name", "github").containsEntry("repo", "lmhtx/site")
            .containsEntry("branch", "main").containsEntry("base_url", "https://auth.example.org");
        assertThat(config).containsEntry("local_backend", true).containsEntry("locale", "vi");
        Map<String, Object> withoutAuth = map(new Load(LoadSettings.builder().build())
            .loadFromString(DecapConfig.yaml(new CmsSettings(true, "a/b", "main", ""))));
        assertThat(map(withoutAuth.get("backend"))).doesNotContainKey("base_url");
    }

    private static Map<String, Object> config() {
        return map(new Load(LoadSettings.builder().build()).loadFromString(DecapConfig.yaml(SETTINGS)));
    }

    private static Map<String, Object> collection(ContentType type) {
        return list(config().get("collections")).stream().filter(c -> c.get("name").equals(type.key())).findFirst().orElseThrow();
    }

    private static Map<String, Object> field(List<Map<String, Object>> fields, String name) {
        Optional<Map<String, Object>> field = fields.stream().filter(f -> f.get("name").equals(name)).findFirst();
        assertThat(field).as(name).isPresent();
        return field.get();
    }

    private static Pattern pattern(Map<String, Object> field) {
        return Pattern.compile((String) ((List<?>) field.get("pattern")).get(0));
    }

    private static List<String> concat(List<String> names, String last) {
        return Stream.concat(names.stream(), Stream.of(last)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        return (Map<String, Object>) yaml;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object yaml) {
        return (List<Map<String, Object>>) yaml;
    }
}
