package vn.lmhtx.site.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import vn.lmhtx.site.testing.CameraPhotos;
import vn.lmhtx.site.testing.CorpusGenerator;
import vn.lmhtx.site.testing.Sites;

/**
 * Writes a generated news site and its twin with photos, for the photo benchmark and the Lighthouse fixture:
 * {@code GeneratePhotoSite <folder> <articles> <photos per article> [seed] [width height]}.
 *
 * <p>{@code <folder>/plain} is {@link CorpusGenerator}'s site; {@code <folder>/photos} holds the same articles as
 * article folders ({@code content/tin-tuc/bai-00001/index.md}) with {@code anh-1.jpg …} beside them: the first is the
 * lead image ({@code image}, {@code image_alt}), the others sit in the body, one after each paragraph, with a caption.
 * Every fourth photo is a portrait stored sideways with EXIF orientation 6. Run from the repository (it copies its
 * templates, assets and settings).
 */
public final class GeneratePhotoSite {

    private GeneratePhotoSite() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Paths.get(args[0]);
        int articles = Integer.parseInt(args[1]);
        int photos = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20180221L;
        int width = args.length > 5 ? Integer.parseInt(args[4]) : 4000;
        int height = args.length > 5 ? Integer.parseInt(args[5]) : 3000;
        Path plain = new CorpusGenerator(seed).write(folder.resolve("plain"), articles);
        Path site = Sites.withProjectTheme(folder.resolve("photos"));
        List<Path> originals;
        try (Stream<Path> files = Files.list(plain.resolve("content/tin-tuc"))) {
            originals = files.sorted().toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<?>> pending = new ArrayList<>();
            int index = 0;
            for (Path article : originals) {
                String slug = article.getFileName().toString().replaceFirst("\\.md$", "");
                Path into = Files.createDirectories(site.resolve("content/tin-tuc").resolve(slug));
                Files.writeString(into.resolve("index.md"), withPhotos(Files.readString(article, StandardCharsets.UTF_8), photos),
                    StandardCharsets.UTF_8);
                for (int p = 1; p <= photos; p++) {
                    int number = index++;
                    Path file = into.resolve("anh-" + p + ".jpg");
                    pending.add(pool.submit(() -> {
                        Files.write(file, CameraPhotos.jpeg(width, height, number % 4 == 3, seed + number));
                        return null;
                    }));
                }
            }
            for (Future<?> task : pending) {
                task.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.println("generated " + originals.size() + " articles with " + photos + " photos each in " + site
            + " (without photos: " + plain + ")");
    }

    /** The article with a lead image in its front matter and the other photos after its first paragraphs. */
    static String withPhotos(String article, int photos) {
        int end = article.indexOf("\n---\n", 4);
        String frontMatter = article.substring(0, end + 1);
        String body = article.substring(end + 5);
        if (photos == 0) {
            return article;
        }
        StringBuilder text = new StringBuilder(frontMatter)
            .append("image: anh-1.jpg\nimage_alt: Ảnh minh họa số 1 của bài\n---\n");
        String[] blocks = body.strip().split("\n\n");
        int next = 2;
        for (String block : blocks) {
            text.append('\n').append(block).append('\n');
            if (next <= photos && !block.startsWith("#") && !block.startsWith("-") && !block.startsWith("|")) {
                text.append('\n').append(figure(next++));
            }
        }
        while (next <= photos) {
            text.append('\n').append(figure(next++));
        }
        return text.toString();
    }

    private static String figure(int number) {
        return String.format(Locale.ROOT, "![Ảnh minh họa số %d của bài](anh-%d.jpg \"Ảnh minh họa số %d (ảnh do máy tạo)\")\n",
            number, number, number);
    }
}
