package vn.lmhtx.site.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The handbook's field reference is the schema the validator uses, written out: if a field changes and the
 * committed page does not, this fails. Regenerate with {@code mvn test -Dtest=FieldReferenceTest -Dgolden.update=true}.
 */
class FieldReferenceTest {

    private static final Path PAGE = Paths.get("src/site/markdown/truong-thong-tin.md");

    @Test
    void theHandbookPageIsTheSchema() throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(PAGE, FieldReference.markdown(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(PAGE, StandardCharsets.UTF_8)).isEqualTo(FieldReference.markdown());
    }

    @Test
    void everyFieldOfTheSchemaIsInTheReference() {
        String reference = FieldReference.markdown();
        for (FieldSpec field : Schema.fields()) {
            assertThat(reference).contains("| `" + field.name() + "` |");
        }
    }
}
