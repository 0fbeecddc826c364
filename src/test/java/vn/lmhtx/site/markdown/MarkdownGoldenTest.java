package vn.lmhtx.site.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.testing.Sites;

/**
 * Golden files for Markdown rendering: {@code fixtures/markdown/<case>/input.md} must render to
 * {@code expected.html} with the problems in {@code expected-problems.txt}. Regenerate after an intended change
 * with {@code -Dgolden.update=true}.
 */
class MarkdownGoldenTest {

    private static final MarkdownRenderer RENDERER = new MarkdownRenderer();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> cases = Files.list(Sites.resource("fixtures/markdown"))) {
            return cases.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersAsExpected(String name) throws IOException {
        Path fixture = Sites.resource("fixtures/markdown/" + name);
        String input = Files.readString(fixture.resolve("input.md"), StandardCharsets.UTF_8);
        RenderedBody body = RENDERER.render(input, "content/tin-tuc/" + name + ".md", 1);
        String problems = body.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));

        if (Boolean.getBoolean("golden.update")) {
            Path target = Paths.get("src/test/resources/fixtures/markdown", name);
            Files.writeString(target.resolve("expected.html"), body.html() + "\n", StandardCharsets.UTF_8);
            Files.writeString(target.resolve("expected-problems.txt"), problems.isEmpty() ? "" : problems + "\n", StandardCharsets.UTF_8);
            return;
        }
        assertThat(body.html() + "\n").isEqualTo(Files.readString(fixture.resolve("expected.html"), StandardCharsets.UTF_8));
        assertThat(problems.isEmpty() ? "" : problems + "\n")
            .isEqualTo(Files.readString(fixture.resolve("expected-problems.txt"), StandardCharsets.UTF_8));
    }
}
