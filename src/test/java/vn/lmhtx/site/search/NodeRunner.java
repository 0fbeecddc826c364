package vn.lmhtx.site.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.json.Json;
import vn.lmhtx.site.bake.ScriptTrimmer;
import vn.lmhtx.site.testing.ToolCheck;

/**
 * Runs src/test/node/parity.mjs, which drives the real assets/js/search.js under Node, and reads its answer. The client
 * is the one the site publishes: trimmed by {@link ScriptTrimmer}, so these tests prove the trimmed code too.
 */
public final class NodeRunner {

    private static final Path SCRIPT = Paths.get("src/test/node/parity.mjs").toAbsolutePath();
    private static final Path SOURCE = Paths.get("assets/js/search.js").toAbsolutePath();

    private NodeRunner() {
    }

    /** The parity script's JSON answer for {@code requests} against the baked site {@code site}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> run(Path site, Map<String, Object> requests, Path temp) throws IOException, InterruptedException {
        requireNode();
        Path input = temp.resolve("requests.json");
        Files.writeString(input, new Json().toJson(requests), StandardCharsets.UTF_8);
        Path client = temp.resolve("published-search.mjs");
        Files.writeString(client, ScriptTrimmer.trim(Files.readString(SOURCE, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        Process node = new ProcessBuilder("node", SCRIPT.toString(), client.toString(), site.toString(), input.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(5, TimeUnit.MINUTES) || node.exitValue() != 0) {
            throw new IllegalStateException("node parity.mjs failed (exit " + node.exitValue() + ")");
        }
        return new Json().toType(output, Map.class);
    }

    private static void requireNode() throws IOException, InterruptedException {
        boolean present;
        try {
            present = new ProcessBuilder("node", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            present = false;
        }
        ToolCheck.require(present, "SEARCH PARITY TESTS", "Node.js 20");
    }
}
