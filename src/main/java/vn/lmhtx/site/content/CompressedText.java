package vn.lmhtx.site.content;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A long text kept deflated in memory. Every item's rendered body and every page's search text stay alive until the
 * stage that uses them; as Java strings (two bytes a character for Vietnamese) 50,000 articles' bodies alone take
 * about 600 MB, deflated about a fifth of that. {@link #toString()} inflates it again. A text of
 * {@link #STORED_FROM} bytes or more is kept as plain UTF-8: such an article is one of a kind, and deflating it and
 * inflating it for each use (the plan's links, the template) cost more CPU than its few megabytes of memory are worth.
 */
public final class CompressedText {

    /** The UTF-8 size from which a text is stored as it is, not deflated. */
    static final int STORED_FROM = 1 << 20;

    /** The deflated UTF-8, or the UTF-8 itself when {@link #length} is {@link #STORED_FROM} or more. */
    private final byte[] deflated;
    private final int length;

    private CompressedText(byte[] deflated, int length) {
        this.deflated = deflated;
        this.length = length;
    }

    public static CompressedText of(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length >= STORED_FROM) {
            return new CompressedText(utf8, utf8.length);
        }
        // Fastest level: these texts live for one build, and speed matters more than the last few percent.
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(utf8);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 3 + 16);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new CompressedText(out.toByteArray(), utf8.length);
        } finally {
            deflater.end();
        }
    }

    /** The text. */
    @Override
    public String toString() {
        if (length >= STORED_FROM) {
            return new String(deflated, StandardCharsets.UTF_8);
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            byte[] utf8 = new byte[length];
            int read = 0;
            while (read < length) {
                int n = inflater.inflate(utf8, read, length - read);
                if (n == 0 && (inflater.finished() || inflater.needsInput())) {
                    break;
                }
                read += n;
            }
            return new String(utf8, 0, read, StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("text deflated by this class does not inflate", e);
        } finally {
            inflater.end();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CompressedText text && length == text.length && Arrays.equals(deflated, text.deflated);
    }

    @Override
    public int hashCode() {
        return 31 * length + Arrays.hashCode(deflated);
    }
}
