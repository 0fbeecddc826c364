package vn.lmhtx.site.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * PDF files for tests, made with PDFBox: text in DejaVu Sans (embedded, so Vietnamese letters with their marks are real
 * text), a scan without text, password-protected and copy-protected files, damaged ones.
 */
public final class Pdfs {

    private static final Path FONT = Path.of("src/main/resources/fonts/DejaVuSans.ttf");
    private static final float FONT_SIZE = 12;
    private static final float LEADING = 16;

    private Pdfs() {
    }

    /** A PDF with one page per entry of {@code pages}, each a list of lines. */
    public static byte[] text(List<List<String>> pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            write(pdf, pages);
            return save(pdf);
        }
    }

    /** A one-page PDF of {@code lines}. */
    public static byte[] text(String... lines) throws IOException {
        return text(List.of(Arrays.asList(lines)));
    }

    /** A PDF of {@code lines} that opens only with {@code password}. */
    public static byte[] withPassword(String password, String... lines) throws IOException {
        return protect(new StandardProtectionPolicy("owner-" + password, password, new AccessPermission()), lines);
    }

    /** A PDF of {@code lines} that opens without a password but whose permissions forbid copying its text. */
    public static byte[] copyForbidden(String... lines) throws IOException {
        AccessPermission permission = new AccessPermission();
        permission.setCanExtractContent(false);
        return protect(new StandardProtectionPolicy("owner", "", permission), lines);
    }

    /** A one-page PDF that is only an image, as a scanner makes it: no text layer. */
    public static byte[] imageOnly() throws IOException {
        BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scan.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 280);
        g.setColor(Color.BLACK);
        for (int y = 30; y < 260; y += 12) {
            g.fillRect(20, y, 160, 4); // lines that look like text to a person, not to a PDF reader
        }
        g.dispose();
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(pdf, scan);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(image, 50, 200, 400, 560);
            }
            return save(pdf);
        }
    }

    /** The first half of a good file, as an interrupted copy leaves it. */
    public static byte[] truncated(byte[] pdf) {
        return Arrays.copyOf(pdf, pdf.length / 2);
    }

    /** Writes {@code bytes} as {@code relative} in {@code site}, making its folder. */
    public static void put(Path site, String relative, byte[] bytes) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private static byte[] protect(StandardProtectionPolicy policy, String... lines) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            write(pdf, List.of(Arrays.asList(lines)));
            policy.setEncryptionKeyLength(256);
            pdf.protect(policy);
            return save(pdf);
        }
    }

    private static void write(PDDocument pdf, List<List<String>> pages) throws IOException {
        PDType0Font font = PDType0Font.load(pdf, FONT.toFile());
        for (List<String> lines : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(font, FONT_SIZE);
                content.setLeading(LEADING);
                content.newLineAtOffset(56, PDRectangle.A4.getHeight() - 72);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
        }
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }
}
