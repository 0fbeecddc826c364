package vn.lmhtx.site.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A baking failure always says something, even when the exception behind it has no message. */
class BakeExceptionTest {

    @Test
    void aCauseWithoutAMessageIsNamedByItsType() {
        assertThat(BakeException.describe(new IllegalStateException())).isEqualTo("java.lang.IllegalStateException");
        assertThat(BakeException.describe(new IOException((String) null))).isEqualTo("java.io.IOException");
        assertThat(BakeException.describe(new IOException("disk full"))).isEqualTo("disk full");
        assertThat(new BakeException(List.of(BakeException.describe(new NullPointerException()))).getMessage())
            .isEqualTo("baking failed:\n  java.lang.NullPointerException");
    }
}
