package vn.lmhtx.site.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.lmhtx.site.content.LeadImage;
import vn.lmhtx.site.content.Picture;
import vn.lmhtx.site.images.ImageSources;
import vn.lmhtx.site.images.PhotoException;
import vn.lmhtx.site.images.Photos;
import vn.lmhtx.site.markdown.MarkdownImage;
import vn.lmhtx.site.messages.Message;

/**
 * The photos of one content file: its lead image ({@code image}, {@code image_alt}) and the images of its body that sit
 * beside it. Each is resolved against the file's folder, checked and published for the file's page; every problem is
 * reported on its line.
 */
final class ItemPhotos {

    private final Photos photos;
    private final Path site;
    private final Path folder;
    private final String pageUrl;
    private final FileReport report;
    /** Published photos by their path relative to the site, so a photo shown twice is published once. */
    private final Map<String, Optional<Picture>> published = new LinkedHashMap<>();
    private final Set<String> referenced = new LinkedHashSet<>();

    /**
     * @param file the content file, whose folder relative sources start from
     * @param pageUrl the folder URL of its page, where its photos are published
     */
    ItemPhotos(Photos photos, Path site, Path file, String pageUrl, FileReport report) {
        this.photos = photos;
        this.site = site;
        this.folder = file.getParent();
        this.pageUrl = pageUrl;
        this.report = report;
    }

    /** The body's photos by their decoded source as written, for {@code BodyPictures}. */
    Map<String, Picture> body(List<MarkdownImage> images) {
        Map<String, Picture> pictures = new HashMap<>();
        for (MarkdownImage image : images) {
            if (!ImageSources.isBesideArticle(image.url())) {
                continue;
            }
            String src = ImageSources.decode(image.url());
            Optional<Picture> picture = resolve(src, image.line(), "image");
            if (image.alt().isBlank()) {
                report.error(image.line(), "image", Message.PHOTO_WITHOUT_DESCRIPTION.text(src));
            }
            picture.ifPresent(p -> pictures.put(src, p));
        }
        return pictures;
    }

    /** The lead image the front matter names, if it names one and both fields are sound. */
    Optional<LeadImage> lead(Optional<YamlField> image, Optional<YamlField> alt, Values values) {
        if (image.isEmpty()) {
            alt.ifPresent(field -> report.error(field.line(), "image_alt", Message.LEAD_IMAGE_MISSING.text()));
            return Optional.empty();
        }
        int line = image.get().line();
        Optional<String> altText = alt.flatMap(values::text);
        if (alt.isEmpty()) {
            report.error(line, "image_alt", Message.LEAD_IMAGE_ALT_MISSING.text());
        }
        Optional<Picture> picture = values.text(image.get()).flatMap(src -> {
            if (!ImageSources.isBesideArticle(src)) {
                report.error(line, "image", Message.PHOTO_NOT_BESIDE.text(src));
                return Optional.empty();
            }
            return resolve(src, line, "image");
        });
        return picture.flatMap(p -> altText.map(a -> new LeadImage(p, a)));
    }

    /** Every photo file the content file names, relative to the site, whether or not it could be published. */
    Set<String> referenced() {
        return Set.copyOf(referenced);
    }

    /** Every photo published for the page, in the order the file names them. */
    List<Picture> pictures() {
        List<Picture> pictures = new ArrayList<>();
        published.values().forEach(p -> p.ifPresent(pictures::add));
        return pictures;
    }

    private Optional<Picture> resolve(String src, int line, String field) {
        Path file;
        try {
            file = folder.resolve(src).normalize();
        } catch (InvalidPathException e) {
            report.error(line, field, missingFile(src, site.relativize(folder).toString().replace('\\', '/')));
            return Optional.empty();
        }
        Path content = site.resolve(ContentLoader.CONTENT).normalize();
        if (!file.startsWith(content)) {
            report.error(line, field, Message.PHOTO_OUTSIDE_CONTENT.text(src));
            return Optional.empty();
        }
        String source = site.relativize(file).toString().replace('\\', '/');
        referenced.add(source);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            report.error(line, field, missingFile(src, site.relativize(folder).toString().replace('\\', '/')));
            return Optional.empty();
        }
        Optional<Picture> known = published.get(source);
        if (known != null) {
            return known;
        }
        Optional<Picture> picture;
        try {
            picture = Optional.of(photos.publish(file, source, pageUrl));
        } catch (PhotoException e) {
            report.error(line, field, e.getMessage());
            picture = Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish the photo " + source, e);
        }
        published.put(source, picture);
        return picture;
    }

    static String missingFile(String src, String folder) {
        return Message.PHOTO_MISSING.text(src, folder);
    }

}
