package vn.lmhtx.site.images;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import vn.lmhtx.site.content.Picture;
import vn.lmhtx.site.content.PictureVariant;
import vn.lmhtx.site.content.Slugs;
import vn.lmhtx.site.files.Folders;
import vn.lmhtx.site.files.Sha256;

/**
 * Publishes photos: checks, decodes, turns upright, scales to {@link #WIDTHS} (never wider than the original) and
 * encodes each width as a metadata-free JPEG. The results are cached by the original's content: a rebuild reads them
 * from the cache and decodes only new or changed photos. Thread-safe; one per build.
 */
public final class Photos {

    /**
     * The widths published: thumbnails, phones, 2× phones, tablets, desktops and 2× tablets. 720 is there for the common
     * phone: a 360–412 px wide screen at 1.75–2 device pixels per CSS pixel wants 656–665 pixels for the article
     * column, and without 720 it would take the 960 one, about twice the bytes (photo benchmark, README).
     */
    static final int[] WIDTHS = {240, 480, 720, 960, 1600};

    /** The largest original file accepted. */
    static final long MAX_BYTES = 30_000_000L;

    /** Part of every cache key: change it whenever the published bytes would change (widths, quality, scaling). */
    private static final String PIPELINE = "photos-1;jpeg-q" + JpegEncoder.QUALITY + ";widths-240-480-720-960-1600;bilinear-halving";

    private static final String SIZES_FILE = "sizes.txt";

    private final Path cache;
    private final AtomicInteger encoded = new AtomicInteger();

    /** Photos cached in {@code cache} (created when first needed), such as {@code target/photo-cache}. */
    public Photos(Path cache) {
        this.cache = cache;
    }

    /**
     * Publishes the photo {@code file} (its path relative to the site folder is {@code source}) for the page whose
     * folder URL is {@code urlFolder} ("/tin-tuc/hoi-nghi/"): its variants are named there after the file.
     *
     * @throws PhotoException a photo the site cannot publish: too large, HEIC, not an image, damaged
     * @throws IOException the file or the cache cannot be read or written
     */
    public Picture publish(Path file, String source, String urlFolder) throws PhotoException, IOException {
        String name = source.substring(source.lastIndexOf('/') + 1);
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new PhotoException(PhotoProblems.tooManyBytes(name, size, MAX_BYTES));
        }
        byte[] bytes = Files.readAllBytes(file);
        String key = key(bytes);
        Path entry = cache.resolve(key.substring(0, 2)).resolve(key);
        if (!Files.isRegularFile(entry.resolve(SIZES_FILE), LinkOption.NOFOLLOW_LINKS)) {
            encode(bytes, name, entry);
        }
        return read(entry, source, urlFolder + stem(name) + "-", "." + key.substring(0, 8) + ".jpg");
    }

    /** How many photos this instance decoded and encoded, rather than read from the cache. */
    public int encodedCount() {
        return encoded.get();
    }

    private void encode(byte[] bytes, String name, Path entry) throws PhotoException, IOException {
        PhotoDecoder.Decoded decoded = PhotoDecoder.decode(bytes, name, WIDTHS[WIDTHS.length - 1]);
        BufferedImage stored = decoded.image();
        boolean swapped = decoded.orientation() >= 5;
        int uprightWidth = swapped ? stored.getHeight() : stored.getWidth();
        int uprightHeight = swapped ? stored.getWidth() : stored.getHeight();
        List<Integer> widths = widths(uprightWidth);
        Files.createDirectories(entry.getParent());
        Path scratch = Files.createTempDirectory(entry.getParent(), ".new-" + entry.getFileName() + "-");
        try {
            StringBuilder sizes = new StringBuilder();
            BufferedImage upright = null;
            for (int i = widths.size() - 1; i >= 0; i--) {
                int width = widths.get(i);
                int height = Math.max(1, (int) Math.round((double) width * uprightHeight / uprightWidth));
                // The widest is scaled from the original in its stored orientation, then turned; each narrower one is
                // scaled from the one above it, which is already upright.
                upright = upright == null
                    ? Resizer.upright(Resizer.scale(stored, swapped ? height : width, swapped ? width : height), decoded.orientation())
                    : Resizer.scale(upright, width, height);
                Files.write(scratch.resolve(width + ".jpg"), JpegEncoder.encode(upright));
                sizes.insert(0, width + " " + height + "\n");
            }
            Files.writeString(scratch.resolve(SIZES_FILE), sizes.toString(), StandardCharsets.UTF_8);
            settle(scratch, entry);
            encoded.incrementAndGet();
        } finally {
            Folders.deleteQuietly(scratch);
        }
    }

    /** Moves a finished entry into place in one step; another thread or build that got there first wins. */
    private static void settle(Path scratch, Path entry) throws IOException {
        try {
            Files.move(scratch, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // The same photo, encoded meanwhile: the same bytes. Ours is deleted by the caller.
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the photo cache " + entry.getParent() + " cannot rename folders in one step", e);
        }
    }

    private static Picture read(Path entry, String source, String urlPrefix, String urlSuffix) throws IOException {
        List<PictureVariant> variants = new ArrayList<>();
        for (String line : Files.readAllLines(entry.resolve(SIZES_FILE), StandardCharsets.UTF_8)) {
            String[] parts = line.split(" ");
            int width = Integer.parseInt(parts[0]);
            Path file = entry.resolve(width + ".jpg");
            variants.add(new PictureVariant(urlPrefix + width + urlSuffix, width, Integer.parseInt(parts[1]), Files.size(file),
                file.toAbsolutePath().toString()));
        }
        return new Picture(source, variants);
    }

    /** The published widths for an original {@code width} pixels wide: those below it, and it when under the widest. */
    static List<Integer> widths(int width) {
        List<Integer> widths = new ArrayList<>();
        for (int candidate : WIDTHS) {
            if (candidate < width) {
                widths.add(candidate);
            }
        }
        if (width <= WIDTHS[WIDTHS.length - 1]) {
            widths.add(width);
        }
        return widths;
    }

    /** The file name without its extension as URL-safe ASCII ("Ảnh Hội nghị.JPG" gives "anh-hoi-nghi"). */
    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        String slug = Slugs.of(dot > 0 ? name.substring(0, dot) : name);
        return slug.isEmpty() ? "anh" : slug.toLowerCase(Locale.ROOT);
    }

    private static String key(byte[] bytes) {
        MessageDigest digest = Sha256.digest();
        digest.update(PIPELINE.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        return HexFormat.of().formatHex(digest.digest(bytes));
    }
}
