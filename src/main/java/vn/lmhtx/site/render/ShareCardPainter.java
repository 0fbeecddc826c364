package vn.lmhtx.site.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Paints share cards: a 1200×630 PNG with the page's title in large bold type and the site's name below it, set in the
 * DejaVu Sans the build ships (it covers every Vietnamese letter and tone mark, whatever fonts the machine has).
 * The bytes depend only on the card's text: no timestamp or other metadata is written. Built once per build and
 * shared by its threads (fonts are immutable; every card being drawn has its own image and graphics).
 *
 * <p>The card has two fills and two text colours, so it is drawn as an indexed-colour image: the text is drawn on
 * black into a grey image, where each pixel's value stands for one of 128 blends of the text's colour over its fill
 * (title over the background, name over the band), by its antialiasing coverage. The palette has 256 entries, one PNG
 * byte per pixel instead of three. Java2D blends antialiased text linearly in the coverage with 255 levels; 128 levels
 * put every pixel within one step (of 255) per channel of drawing the card in RGB. The title is drawn in grey 127,
 * which gives its levels directly ({@link #TITLE_LEVELS}); the name in white, whose coverages are then halved.
 *
 * <p>The band with the site's name is the same on every card of a site: it is drawn, converted and deflated once per
 * name, and a card draws only its title, clipped above the band.
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
    private static final int BAND_TOP = HEIGHT - BAND_HEIGHT;
    private static final Color BACKGROUND = new Color(0x0b5394);
    private static final Color BAND = new Color(0x073763);
    private static final Color TITLE = Color.WHITE;
    private static final Color NAME = new Color(0xdce8f3);
    /** Blends per text colour: two of them fill the 256 entries an 8-bit palette holds. */
    private static final int LEVELS = 128;
    /** The palette: the title's blends over the background (indices 0–127), then the name's over the band. */
    private static final IndexColorModel PALETTE = palette(BACKGROUND, TITLE, BAND, NAME);
    /** The home page's card has no band: the title's blends alone. */
    private static final IndexColorModel TITLE_PALETTE = palette(BACKGROUND, TITLE);
    /**
     * What the title is drawn in: grey {@code LEVELS - 1} on black, which Java2D blends by a pixel's coverage c into
     * round(c · 127 / 255), the title's palette index for that coverage ({@link #level}), so the drawn pixels need no
     * conversion. (Where two glyphs overlap, the second is blended over the first's level, not over its coverage: in
     * 3,000 real titles, 119 of 1.8 billion pixels came out one level away from converting a white drawing.)
     */
    private static final Color TITLE_LEVELS = new Color(LEVELS - 1, LEVELS - 1, LEVELS - 1);
    /** A row without coverage, never written to. */
    private static final byte[] BLANK_ROW = new byte[WIDTH];

    private final Font bold;
    /** The title's font at each of {@link #TITLE_SIZES}, and the name's: derived once, not for every card. */
    private final Font[] titleFonts;
    private final Font nameFont;
    private final PngEncoder encoder = new PngEncoder();
    /** Canvases free for the next card: at most one per thread that drew at once. */
    private final Queue<Canvas> canvases = new ConcurrentLinkedQueue<>();
    /** The band of each site's name met so far (a build has one). */
    private final Map<String, Band> bands = new ConcurrentHashMap<>();

    private ShareCardPainter(Font regular, Font bold) {
        this.bold = bold;
        this.titleFonts = Arrays.stream(TITLE_SIZES).mapToObj(size -> bold.deriveFont((float) size)).toArray(Font[]::new);
        this.nameFont = regular.deriveFont(34f);
    }

    /** A painter with the DejaVu Sans fonts shipped in the build's resources ({@code /fonts/}). */
    public static ShareCardPainter withBundledFonts() {
        return new ShareCardPainter(font("/fonts/DejaVuSans.ttf"), font("/fonts/DejaVuSans-Bold.ttf"));
    }

    /** The font the title is set in, so that tests can check it covers a title. */
    public Font titleFont() {
        return bold.deriveFont((float) TITLE_SIZES[0]);
    }

    /**
     * The card as an indexed-colour image ({@link BufferedImage#TYPE_BYTE_INDEXED}): the title wrapped on up to six
     * lines, the site's name in a band at the bottom.
     */
    public BufferedImage paint(ShareCard card) {
        Canvas canvas = new Canvas();
        boolean band = !card.siteName().isEmpty();
        canvas.drawTitle(card.title(), band ? BAND_TOP : HEIGHT, this);
        if (band) {
            System.arraycopy(band(card.siteName()).pixels(), 0, canvas.pixels, BAND_TOP * WIDTH, BAND_HEIGHT * WIDTH);
        }
        return new BufferedImage(band ? PALETTE : TITLE_PALETTE, canvas.coverage.getRaster(), false, null);
    }

    /** The card as PNG bytes, identical for identical text (no metadata: see {@link PngEncoder}). */
    public byte[] png(ShareCard card) {
        boolean band = !card.siteName().isEmpty();
        PngEncoder.Tail tail = band ? band(card.siteName()).tail() : PngEncoder.Tail.NONE;
        Canvas canvas = Optional.ofNullable(canvases.poll()).orElseGet(Canvas::new);
        try {
            int titleRows = band ? BAND_TOP : HEIGHT;
            canvas.drawTitle(card.title(), titleRows, this);
            return encoder.encode(band ? PALETTE : TITLE_PALETTE, canvas.pixels, WIDTH,
                Arrays.copyOf(canvas.rowIndex, titleRows), tail);
        } finally {
            canvas.clear();
            canvases.add(canvas);
        }
    }

    /** The band with {@code siteName}, drawn the first time it is asked for. */
    private Band band(String siteName) {
        return bands.computeIfAbsent(siteName, this::drawBand);
    }

    /**
     * Draws the band as a card with no title would have it, on a canvas of its own: the name's coverage turned into
     * the name's blends over the band, every row offset by {@link #LEVELS} into the palette.
     */
    private Band drawBand(String siteName) {
        Canvas canvas = new Canvas();
        canvas.graphics.setClip(0, BAND_TOP, WIDTH, BAND_HEIGHT);
        paintName(canvas.graphics, siteName);
        byte[] pixels = Arrays.copyOfRange(canvas.pixels, BAND_TOP * WIDTH, HEIGHT * WIDTH);
        int[] rowIndex = new int[BAND_HEIGHT];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (level(pixels[i] & 0xff) + LEVELS);
        }
        for (int y = 0; y < BAND_HEIGHT; y++) {
            rowIndex[y] = PngEncoder.isFlat(pixels, y, WIDTH) ? pixels[y * WIDTH] & 0xff : -1;
        }
        return new Band(pixels, encoder.tail(pixels, WIDTH, rowIndex));
    }

    /**
     * A site's band.
     *
     * @param pixels its rows of palette indices
     * @param tail the same rows deflated, to end every card's PNG
     */
    private record Band(byte[] pixels, PngEncoder.Tail tail) {
    }

    /**
     * The image a card's title is drawn into, with its graphics, kept for the next card by {@link #png}: a new 756 kB
     * image per card, zeroed by the JVM and then collected, cost more than the drawing. Between cards it holds no
     * coverage anywhere.
     *
     * <p>Only the rows the text reached are zeroed again afterwards (a title covers about a third of the card): the
     * other rows are only recorded as the fill's index across, which is all the encoder needs of them.
     */
    private static final class Canvas {

        private final BufferedImage coverage = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        private final byte[] pixels = ((DataBufferByte) coverage.getRaster().getDataBuffer()).getData();
        private final Graphics2D graphics = coverage.createGraphics();
        /** Per row of the last card: its palette index when the row is that index across, else -1. */
        private final int[] rowIndex = new int[HEIGHT];
        /** Per row of the last card: whether its pixels were written (the text reached it), so must be zeroed. */
        private final boolean[] written = new boolean[HEIGHT];

        Canvas() {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        }

        /**
         * Draws {@code title} as the title's palette indices in the first {@code rows} rows (clipped there: below is
         * the band) and records every row's index if it has one across: the fill's (0) where the text did not reach.
         */
        void drawTitle(String title, int rows, ShareCardPainter painter) {
            graphics.setClip(0, 0, WIDTH, rows);
            painter.paintTitle(graphics, title);
            for (int y = 0; y < rows; y++) {
                // Compared with a blank row, which the JDK does eight bytes at a time.
                written[y] = Arrays.mismatch(pixels, y * WIDTH, (y + 1) * WIDTH, BLANK_ROW, 0, WIDTH) >= 0;
                rowIndex[y] = written[y] ? -1 : 0;
            }
        }

        /** Back to no coverage anywhere, as a new image: only the rows the last card wrote, each copied from a blank one. */
        void clear() {
            for (int y = 0; y < HEIGHT; y++) {
                if (written[y]) {
                    System.arraycopy(BLANK_ROW, 0, pixels, y * WIDTH, WIDTH);
                    written[y] = false;
                }
            }
        }
    }

    /**
     * The palette level (0–127) of a coverage (0–255): the coverage scaled to 127 and rounded, which is the
     * coverage's upper seven bits ({@code (c · 127 + 127) / 255 = c >> 1} for every c): a shift, not a table lookup.
     */
    static int level(int coverage) {
        return coverage >>> 1;
    }

    /**
     * Sets the site's name on one line (cut with "…" if need be) in a darker band at the bottom.
     */
    private void paintName(Graphics2D g, String name) {
        g.setColor(Color.WHITE);
        g.setFont(nameFont);
        FontMetrics metrics = g.getFontMetrics();
        for (String line : CardLines.wrap(name, metrics, TEXT_WIDTH, 1).lines()) {
            g.drawString(line, MARGIN, HEIGHT - BAND_HEIGHT / 2 + (metrics.getAscent() - metrics.getDescent()) / 2);
        }
    }

    /** Sets the title at the largest size at which it fits (in as many lines as its area holds), centred in that area. */
    private void paintTitle(Graphics2D g, String title) {
        CardLines lines = null;
        FontMetrics metrics = null;
        for (Font font : titleFonts) {
            g.setFont(font);
            metrics = g.getFontMetrics();
            lines = CardLines.wrap(title, metrics, TEXT_WIDTH, (TITLE_BOTTOM - TITLE_TOP) / lineHeight(metrics));
            if (!lines.cut()) {
                break;
            }
        }
        int step = lineHeight(metrics);
        int top = TITLE_TOP + (TITLE_BOTTOM - TITLE_TOP - step * lines.lines().size()) / 2;
        g.setColor(TITLE_LEVELS);
        for (int i = 0; i < lines.lines().size(); i++) {
            g.drawString(lines.lines().get(i), MARGIN, top + metrics.getAscent() + i * step);
        }
    }

    /** Entries {@code LEVELS * k + level}: text colour {@code pairs[2k + 1]} over fill {@code pairs[2k]}. */
    private static IndexColorModel palette(Color... pairs) {
        int size = pairs.length / 2 * LEVELS;
        byte[] red = new byte[size];
        byte[] green = new byte[size];
        byte[] blue = new byte[size];
        for (int i = 0; i < size; i++) {
            Color fill = pairs[i / LEVELS * 2];
            Color text = pairs[i / LEVELS * 2 + 1];
            int level = i % LEVELS;
            red[i] = blend(fill.getRed(), text.getRed(), level);
            green[i] = blend(fill.getGreen(), text.getGreen(), level);
            blue[i] = blend(fill.getBlue(), text.getBlue(), level);
        }
        return new IndexColorModel(8, size, red, green, blue);
    }

    /** One channel of {@code text} over {@code fill} as Java2D blends it, at the coverage {@code level} stands for. */
    private static byte blend(int fill, int text, int level) {
        int coverage = (level * 255 + (LEVELS - 1) / 2) / (LEVELS - 1);
        return (byte) (multiply(coverage, text) + multiply(255 - coverage, fill));
    }

    /** Java2D's product of two 8-bit values, {@code a·b/255} rounded. */
    private static int multiply(int a, int b) {
        return (a * b + 127) / 255;
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
