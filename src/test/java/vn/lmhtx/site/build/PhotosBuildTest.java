package vn.lmhtx.site.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.content.ContentErrorsException;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.images.Photos;
import vn.lmhtx.site.load.ContentLoader;
import vn.lmhtx.site.markdown.MarkdownRenderer;
import vn.lmhtx.site.parallel.Workers;
import vn.lmhtx.site.testing.Sites;
import vn.lmhtx.site.testing.TestPhotos;

/**
 * Photos built with the project's templates: an article folder with a phone photo stored sideways with GPS in its EXIF
 * (the lead image), a PNG with a caption and a CMYK JPEG in the body. Published upright, without metadata, in
 * several widths, with their markup; byte-identical rebuilds that decode nothing again; every bad photo reported.
 */
class PhotosBuildTest {

    @TempDir
    Path temp;

    @Test
    void photosArePublishedUprightWithoutMetadataInSeveralWidths() throws Exception {
        Path site = siteWithPhotos();
        Path output = temp.resolve("public");

        BuildResult result = new SiteBuilder(Sites.NOW).build(site, output);

        assertThat(result.warnings()).isEmpty();
        Document article = page(output, "tin-tuc/hoi-nghi/index.html");
        Element lead = article.selectFirst(".lead-image img");
        // Stored 2000×1500 with orientation 6: upright it is 1500×2000, published at 240, 480, 720, 960 and its own 1500.
        assertThat(lead.attr("width")).isEqualTo("1500");
        assertThat(lead.attr("height")).isEqualTo("2000");
        assertThat(widths(lead.attr("srcset"))).containsExactly("240w", "480w", "720w", "960w", "1500w");
        assertThat(lead.attr("fetchpriority")).isEqualTo("high");
        assertThat(lead.hasAttr("loading")).isFalse();
        assertThat(lead.attr("alt")).isEqualTo("Quang cảnh hội nghị");
        assertThat(lead.attr("src")).matches("/tin-tuc/hoi-nghi/dai-dien-960\\.[0-9a-f]{8}\\.jpg");
        BufferedImage upright = published(output, lastUrl(lead.attr("srcset")));
        assertThat(upright.getWidth()).isEqualTo(1500);
        assertThat(upright.getHeight()).isEqualTo(2000);
        // The stored top-left (red) shows top-right once turned a quarter clockwise.
        assertThat(isRed(upright.getRGB(1400, 100))).isTrue();
        assertThat(isRed(upright.getRGB(100, 100))).isFalse();
        // Shared, the article shows its own lead photo (largest width), not a drawn card.
        assertThat(article.selectFirst("meta[property=og:image]").attr("content")).endsWith(lastUrl(lead.attr("srcset")));
        assertThat(article.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1500");
        assertThat(article.selectFirst("meta[property=og:image:alt]").attr("content")).isEqualTo("Quang cảnh hội nghị");

        Element figure = article.selectFirst(".body figure");
        Element photo = figure.selectFirst("img");
        assertThat(photo.attr("alt")).isEqualTo("Ảnh PNG");
        assertThat(photo.attr("loading")).isEqualTo("lazy");
        assertThat(photo.attr("decoding")).isEqualTo("async");
        assertThat(photo.hasAttr("title")).isFalse();
        assertThat(photo.attr("sizes")).isEqualTo("(min-width: 44rem) 42rem, calc(100vw - 2rem)");
        // Never upscaled: a 600-pixel-wide PNG is published at 240, 480 and 600.
        assertThat(widths(photo.attr("srcset"))).containsExactly("240w", "480w", "600w");
        assertThat(photo.attr("width") + "×" + photo.attr("height")).isEqualTo("600×400");
        assertThat(figure.select("figcaption").text()).isEqualTo("Chú thích của ảnh");
        BufferedImage png = published(output, "/tin-tuc/hoi-nghi/" + photo.attr("src"));
        // The transparent band is published white.
        assertThat(png.getRGB(300, 390) & 0xFFFFFF).isGreaterThan(0xF0F0F0);

        Element cmyk = article.select(".body img").get(1);
        BufferedImage print = published(output, "/tin-tuc/hoi-nghi/" + cmyk.attr("src"));
        assertThat(print.getWidth()).isEqualTo(320);
        assertThat(isCyan(print.getRGB(40, 40))).as("cyan ink on the left: %x", print.getRGB(40, 40)).isTrue();
        assertThat(print.getRGB(280, 40) & 0xFFFFFF).as("no ink on the right: %x", print.getRGB(280, 40)).isGreaterThan(0xE0E0E0);
        assertThat(print.getRGB(280, 195) & 0xFFFFFF).as("black at the bottom: %x", print.getRGB(280, 195)).isLessThan(0x404040);

        assertThat(allBytes(output)).allSatisfy((file, bytes) -> {
            assertThat(contains(bytes, "Exif")).as(file).isFalse();
            assertThat(contains(bytes, TestPhotos.CAMERA)).as(file).isFalse();
        });
        assertThat(allBytes(output).keySet()).filteredOn(f -> f.endsWith(".jpg")).hasSize(5 + 3 + 2)
            .allSatisfy(f -> assertThat(jpegMarkers(Files.readAllBytes(output.resolve(f)))).as(f).doesNotContain("APP1", "APP2", "APP13", "APP14"));

        Element thumb = page(output, "tin-tuc/index.html").selectFirst(".item-list .thumb");
        assertThat(thumb.attr("src")).matches("/tin-tuc/hoi-nghi/dai-dien-240\\.[0-9a-f]{8}\\.jpg");
        assertThat(thumb.attr("loading")).isEqualTo("lazy");
        assertThat(page(output, "index.html").select(".item-list .thumb")).hasSize(1);
    }

    @Test
    void rebuildsAreByteIdenticalAndDecodeOnlyNewOrChangedPhotos() throws Exception {
        Path site = siteWithPhotos();
        Path first = temp.resolve("first");
        new SiteBuilder(Sites.NOW).build(site, first);
        Map<String, FileTime> cache = cacheEntries(site);
        assertThat(cache).hasSize(3);

        Path second = temp.resolve("second");
        new SiteBuilder(Sites.NOW).build(site, second);

        assertThat(Sites.fingerprint(second)).isEqualTo(Sites.fingerprint(first));
        assertThat(cacheEntries(site)).isEqualTo(cache);
        Photos photos = new Photos(site.resolve(ContentLoader.PHOTO_CACHE));
        new ContentLoader(new MarkdownRenderer(), Workers.sequential(), Optional.of(photos)).load(site);
        assertThat(photos.encodedCount()).isZero();

        Files.write(site.resolve("content/tin-tuc/hoi-nghi/anh.png"), TestPhotos.png(640, 400));
        Photos again = new Photos(site.resolve(ContentLoader.PHOTO_CACHE));
        new ContentLoader(new MarkdownRenderer(), Workers.sequential(), Optional.of(again)).load(site);
        assertThat(again.encodedCount()).isEqualTo(1);
    }

    @Test
    void everyBadPhotoIsReportedInOneRunAndTheOutputIsUntouched() throws Exception {
        Path site = siteWithPhotos();
        Path output = temp.resolve("public");
        new SiteBuilder(Sites.NOW).build(site, output);
        Map<String, String> before = Sites.fingerprint(output);
        Path folder = site.resolve("content/tin-tuc/anh-loi");
        Files.createDirectories(folder);
        byte[] good = TestPhotos.jpeg(400, 300);
        Files.write(folder.resolve("cut.jpg"), Arrays.copyOf(good, good.length / 2));
        byte[] garbage = new byte[5000];
        Arrays.fill(garbage, (byte) 0x5A);
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xD8;
        garbage[2] = (byte) 0xFF;
        Files.write(folder.resolve("hong.jpg"), garbage);
        byte[] heic = new byte[64];
        System.arraycopy("\0\0\0\u0018ftypheic".getBytes(StandardCharsets.ISO_8859_1), 0, heic, 0, 12);
        Files.write(folder.resolve("iphone.heic"), heic);
        Files.write(folder.resolve("khong-dung.jpg"), good);
        Files.write(folder.resolve("ten-lua.jpg"), "<html>not a photo</html>".getBytes(StandardCharsets.US_ASCII));
        Files.write(folder.resolve("qua-lon.png"), TestPhotos.pngHeader(8000, 5001));
        byte[] heavy = new byte[30_000_001];
        System.arraycopy(good, 0, heavy, 0, good.length);
        Files.write(folder.resolve("qua-nang.jpg"), heavy);
        Sites.write(site, "content/tin-tuc/anh-loi/index.md", """
            ---
            title: Ảnh lỗi
            type: news
            date: 2024-05-02
            summary: Mọi lỗi ảnh.
            image: dai-dien.jpg
            ---
            ![](cut.jpg)

            ![Ảnh hỏng](hong.jpg)

            ![Ảnh iPhone](iphone.heic)

            ![Không có](khong-co.jpg)

            ![Tên lừa](ten-lua.jpg)

            ![Quá lớn](qua-lon.png)

            ![Quá nặng](qua-nang.jpg)
            """);

        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).build(site, output)).isInstanceOf(ContentErrorsException.class)
            .satisfies(e -> assertThat(((ContentErrorsException) e).problems()).extracting(Problem::toString).containsExactly(
                "content/tin-tuc/anh-loi/index.md:6: image: \"dai-dien.jpg\" does not exist in content/tin-tuc/anh-loi/; put the photo beside the article, or correct the name (letter case counts)",
                "content/tin-tuc/anh-loi/index.md:6: image_alt: missing; describe the lead image for readers who cannot see it (for example image_alt: Quang cảnh hội nghị)",
                "content/tin-tuc/anh-loi/index.md:8: image: \"cut.jpg\" has no description; write what the photo shows between the brackets, such as ![Quang cảnh hội nghị](cut.jpg), for readers who cannot see it",
                "content/tin-tuc/anh-loi/index.md:8: image: cut.jpg cannot be read: the file is damaged or incomplete (truncated file - missing eoi marker); copy or export it again",
                "content/tin-tuc/anh-loi/index.md:10: image: hong.jpg cannot be read: the file is damaged or incomplete (no sof segment in stream); copy or export it again",
                "content/tin-tuc/anh-loi/index.md:12: image: iphone.heic is a HEIC/HEIF photo (iPhone), which browsers and this site cannot read; convert it to JPEG: on the iPhone set Settings > Camera > Formats > Most Compatible, or open it on a Mac in Preview and use File > Export > JPEG, or on Windows open it in Photos and Save as .jpg",
                "content/tin-tuc/anh-loi/index.md:14: image: \"khong-co.jpg\" does not exist in content/tin-tuc/anh-loi/; put the photo beside the article, or correct the name (letter case counts)",
                "content/tin-tuc/anh-loi/index.md:16: image: ten-lua.jpg is not a JPEG, PNG or WebP image; save it as JPEG (.jpg) for photos or PNG for drawings",
                "content/tin-tuc/anh-loi/index.md:18: image: qua-lon.png is 8000×5001 pixels (40.1 megapixels); the limit is 40 megapixels: resize it to at most 4000 pixels wide",
                "content/tin-tuc/anh-loi/index.md:20: image: qua-nang.jpg is 30.1 MB; the limit is 30 MB: export it again from the phone or camera at a smaller size (4000 pixels wide is plenty)",
                "content/tin-tuc/anh-loi/khong-dung.jpg:1: file: warning: no article shows this photo, so it is not published; write ![mô tả](khong-dung.jpg) in the article beside it, or remove the file"));
        assertThat(Sites.fingerprint(output)).isEqualTo(before);
    }

    @Test
    void aPhotoWithAGpsPositionUnderAssetsIsRefusedWithTheOtherProblemsAndAPlainOneIsPublished() throws Exception {
        Path site = siteWithPhotos();
        Path output = temp.resolve("public");
        new SiteBuilder(Sites.NOW).build(site, output);
        Map<String, String> before = Sites.fingerprint(output);
        // Files under assets/ are published byte for byte: a phone photo there would publish where it was taken.
        Files.write(site.resolve("assets/images/hoi-truong.JPG"), TestPhotos.jpegWithExif(400, 300, 1));
        Files.write(site.resolve("assets/images/bieu-ngu.jpg"), TestPhotos.jpeg(400, 300));
        Sites.write(site, "content/tin-tuc/loi.md", "---\ntitle: Lỗi\ntype: news\ndate: 2024-02-30\n---\nThân.\n");

        assertThatThrownBy(() -> new SiteBuilder(Sites.NOW).build(site, output)).isInstanceOf(ContentErrorsException.class)
            .satisfies(e -> assertThat(((ContentErrorsException) e).problems()).extracting(Problem::toString)
                .contains("assets/images/hoi-truong.JPG:1: file: is a photo that still records where it was taken (a GPS "
                    + "position in its EXIF data); files in assets/ are published exactly as they are, so that position "
                    + "would be published too: put the photo beside the article that shows it (content/<section>/<slug>/), "
                    + "where the build removes such data")
                .anyMatch(problem -> problem.startsWith("content/tin-tuc/loi.md:4: date:"))
                .noneMatch(problem -> problem.contains("bieu-ngu")));
        assertThat(Sites.fingerprint(output)).isEqualTo(before);

        Files.delete(site.resolve("assets/images/hoi-truong.JPG"));
        Files.delete(site.resolve("content/tin-tuc/loi.md"));
        new SiteBuilder(Sites.NOW).build(site, output);
        assertThat(output.resolve("assets/images/bieu-ngu.jpg")).exists();
    }

    /** A site with one article folder: a sideways phone photo as lead image, a captioned PNG and a CMYK JPEG. */
    private Path siteWithPhotos() throws IOException {
        Path site = Sites.withProjectTheme(temp.resolve("site"));
        Path folder = site.resolve("content/tin-tuc/hoi-nghi");
        Files.createDirectories(folder);
        Files.write(folder.resolve("dai-dien.jpg"), TestPhotos.jpegWithExif(2000, 1500, 6));
        Files.write(folder.resolve("anh.png"), TestPhotos.png(600, 400));
        Files.write(folder.resolve("in-an.jpg"), TestPhotos.cmykJpeg(320, 200));
        Sites.write(site, "content/tin-tuc/hoi-nghi/index.md", """
            ---
            title: Hội nghị
            type: news
            date: 2024-05-01
            summary: Tin có ảnh.
            image: dai-dien.jpg
            image_alt: Quang cảnh hội nghị
            ---
            Đoạn mở đầu.

            ![Ảnh PNG](anh.png "Chú thích của ảnh")

            Ảnh in trong dòng: ![Bản in](in-an.jpg) và chữ.
            """);
        return site;
    }

    private static Document page(Path output, String relative) throws IOException {
        return Jsoup.parse(output.resolve(relative).toFile(), "UTF-8");
    }

    private static List<String> widths(String srcset) {
        return Stream.of(srcset.split(", ")).map(entry -> entry.substring(entry.lastIndexOf(' ') + 1)).toList();
    }

    private static String lastUrl(String srcset) {
        String[] entries = srcset.split(", ");
        String last = entries[entries.length - 1];
        return last.substring(0, last.indexOf(' '));
    }

    private static BufferedImage published(Path output, String url) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(output.resolve(url.substring(1)))));
    }

    private static boolean isRed(int rgb) {
        return (rgb >> 16 & 0xFF) > 200 && (rgb >> 8 & 0xFF) < 60 && (rgb & 0xFF) < 60;
    }

    private static boolean isCyan(int rgb) {
        return (rgb >> 16 & 0xFF) < 120 && (rgb >> 8 & 0xFF) > 120 && (rgb & 0xFF) > 180;
    }

    private static Map<String, byte[]> allBytes(Path output) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (Path file : Sites.files(output)) {
            files.put(file.toString().replace('\\', '/'), Files.readAllBytes(output.resolve(file)));
        }
        return files;
    }

    private static boolean contains(byte[] bytes, String text) {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The names of a JPEG's segments before its image data ("APP0", "DQT", …). */
    private static List<String> jpegMarkers(byte[] jpeg) {
        List<String> markers = new java.util.ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker >= 0xE0 && marker <= 0xEF ? "APP" + (marker - 0xE0) : Integer.toHexString(marker));
            if (marker == 0xDA) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | jpeg[at + 3] & 0xFF);
        }
        return markers;
    }

    private static Map<String, FileTime> cacheEntries(Path site) throws IOException {
        Map<String, FileTime> entries = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site.resolve(ContentLoader.PHOTO_CACHE))) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("sizes.txt")).toList()) {
                entries.put(file.getParent().getFileName().toString(), Files.getLastModifiedTime(file));
            }
        }
        return entries;
    }
}
