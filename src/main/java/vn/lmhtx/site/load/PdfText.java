package vn.lmhtx.site.load;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.lmhtx.site.messages.Message;

/**
 * Reads an attached PDF's page count and text with PDFBox, for the document's page and for search. An attachment is
 * an editor's file, possibly damaged or hostile, so reading never throws for its content: what cannot be read is a
 * {@link Reading#warning()}, and limits bound what one file may cost (its size, its pages, PDFBox's memory, its
 * characters).
 */
final class PdfText {

    /** Files larger than this are published but not read: a document this large is a scan, with no text anyway. */
    static final long MAX_BYTES = 30_000_000;
    /** Files with more pages are published with their page count but not read. */
    static final int MAX_PAGES = 500;
    /**
     * What PDFBox may hold of decoded streams for one file, in memory only (never temporary files, which a killed build
     * would leave behind): a small file whose streams inflate to gigabytes fails here, as a warning, not the heap.
     */
    static final long MAX_STREAM_MEMORY = 64_000_000;
    /**
     * Characters read from one file: PDFBox holds a page's characters as objects of a few hundred bytes each before it
     * writes them out, so a small file that draws millions of letters would otherwise fill the heap. Twice what 500
     * dense pages hold (about 4,000 characters a page).
     */
    static final int MAX_CHARACTERS = 4_000_000;

    private PdfText() {
    }

    /**
     * What a file yields: its page count when it could be opened, its text (NFC, trimmed) when it has one that could be
     * read, and otherwise why not, as the message of the warning on the document's {@code attachment} line.
     */
    record Reading(Optional<Integer> pages, Optional<String> text, Optional<String> warning) {

        static Reading unread(Optional<Integer> pages, String warning) {
            return new Reading(pages, Optional.empty(), Optional.of(warning));
        }
    }

    /** Reads {@code file} ({@code name} is how the warning names it), never through a link. */
    static Reading read(Path file, String name, long bytes) throws IOException {
        return read(file, name, bytes, MAX_CHARACTERS);
    }

    /** {@link #read(Path, String, long)} with another character limit, for tests. */
    static Reading read(Path file, String name, long bytes, int maxCharacters) throws IOException {
        if (bytes > MAX_BYTES) {
            return Reading.unread(Optional.empty(), tooLarge(name, bytes));
        }
        byte[] content = InputFiles.read(file);
        try (RandomAccessReadBuffer source = new RandomAccessReadBuffer(content);
             PDDocument pdf = Loader.loadPDF(source, "", MemoryUsageSetting.setupMainMemoryOnly(MAX_STREAM_MEMORY).streamCache)) {
            return text(pdf, name, maxCharacters);
        } catch (TooMuchText e) {
            return Reading.unread(e.pages, Message.PDF_TOO_MUCH_TEXT.text(name, maxCharacters));
        } catch (InvalidPasswordException e) {
            return Reading.unread(Optional.empty(), Message.PDF_PASSWORD.text(name));
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // PDFBox reports damage as IOException, but a hostile file can also reach its unchecked exceptions, and a
            // deeply nested structure its recursion limit; none of them may stop the build of the other pages.
            return Reading.unread(Optional.empty(), unreadable(name, e));
        }
    }

    private static Reading text(PDDocument pdf, String name, int maxCharacters) throws IOException {
        Optional<Integer> pages = Optional.of(pdf.getNumberOfPages());
        if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
            return Reading.unread(pages, Message.PDF_COPY_FORBIDDEN.text(name));
        }
        if (pdf.getNumberOfPages() > MAX_PAGES) {
            return Reading.unread(pages, Message.PDF_TOO_MANY_PAGES.text(name, pdf.getNumberOfPages(), MAX_PAGES));
        }
        PDFTextStripper stripper = new BoundedStripper(maxCharacters, pages);
        // Lines of a paragraph joined by a space, so a phrase broken across lines is still a phrase for search;
        // paragraphs and pages end with a line break, which ends a phrase (VietnameseAnalysis.PHRASE_END).
        stripper.setLineSeparator(" ");
        stripper.setParagraphEnd("\n");
        stripper.setPageEnd("\n");
        // Some producers write a letter and its tone mark as two characters; search and readers expect one (NFC).
        String text = Normalizer.normalize(stripper.getText(pdf), Normalizer.Form.NFC).strip();
        if (text.isEmpty()) {
            return Reading.unread(pages, Message.PDF_NO_TEXT.text(name));
        }
        return new Reading(pages, Optional.of(text), Optional.empty());
    }

    /** A text stripper that stops once a file has drawn more characters than the limit. */
    private static final class BoundedStripper extends PDFTextStripper {

        private final int maxCharacters;
        private final Optional<Integer> pages;
        private int characters;

        BoundedStripper(int maxCharacters, Optional<Integer> pages) {
            this.maxCharacters = maxCharacters;
            this.pages = pages;
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            characters += text.getUnicode() == null ? 1 : text.getUnicode().length();
            if (characters > maxCharacters) {
                throw new TooMuchText(pages);
            }
            super.processTextPosition(text);
        }
    }

    /** Thrown through PDFBox, whose callback declares no checked exception, when a file draws too many characters. */
    private static final class TooMuchText extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient Optional<Integer> pages;

        TooMuchText(Optional<Integer> pages) {
            super(null, null, false, false);
            this.pages = pages;
        }
    }

    private static final long MB = 1_000_000;

    static String tooLarge(String name, long bytes) {
        return Message.PDF_TOO_LARGE.text(name, (bytes + MB - 1) / MB, MAX_BYTES / MB);
    }

    static String unreadable(String name, Throwable cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return Message.PDF_UNREADABLE.text(name, reason);
    }
}
