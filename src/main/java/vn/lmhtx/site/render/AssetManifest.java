package vn.lmhtx.site.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.lmhtx.site.files.Sha256;

/**
 * Content-hashed names for the site's CSS and JS ({@code /assets/css/site.css} → {@code /assets/css/site.1a2b3c4d5e.css}),
 * so pages can let browsers and CDNs cache them forever and a change is fetched at once. The plain names stay
 * published too, for anyone linking them directly (such as {@code /assets/js/search.js}).
 *
 * @param basePath the site's base path, for links
 * @param hashed plain site-relative URL → hashed site-relative URL
 */
public record AssetManifest(String basePath, Map<String, String> hashed) {

    private static final int HASH_LENGTH = 10;

    public AssetManifest {
        hashed = Map.copyOf(hashed);
    }

    /** Hashes every .css and .js file under {@code assets}. */
    public static AssetManifest of(Path assets, String basePath) throws IOException {
        Map<String, String> hashed = new TreeMap<>();
        if (Files.isDirectory(assets)) {
            try (Stream<Path> files = Files.walk(assets)) {
                for (Path file : (Iterable<Path>) files.filter(AssetManifest::isHashed).sorted()::iterator) {
                    String relative = assets.relativize(file).toString().replace('\\', '/');
                    hashed.put("/assets/" + relative, "/assets/" + withHash(relative, hashOf(file)));
                }
            }
        }
        return new AssetManifest(basePath, hashed);
    }

    /** The link a page uses for an asset: its hashed name when it has one, under the base path. */
    public String link(String url) {
        return basePath + hashed.getOrDefault(url, url).substring(1);
    }

    private static boolean isHashed(Path file) {
        String name = file.getFileName().toString();
        // A link is never hashed (nor published): InputFiles refuses it before anything is baked.
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && (name.endsWith(".css") || name.endsWith(".js"));
    }

    private static String withHash(String relative, String hash) {
        int dot = relative.lastIndexOf('.');
        return relative.substring(0, dot) + "." + hash + relative.substring(dot);
    }

    private static String hashOf(Path file) {
        try {
            return Sha256.hexOf(file).substring(0, HASH_LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
