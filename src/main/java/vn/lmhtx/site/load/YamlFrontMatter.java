package vn.lmhtx.site.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import vn.lmhtx.site.messages.Message;

/** Parses front matter into its top-level fields, keeping each one's line, and reports malformed YAML where it is. */
final class YamlFrontMatter {

    private static final LoadSettings SETTINGS = LoadSettings.builder()
        .setMaxAliasesForCollections(10)
        .setCodePointLimit(1_000_000)
        .build();

    private YamlFrontMatter() {
    }

    /** The fields in the order written, or empty after reporting what is malformed. */
    static Optional<Map<String, YamlField>> parse(FrontMatter frontMatter, FileReport report) {
        int offset = frontMatter.yamlFirstLine();
        // YAML refuses control characters with a message editors cannot act on; they are reported and left out.
        String yaml = ControlCharacters.strip(frontMatter.yaml(), offset, "front matter", true, report);
        Optional<Node> root;
        try {
            root = new Compose(SETTINGS).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            // The problem mark is where the parser noticed. When that is the end of the front matter (an unclosed
            // quote or bracket), the context mark shows where the broken construct starts.
            boolean atEnd = e.getProblem() != null && e.getProblem().contains("end of stream");
            Optional<Mark> mark = atEnd ? e.getContextMark().or(e::getProblemMark) : e.getProblemMark().or(e::getContextMark);
            int line = mark.map(m -> m.getLine() + offset).orElse(offset);
            boolean hasContext = e.getContext() != null && !e.getContext().isBlank();
            String what = hasContext ? e.getContext() + ": " + e.getProblem() : e.getProblem();
            report.error(line, "front matter", Message.YAML_INVALID.text(what));
            return Optional.empty();
        } catch (YamlEngineException e) {
            report.error(offset, "front matter", Message.YAML_INVALID_OTHER.text(e.getMessage()));
            return Optional.empty();
        }
        if (root.isEmpty() || isNull(root.get())) {
            report.error(1, "front matter", Message.NO_FIELDS.text());
            return Optional.empty();
        }
        return mapping(root.get(), "", offset, report);
    }

    /** The keys of a mapping node, each checked to be a plain key and unique. */
    static Optional<Map<String, YamlField>> mapping(Node node, String prefix, int offset, FileReport report) {
        if (!(node instanceof MappingNode mapping)) {
            String what = prefix.isEmpty() ? "front matter" : prefix.substring(0, prefix.length() - 1);
            report.error(lineOf(node, offset), what, Message.NOT_FIELDS.text());
            return Optional.empty();
        }
        Map<String, YamlField> fields = new LinkedHashMap<>();
        boolean ok = true;
        for (NodeTuple tuple : mapping.getValue()) {
            int line = lineOf(tuple.getKeyNode(), offset);
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode) || keyNode.getValue().isBlank()) {
                report.error(line, prefix.isEmpty() ? "front matter" : prefix, Message.FIELD_NAME_NOT_A_WORD.text());
                ok = false;
                continue;
            }
            String key = keyNode.getValue();
            YamlField previous = fields.get(key);
            if (previous != null) {
                // Keep checking with the first value, so the file's other problems show up in this run too.
                report.error(line, prefix + key, Message.FIELD_TWICE.text(previous.line()));
                continue;
            }
            fields.put(key, new YamlField(prefix + key, key, line, tuple.getValueNode()));
        }
        return ok ? Optional.of(fields) : Optional.empty();
    }

    static int lineOf(Node node, int offset) {
        return node.getStartMark().map(m -> m.getLine() + offset).orElse(offset);
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }
}
