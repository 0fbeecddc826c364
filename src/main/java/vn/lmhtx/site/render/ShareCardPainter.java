package vn.lmhtx.site.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Paints share cards: a 1200×630 PNG with the page's title in large bold type and the site's name below it, set in the
 * DejaVu Sans the build ships (it covers every Vietnamese letter and tone mark, whatever fonts the machine has).
 * The bytes depend only on the card's text: no timestamp or other metadata is written. Built once per build and
 * shared by its threads (fonts are immutable; every card gets its own image and graphics).
 */
public final class ShareCardPainter {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    private static final int MARGIN = 80;
    private static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final int TITLE_TOP = 70;
    /** Above this line the title would run into the site's name. */
    private static final int TITLE_BOTTOM = 480;
    /** Title sizes tried from the largest down until the title fits; at the smallest, it is cut with "…". */
    private static final int[] TITLE_SIZES = {72, 64, 56, 48};
    private static final int BAND_HEIGHT = 130;
    private static final Color BACKGROUND = new Color(0x0b5394);
    private static final Color BAND = new Color(0x073763);
    private static final Color TITLE = Color.WHITE;
    private static final Color NAME = new Color(0xdce8f3);

    private final Font regular;
    private final Font bold;

    private ShareCardPainter(Font regular, Font bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** A painter with the DejaVu Sans fonts shipped in the build's resources ({@code /fonts/}). */
    public static ShareCardPainter withBundledFonts() {
        return new ShareCardPainter(font("/fonts/DejaVuSans.ttf"), font("/fonts/DejaVuSans-Bold.ttf"));
    }

    /** The font the title is set in, so that tests can check it covers a title. */
    public Font titleFont() {
        return bold.deriveFont((float) TITLE_SIZES[0]);
    }

    /** The card as an image: the title wrapped on up to six lines, the site's name in a band at the bottom. */
    public BufferedImage paint(ShareCard card) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            paintTitle(g, card.title());
            if (!card.siteName().isEmpty()) {
                paintName(g, card.siteName());
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The card as PNG bytes, identical for identical text (no metadata: see {@link PngEncoder}). */
    public byte[] png(ShareCard card) {
        return PngEncoder.encode(paint(card));
    }

    /** Sets the site's name on one line (cut with "…" if need be) in a darker band at the bottom. */
    private void paintName(Graphics2D g, String name) {
        g.setColor(BAND);
        g.fillRect(0, HEIGHT - BAND_HEIGHT, WIDTH, BAND_HEIGHT);
        g.setColor(NAME);
        g.setFont(regular.deriveFont(34f));
        FontMetrics metrics = g.getFontMetrics();
        for (String line : CardLines.wrap(name, metrics, TEXT_WIDTH, 1).lines()) {
            g.drawString(line, MARGIN, HEIGHT - BAND_HEIGHT / 2 + (metrics.getAscent() - metrics.getDescent()) / 2);
        }
    }

    /** Sets the title at the largest size at which it fits (in as many lines as its area holds), centred in that area. */
    private void paintTitle(Graphics2D g, String title) {
        CardLines lines = null;
        FontMetrics metrics = null;
        for (int size : TITLE_SIZES) {
            g.setFont(bold.deriveFont((float) size));
            metrics = g.getFontMetrics();
            lines = CardLines.wrap(title, metrics, TEXT_WIDTH, (TITLE_BOTTOM - TITLE_TOP) / lineHeight(metrics));
            if (!lines.cut()) {
                break;
            }
        }
        int step = lineHeight(metrics);
        int top = TITLE_TOP + (TITLE_BOTTOM - TITLE_TOP - step * lines.lines().size()) / 2;
        g.setColor(TITLE);
        for (int i = 0; i < lines.lines().size(); i++) {
            g.drawString(lines.lines().get(i), MARGIN, top + metrics.getAscent() + i * step);
        }
    }

    private static int lineHeight(FontMetrics metrics) {
        return Math.round(metrics.getFont().getSize2D() * 1.22f);
    }

    private static Font font(String resource) {
        try (InputStream in = ShareCardPainter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the build's resources lack " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(resource + " is not a TrueType font: " + e.getMessage(), e);
        }
    }

    /**
     * Text broken into lines by greedy breaking at spaces, measured with the font that draws them.
     *
     * @param lines the lines, the last one ending with "…" when the text was cut
     * @param cut whether the text had more lines than allowed
     */
    record CardLines(List<String> lines, boolean cut) {

        private static final String ELLIPSIS = "…";

        CardLines {
            lines = List.copyOf(lines);
        }

        /**
         * {@code text} broken into lines no wider than {@code width}; a word wider than a line is broken between
         * letters; past {@code maxLines} the last line kept is cut and ends with "…".
         */
        static CardLines wrap(String text, FontMetrics metrics, int width, int maxLines) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.strip().split("\\s+")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (metrics.stringWidth(candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (metrics.stringWidth(rest) > width) {
                    int fits = fitting(rest, metrics, width);
                    lines.add(rest.substring(0, fits));
                    rest = rest.substring(fits);
                }
                line.append(rest);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines.size() <= maxLines ? new CardLines(lines, false)
                : new CardLines(cut(lines.subList(0, maxLines), metrics, width), true);
        }

        /** How many leading characters of {@code word} fit in {@code width} (at least one code point). */
        private static int fitting(String word, FontMetrics metrics, int width) {
            int end = word.offsetByCodePoints(0, 1);
            while (end < word.length()) {
                int next = word.offsetByCodePoints(end, 1);
                if (metrics.stringWidth(word.substring(0, next)) > width) {
                    break;
                }
                end = next;
            }
            return end;
        }

        private static List<String> cut(List<String> kept, FontMetrics metrics, int width) {
            List<String> lines = new ArrayList<>(kept);
            String last = lines.get(lines.size() - 1);
            while (!last.isEmpty() && metrics.stringWidth(last + ELLIPSIS) > width) {
                last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
            }
            lines.set(lines.size() - 1, last.stripTrailing() + ELLIPSIS);
            return lines;
        }
    }
}
