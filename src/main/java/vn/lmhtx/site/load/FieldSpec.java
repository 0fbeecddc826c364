package vn.lmhtx.site.load;

import java.util.List;
import java.util.Set;
import vn.lmhtx.site.content.ContentType;

/**
 * One front-matter field: what it holds, which types may use it and which must. The validator and the
 * editors' field reference are both driven by these, so they cannot drift apart.
 *
 * @param name the key editors write
 * @param kind the shape of its value
 * @param allowedFor the types that may carry it
 * @param requiredFor the types that must carry it
 * @param description what it means, in Vietnamese (shown in the editors' handbook)
 * @param example a value as an editor would write it
 * @param children the fields inside, for mappings and lists of mappings
 */
public record FieldSpec(String name, Kind kind, Set<ContentType> allowedFor, Set<ContentType> requiredFor,
                        String description, String example, List<FieldSpec> children) {

    /** The shape of a field's value. */
    public enum Kind {
        TEXT("text"),
        TEXT_LIST("list of text"),
        DATE("date YYYY-MM-DD"),
        DATE_TIME("date YYYY-MM-DD, optionally with time YYYY-MM-DDTHH:MM:SS+07:00"),
        PARTIAL_DATE("YYYY-MM-DD, YYYY-MM-DD/YYYY-MM-DD, YYYY-MM or YYYY"),
        WHOLE_NUMBER("whole number"),
        YEARS("YYYY-YYYY"),
        CHOICE("one of a fixed set of words"),
        SLUG("lowercase ASCII words joined by hyphens"),
        PATH_LIST("list of site paths starting with /"),
        MAPPING("fields indented below it"),
        MAPPING_LIST("list of entries, each with fields");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** How the handbook and error messages name this shape. */
        public String description() {
            return description;
        }
    }

    public FieldSpec {
        allowedFor = Set.copyOf(allowedFor);
        requiredFor = Set.copyOf(requiredFor);
        children = List.copyOf(children);
    }

    public boolean isAllowedFor(ContentType type) {
        return allowedFor.contains(type);
    }

    public boolean isRequiredFor(ContentType type) {
        return requiredFor.contains(type);
    }
}
