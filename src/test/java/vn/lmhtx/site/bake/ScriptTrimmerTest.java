package vn.lmhtx.site.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class ScriptTrimmerTest {

    @Test
    void commentLinesBlankLinesAndIndentationAreDropped() {
        String script = """
            /**
             * What it does.
             */
            export function add(a, b) {
              // why
              const url = "http://x/"; // kept: code comes first on this line

              /* one line */
              return a + b;\t
            }
            """;
        assertEquals("export function add(a, b) {\nconst url = \"http://x/\"; // kept: code comes first on this line\n"
            + "return a + b;\n}\n", ScriptTrimmer.trim(script));
    }

    @Test
    void aScriptWhoseLinesCouldRunOnIsPublishedAsItIs() {
        for (String script : new String[] {
            "const s = `\n  // inside a template literal\n`;\n",
            "const s = \"a\\\n  // inside a string\";\n",
            "/* a comment */ const kept = 1;\n",
            "/* a comment\n ends */ const kept = 1;\n",
            "/* never closed\n",
            "// a comment\u2028run();\n",
        }) {
            assertEquals(script, ScriptTrimmer.trim(script), script);
        }
    }

    @Test
    void aCommentLineThatMayCloseABlockCommentStays() {
        String script = "x(); /* a note\n  // that ends here */ y();\n";
        assertEquals("x(); /* a note\n// that ends here */ y();\n", ScriptTrimmer.trim(script));
    }

    @Test
    void theSearchClientIsTrimmed() throws Exception {
        String client = Files.readString(Paths.get("assets/js/search.js"), StandardCharsets.UTF_8);
        String trimmed = ScriptTrimmer.trim(client);
        // Its behaviour is proven by the parity tests (NodeRunner runs the trimmed client) and the browser tests.
        assertTrue(trimmed.length() < client.length() * 2 / 3, trimmed.length() + " of " + client.length());
        assertTrue(trimmed.contains("export function createSearch"));
    }
}
