package vn.lmhtx.site.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.images.Exif;
import vn.lmhtx.site.messages.Message;

/**
 * Refuses JPEG files under {@code assets/} that record where they were taken. Files there are published byte for
 * byte (icons, drawings), so a phone photo dropped there would publish its GPS position; photos beside an article go
 * through the images stage, which publishes none of their metadata. Only JPEG is read: phones write JPEG (or HEIC,
 * which the site cannot show), and an EXIF block comes before the pixels, within the first 64 kB.
 */
public final class AssetPhotos {

    private static final int EXIF_WINDOW = 128 * 1024;

    private AssetPhotos() {
    }

    /** One error per JPEG under {@code site/assets} with a GPS position, in path order; call after {@link InputFiles#check}. */
    public static List<Problem> check(Path site) throws IOException {
        Path assets = site.resolve("assets");
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(assets, LinkOption.NOFOLLOW_LINKS)) {
            Files.walkFileTree(assets, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return check(site, files);
    }

    /** As {@link #check(Path)}, from {@code listing}, a walk of {@code site} just made, instead of walking it again. */
    public static List<Problem> check(Path site, InputListing listing) throws IOException {
        return check(site, listing.files(site, "assets"));
    }

    private static List<Problem> check(Path site, List<Path> files) throws IOException {
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            if (isJpeg(file) && Exif.hasGpsPosition(start(file))) {
                String relative = site.relativize(file).toString().replace('\\', '/');
                problems.add(Problem.error(relative, 1, "file", Message.ASSET_PHOTO_WITH_GPS.text()));
            }
        }
        return problems.stream().sorted(Problem.ORDER).toList();
    }

    private static boolean isJpeg(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".jfif");
    }

    private static byte[] start(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes(EXIF_WINDOW);
        }
    }
}
