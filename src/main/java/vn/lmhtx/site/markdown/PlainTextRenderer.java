package vn.lmhtx.site.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.Set;

/**
 * Renders text nodes as flexmark's core renderer does ({@code html.text(normalizeEOL(chars.unescape()))}), without
 * its character-by-character copies for the common case: a text node is a slice of the Markdown string, and text
 * without a backslash, an ampersand or a carriage return is its own unescaped, normalised form. Other text takes
 * flexmark's path. Text is most of an article, so this is most of the renderer's time.
 */
final class PlainTextRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, PlainTextRenderer::render));
    }

    private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
            String text = base.substring(chars.getStartOffset(), chars.getEndOffset());
            if (text.indexOf('\\') < 0 && text.indexOf('&') < 0 && text.indexOf('\r') < 0) {
                html.text(text);
                return;
            }
        }
        html.text(Escaping.normalizeEOL(chars.unescape()));
    }
}
