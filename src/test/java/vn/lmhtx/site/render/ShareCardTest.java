package vn.lmhtx.site.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lmhtx.site.content.PageKind;

/** Share cards: valid PNGs of 1200×630 without metadata, the same bytes for the same text, Vietnamese marks drawn. */
class ShareCardTest {

    private static final String SITE = "Liên minh Hợp tác xã tỉnh Kiên Giang";
    private static ShareCardPainter painter;

    @BeforeAll
    static void loadFonts() {
        painter = ShareCardPainter.withBundledFonts();
    }

    @Test
    void aCardIsAValidPngOf1200By630WithOnlyTheChunksAnImageNeeds() throws IOException {
        byte[] png = painter.png(new ShareCard("Đại hội lần thứ V", SITE));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        assertThat(chunkTypes(png)).containsExactly("IHDR", "IDAT", "IEND");
    }

    @Test
    void theEncodedPixelsAreThePaintedOnes() throws IOException {
        ShareCard card = new ShareCard("Thành tựu: tín dụng và bảo hiểm", SITE);

        BufferedImage painted = painter.paint(card);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(painter.png(card)));

        for (int y = 0; y < painted.getHeight(); y++) {
            for (int x = 0; x < painted.getWidth(); x++) {
                assertThat(decoded.getRGB(x, y) & 0xffffff).as("pixel %d,%d", x, y).isEqualTo(painted.getRGB(x, y) & 0xffffff);
            }
        }
    }

    @Test
    void theSameTextGivesTheSameBytesWhicheverPainterDrawsIt() {
        ShareCard card = new ShareCard("Quá trình hình thành và phát triển Liên minh HTX tỉnh Kiên Giang", SITE);

        assertThat(ShareCardPainter.withBundledFonts().png(card)).isEqualTo(painter.png(card));
        assertThat(painter.png(new ShareCard("Đại hội lần thứ IV", SITE))).isNotEqualTo(painter.png(card));
    }

    @Test
    void theTitleFontHasAGlyphForEveryVietnameseLetterAndTone() {
        StringBuilder letters = new StringBuilder("đĐ");
        for (char vowel : "aăâeêioôơuưy".toCharArray()) {
            for (String tone : List.of("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")) {
                String letter = Normalizer.normalize(vowel + tone, Normalizer.Form.NFC);
                letters.append(letter).append(letter.toUpperCase(java.util.Locale.ROOT));
            }
        }
        Font font = painter.titleFont();

        assertThat(letters).hasSize(2 + 12 * 6 * 2);
        assertThat(font.canDisplayUpTo(letters.toString())).isEqualTo(-1);
        assertThat(font.canDisplayUpTo("Đại hội lần thứ V")).isEqualTo(-1);
    }

    /**
     * "Đại hội lần thứ V" has no letter that reaches below the baseline or above the capitals, so whatever is drawn
     * there are its marks: the dots under ạ and ộ, the stacked marks of ầ and ộ. The same words without marks draw
     * nothing there.
     */
    @Test
    void theMarksOfDaiHoiLanThuVAreDrawnAboveAndBelowTheLetters() {
        Rows marked = textRows(painter.paint(new ShareCard("Đại hội lần thứ V", SITE)));
        Rows plain = textRows(painter.paint(new ShareCard("Dai hoi lan thu V", SITE)));

        assertThat(marked.bottom()).as("dots below ạ and ộ").isGreaterThan(plain.bottom() + 6);
        assertThat(marked.top()).as("marks stacked on ầ and ộ").isLessThan(plain.top() - 6);
        // the letters themselves are where they are without marks
        assertThat(plain.top()).isGreaterThan(100);
    }

    @Test
    void aLongTitleShrinksThenIsCutWithAnEllipsisAndAWordLongerThanALineIsBroken() {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        g.setFont(painter.titleFont());
        FontMetrics metrics = g.getFontMetrics();
        String word = "Đ".repeat(300);

        ShareCardPainter.CardLines lines = ShareCardPainter.CardLines.wrap("Hợp tác xã " + word + " kiểu mới", metrics, 1040, 4);

        assertThat(lines.cut()).isTrue();
        assertThat(lines.lines()).hasSize(4).allSatisfy(line -> assertThat(metrics.stringWidth(line)).isLessThanOrEqualTo(1040));
        assertThat(lines.lines().get(3)).endsWith("…");
        assertThat(ShareCardPainter.CardLines.wrap("Đại hội lần thứ V", metrics, 1040, 4))
            .isEqualTo(new ShareCardPainter.CardLines(List.of("Đại hội lần thứ V"), false));
    }

    @Test
    void aCardIsNamedByAHashOfItsTextUnderAssetsOg() {
        ShareCard card = new ShareCard("Đại hội lần thứ V", SITE);

        assertThat(card.url()).matches("/assets/og/[0-9a-f]{16}\\.png");
        assertThat(new ShareCard("Đại hội lần thứ V", SITE).url()).isEqualTo(card.url());
        assertThat(new ShareCard("Đại hội lần thứ IV", SITE).url()).isNotEqualTo(card.url());
        assertThat(card.alt()).isEqualTo("Đại hội lần thứ V – " + SITE);
    }

    @Test
    void aLeadImageReplacesTheCardAndOtherwiseTheTitleMakesTheCard() {
        SiteSettings site = new SiteSettings(SITE, "", "https://a.example", "/", "", "", "", "", 10, "/assets/images/icon.svg");
        Page article = new Page("/tin-tuc/x/", PageKind.NEWS, "Đại hội lần thứ V", List.of(),
            new PageModel.ListPage("", List.of(), Optional.empty()));
        Page home = new Page("/", PageKind.MASTERINDEX, SITE, List.of(), new PageModel.ListPage("", List.of(), Optional.empty()));
        ShareImage lead = ShareImage.lead("/anh/dai-hoi-v.jpg", 1600, 900, "Đại biểu dự Đại hội");

        assertThat(ShareImage.choose(article, site, Optional.of(lead))).isEqualTo(lead);
        assertThat(lead.card()).isEmpty();
        ShareImage card = ShareImage.forPage(article, site);
        assertThat(card.card()).contains(new ShareCard("Đại hội lần thứ V", SITE));
        assertThat(card.url()).isEqualTo(card.card().orElseThrow().url());
        assertThat(List.of(card.width(), card.height())).containsExactly(1200, 630);
        // The home page's title is the site's name: it is not repeated in the band.
        assertThat(ShareImage.forPage(home, site).card()).contains(new ShareCard(SITE, ""));
        assertThat(ShareImage.isShared(new Page("/feed.xml", PageKind.FEED, "", List.of(), article.model()))).isFalse();
    }

    /** The first and last rows of the title area (above the band) holding a light pixel of text. */
    private static Rows textRows(BufferedImage card) {
        int top = -1;
        int bottom = -1;
        for (int y = 0; y < 500; y++) {
            for (int x = 0; x < card.getWidth(); x++) {
                if (((card.getRGB(x, y) >> 8) & 0xff) > 160) {
                    top = top < 0 ? y : top;
                    bottom = y;
                    break;
                }
            }
        }
        return new Rows(top, bottom);
    }

    private record Rows(int top, int bottom) {
    }

    private static List<String> chunkTypes(byte[] png) throws IOException {
        List<String> types = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(png))) {
            in.skipNBytes(8);
            while (in.available() > 0) {
                int length = in.readInt();
                types.add(new String(in.readNBytes(4), StandardCharsets.US_ASCII));
                in.skipNBytes(length + 4L);
            }
        }
        return types;
    }
}
