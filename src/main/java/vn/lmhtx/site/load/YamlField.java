package vn.lmhtx.site.load;

import org.snakeyaml.engine.v2.nodes.Node;

/**
 * One key of the front matter with its value node.
 *
 * @param name the key as messages show it ({@code decision.date}, {@code metrics[2].value} when nested)
 * @param key the key as written
 * @param line the file line of the key
 * @param value the value node, still untyped
 */
record YamlField(String name, String key, int line, Node value) {
}
