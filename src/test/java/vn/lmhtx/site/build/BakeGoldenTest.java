package vn.lmhtx.site.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lmhtx.site.files.Folders;
import vn.lmhtx.site.testing.Sites;

/**
 * Golden files for the whole pipeline: each {@code fixtures/bake/<case>/site} is baked with its own templates
 * and must equal {@code fixtures/bake/<case>/expected} file for file, byte for byte (the Lucene index files, which
 * carry random segment ids, excepted; the static search export is compared). After an intended change,
 * regenerate with {@code mvn test -Dtest=BakeGoldenTest -Dgolden.update=true} and review the diff.
 */
class BakeGoldenTest {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> cases = Files.list(Sites.resource("fixtures/bake"))) {
            return cases.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bakesExactlyTheExpectedFiles(String name, @TempDir Path temp) throws Exception {
        Path fixture = Sites.resource("fixtures/bake/" + name);
        Path output = temp.resolve("public");
        new SiteBuilder(Sites.NOW).build(fixture.resolve("site"), output);

        // The goldens in the source tree, not their copy in target/test-classes: a file renamed or deleted by an update
        // stays in that copy until `mvn clean` and would be reported missing from the output.
        Path expected = Paths.get("src/test/resources/fixtures/bake", name, "expected");
        if (UPDATE) {
            update(output, expected);
            return;
        }
        assertThat(Files.isDirectory(expected)).as("fixture %s has no expected/ folder; run with -Dgolden.update=true", name).isTrue();
        List<Path> actualFiles = Sites.files(output).stream().filter(file -> !Sites.isLuceneIndex(file)).toList();
        assertThat(actualFiles).as("files of %s", name).containsExactlyElementsOf(Sites.files(expected));
        for (Path file : actualFiles) {
            if (file.getFileName().toString().endsWith(".png")) {
                // Share cards: their pixels come from the machine's font rasteriser, so only their size is golden
                // (ShareCardTest checks that one machine always draws the same bytes).
                BufferedImage card = ImageIO.read(output.resolve(file).toFile());
                assertThat(List.of(card.getWidth(), card.getHeight())).as("%s of %s", file, name).containsExactly(1200, 630);
            } else if (file.getFileName().toString().endsWith(".bin")) {
                // The search export's binary files.
                assertThat(Files.readAllBytes(output.resolve(file))).as("%s of %s", file, name)
                    .isEqualTo(Files.readAllBytes(expected.resolve(file)));
            } else {
                assertThat(Files.readString(output.resolve(file), StandardCharsets.UTF_8)).as("%s of %s", file, name)
                    .isEqualTo(Files.readString(expected.resolve(file), StandardCharsets.UTF_8));
            }
        }
    }

    private static void update(Path output, Path expected) throws IOException {
        Folders.delete(expected);
        Sites.copyOf(output, expected);
        Folders.delete(expected.resolve("search/lucene"));
    }
}
