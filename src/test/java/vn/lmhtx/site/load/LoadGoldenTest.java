package vn.lmhtx.site.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.Label;
import vn.lmhtx.site.content.Metric;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.markdown.MarkdownRenderer;
import vn.lmhtx.site.testing.Sites;

/**
 * Golden files for the load stage: {@code fixtures/load/<case>/content} loads to exactly the items and problems
 * in {@code expected.txt}. Regenerate after an intended change with {@code -Dgolden.update=true}.
 */
class LoadGoldenTest {

    static Stream<String> cases() throws IOException {
        try (Stream<Path> cases = Files.list(Sites.resource("fixtures/load"))) {
            return cases.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void loadsAsExpected(String name) throws IOException {
        Path fixture = Sites.resource("fixtures/load/" + name);
        String actual = dump(new ContentLoader(new MarkdownRenderer()).load(fixture));

        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Paths.get("src/test/resources/fixtures/load", name, "expected.txt"), actual, StandardCharsets.UTF_8);
            return;
        }
        assertThat(actual).isEqualTo(Files.readString(fixture.resolve("expected.txt"), StandardCharsets.UTF_8));
    }

    /** A readable, stable text form of what the loader produced. */
    static String dump(LoadResult result) {
        List<String> lines = new ArrayList<>();
        for (ContentItem item : result.items()) {
            lines.add(item.source() + " → " + item.type().key() + " " + item.url() + " \"" + item.title() + "\"");
            item.date().ifPresent(d -> lines.add("  date: " + d.iso() + " (" + d.display() + ")"));
            item.summary().ifPresent(s -> lines.add("  summary: " + s));
            if (!item.tags().isEmpty()) {
                lines.add("  tags: " + item.tags().stream().map(LoadGoldenTest::label).toList());
            }
            item.author().ifPresent(a -> lines.add("  author: " + a));
            item.category().ifPresent(c -> lines.add("  category: " + label(c)));
            lines.add("  status: " + item.status().key());
            if (!item.aliases().isEmpty()) {
                lines.add("  aliases: " + item.aliases());
            }
            item.congress().ifPresent(c -> {
                lines.add("  congress: " + c.roman() + ", held " + c.held().display() + c.term().map(t -> ", term " + t.display()).orElse("")
                    + c.adoptedName().map(n -> ", name " + n).orElse(""));
                lines.add("  decision: " + c.decision().sentence() + " [" + c.decision().approves().key() + "]");
            });
            item.achievement().ifPresent(a -> {
                lines.add("  achievement: " + a.theme() + ", order " + a.order());
                for (Metric m : a.metrics()) {
                    lines.add("    " + m.figure() + " " + m.unit() + " – " + m.label());
                }
            });
            item.document().ifPresent(d -> lines.add("  document: " + d.number() + ", " + d.issuer() + " → " + d.issuerLabel().url()
                + d.approves().map(a -> ", approves " + a.key()).orElse("") + d.subject().map(t -> ", subject " + t).orElse("")));
            item.milestones().forEach(m -> lines.add("  milestone: " + m.when().display() + " – " + m.text()));
            lines.add("  body: " + item.bodyHtml().replace("\n", "⏎"));
        }
        for (Problem problem : result.problems()) {
            lines.add(problem.toString());
        }
        return String.join("\n", lines) + "\n";
    }

    private static String label(Label label) {
        return label.name() + " → " + label.slug();
    }
}
