package vn.lmhtx.site.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one lookup of an enum constant by the key editors write. */
class KeyedTest {

    @Test
    void findsEachConstantByItsExactKey() {
        assertThat(Keyed.byKey(Status.class, "draft")).hasValue(Status.DRAFT);
        assertThat(Keyed.byKey(ContentType.class, "news")).hasValue(ContentType.NEWS);
        assertThat(Keyed.byKey(Decision.Approval.class, "charter-recognition")).hasValue(Decision.Approval.CHARTER_RECOGNITION);
        assertThat(Keyed.byKey(Status.class, "Draft")).isEmpty();
        assertThat(Keyed.byKey(Status.class, "DRAFT")).as("the constant's name is not its key").isEmpty();
        assertThat(Keyed.byKey(ContentType.class, "")).isEmpty();
    }

    @Test
    void listsTheKeysInDeclarationOrder() {
        assertThat(Keyed.keys(Status.class)).containsExactly("published", "draft");
        assertThat(Keyed.keys(ContentType.class)).containsExactly("news", "congress", "achievement", "history", "page", "document");
        assertThat(ContentType.keys()).isEqualTo(Keyed.keys(ContentType.class));
    }
}
