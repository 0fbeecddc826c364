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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lmhtx.site.content.CompressedText;
import vn.lmhtx.site.content.ContentDate;
import vn.lmhtx.site.content.ContentItem;
import vn.lmhtx.site.content.ContentType;
import vn.lmhtx.site.content.PageKind;
import vn.lmhtx.site.content.Section;
import vn.lmhtx.site.content.Status;

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
        assertThat(chunkTypes(png)).containsExactly("IHDR", "PLTE", "IDAT", "IEND");
    }

    /**
     * A card is an 8-bit indexed-colour PNG (one byte per pixel, not three) whose pixels a reader sees are the design's:
     * the background and band fills exactly, white and light-blue text, and in between only blends of each text
     * colour over its fill.
     */
    @Test
    void aCardIsAnIndexedPngOfTheDesignsColoursAndTheirBlends() throws IOException {
        byte[] png = painter.png(new ShareCard("Đại hội lần thứ V", SITE));

        assertThat(png[24]).as("bit depth").isEqualTo((byte) 8);
        assertThat(png[25]).as("colour type: indexed").isEqualTo((byte) 3);
        BufferedImage card = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(card.getRGB(0, 0) & 0xffffff).isEqualTo(0x0b5394);
        assertThat(card.getRGB(1199, 499) & 0xffffff).isEqualTo(0x0b5394);
        assertThat(card.getRGB(0, 500) & 0xffffff).isEqualTo(0x073763);
        assertThat(card.getRGB(1199, 629) & 0xffffff).isEqualTo(0x073763);
        int white = 0;
        int name = 0;
        Set<Integer> title = new HashSet<>();
        Set<Integer> band = new HashSet<>();
        for (int y = 0; y < card.getHeight(); y++) {
            for (int x = 0; x < card.getWidth(); x++) {
                int rgb = card.getRGB(x, y) & 0xffffff;
                white += rgb == 0xffffff ? 1 : 0;
                name += rgb == 0xdce8f3 ? 1 : 0;
                (y < 500 ? title : band).add(rgb);
            }
        }
        assertThat(white).as("white title pixels").isGreaterThan(5_000);
        assertThat(name).as("name pixels").isGreaterThan(1_000);
        assertThat(title).hasSizeGreaterThan(60).allSatisfy(rgb -> assertThat(isBlend(rgb, 0x0b5394, 0xffffff)).isTrue());
        assertThat(band).hasSizeGreaterThan(60).allSatisfy(rgb -> assertThat(isBlend(rgb, 0x073763, 0xdce8f3)).isTrue());
        assertThat(ImageIO.read(new ByteArrayInputStream(painter.png(new ShareCard(SITE, "")))).getRGB(0, 629) & 0xffffff)
            .as("the home page's card has no band").isEqualTo(0x0b5394);
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

    /**
     * A painter keeps the image it drew into for the next card: a card drawn after others (a long title on six lines,
     * the home page's card without a band) has the bytes of the same card from a painter that drew nothing before.
     */
    @Test
    void aCardDrawnAfterOthersHasTheBytesOfTheSameCardDrawnFirst() {
        List<ShareCard> cards = List.of(
            new ShareCard("Hợp tác xã ".repeat(30), SITE),
            new ShareCard("Đại hội lần thứ V", SITE),
            new ShareCard(SITE, ""),
            new ShareCard("Thành tựu: tín dụng và bảo hiểm", SITE),
            new ShareCard("Đại hội lần thứ V", SITE));
        ShareCardPainter reused = ShareCardPainter.withBundledFonts();
        List<byte[]> inARow = cards.stream().map(reused::png).toList();

        for (int i = 0; i < cards.size(); i++) {
            assertThat(inARow.get(i)).as("card %d", i).isEqualTo(ShareCardPainter.withBundledFonts().png(cards.get(i)));
        }
    }

    /**
     * A coverage's palette level, taken as its upper seven bits, is the coverage scaled to the 128 levels and rounded,
     * for every coverage.
     */
    @Test
    void aCoveragesLevelIsItRoundedToTheLevels() {
        for (int coverage = 0; coverage < 256; coverage++) {
            assertThat(ShareCardPainter.level(coverage)).as("coverage %d", coverage).isEqualTo((coverage * 127 + 127) / 255);
        }
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

    /**
     * Every numbered page of the news list shares the list's card (the list's title), while a year's archive and an
     * article keep their own: 25 articles at 10 a page are three pages, one card.
     */
    @Test
    void theNumberedPagesOfTheNewsListShareTheListsCard() {
        SiteSettings site = new SiteSettings(SITE, "", "https://a.example", "/", "", "", "", "", 10, "/assets/images/icon.svg");
        List<ContentItem> news = new ArrayList<>();
        for (int n = 1; n <= 25; n++) {
            ContentDate date = new ContentDate(ZonedDateTime.of(2018, 1, n, 8, 0, 0, 0, ZoneId.of("Asia/Ho_Chi_Minh")), false);
            news.add(new ContentItem("content/tin-tuc/bai-" + n + ".md", ContentType.NEWS, Section.NEWS, "Bài " + n, "bai-" + n,
                "/tin-tuc/bai-" + n + "/", Optional.of(date), Optional.of("Tóm tắt"), List.of(), Optional.empty(),
                Optional.empty(), Status.PUBLISHED, List.of(), CompressedText.of(""), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of()));
        }
        SitePlan plan = new SitePlanner(site).plan(news);

        ShareImage first = ShareImage.forPage(plan.byUrl().get("/tin-tuc/"), site);
        assertThat(first.card()).contains(new ShareCard("Tin tức", SITE));
        for (String page : List.of("/tin-tuc/trang-2/", "/tin-tuc/trang-3/")) {
            assertThat(plan.byUrl().get(page).title()).isEqualTo("Tin tức – trang " + page.charAt(page.length() - 2));
            assertThat(ShareImage.forPage(plan.byUrl().get(page), site)).isEqualTo(first);
        }
        assertThat(ShareImage.forPage(plan.byUrl().get("/tin-tuc/nam-2018/"), site).card())
            .contains(new ShareCard("Tin tức năm 2018", SITE));
        assertThat(ShareImage.forPage(plan.byUrl().get("/tin-tuc/bai-7/"), site).card()).contains(new ShareCard("Bài 7", SITE));
    }

    /** Whether {@code rgb} is {@code text} over {@code fill} at some coverage, to one level per channel. */
    private static boolean isBlend(int rgb, int fill, int text) {
        for (int coverage = 0; coverage <= 255; coverage++) {
            boolean near = true;
            for (int shift = 0; shift < 24; shift += 8) {
                int f = fill >> shift & 0xff;
                int blend = f + ((text >> shift & 0xff) - f) * coverage / 255;
                near &= Math.abs((rgb >> shift & 0xff) - blend) <= 1;
            }
            if (near) {
                return true;
            }
        }
        return false;
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
