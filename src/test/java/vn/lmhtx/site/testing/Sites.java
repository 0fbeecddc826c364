package vn.lmhtx.site.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.lmhtx.site.files.Folders;

/** Test helpers for whole sites: fixture copies, file trees and their fingerprints. */
public final class Sites {

    /** "Now" for tests: after every fixture's past news, before its scheduled news (2031). */
    public static final Clock NOW = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

    private Sites() {
    }

    /** A test resource folder, such as {@code fixtures/bake}. */
    public static Path resource(String name) {
        try {
            return Paths.get(Sites.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A writable copy of a fixture site (or of a built output, which is a link to its tree); links inside are left out. */
    public static Path copyOf(Path site, Path into) throws IOException {
        Folders.copy(site.toRealPath(), into);
        return into;
    }

    /** A site folder at {@code site} with the project's templates, assets and settings and an empty content/. */
    public static Path withProjectTheme(Path site) throws IOException {
        Path project = Paths.get("").toAbsolutePath();
        copyOf(project.resolve("templates"), site.resolve("templates"));
        copyOf(project.resolve("assets"), site.resolve("assets"));
        Files.copy(project.resolve("jbake.properties"), site.resolve("jbake.properties"));
        Files.createDirectories(site.resolve("content"));
        return site;
    }

    /** Writes a UTF-8 file under {@code site}, creating folders. */
    public static void write(Path site, String relative, String text) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Every regular file under {@code root}, by relative path, sorted; a published output is a link to its tree. */
    public static List<Path> files(Path root) throws IOException {
        Path tree = root.toRealPath();
        try (Stream<Path> files = Files.walk(tree)) {
            return files.filter(Files::isRegularFile).map(tree::relativize).sorted().toList();
        }
    }

    /**
     * Relative path → SHA-256 of every file: equal maps mean byte-identical trees. The Lucene index files
     * ({@code search/lucene/}) are left out: Lucene stamps every segment with a random id and the time it was
     * written, so they differ between builds; what browsers load (the static export) is compared.
     */
    public static Map<String, String> fingerprint(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        for (Path file : files(root)) {
            if (isLuceneIndex(file)) {
                continue;
            }
            hashes.put(file.toString().replace('\\', '/'), sha256(root.resolve(file)));
        }
        return hashes;
    }

    /** The text of every file under {@code root} (binary files decoded leniently), for "appears nowhere" checks. */
    public static String allText(Path root) throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path file : files(root)) {
            text.append(file).append('\n').append(new String(Files.readAllBytes(root.resolve(file)), StandardCharsets.UTF_8)).append('\n');
        }
        return text.toString();
    }

    /** Whether a site-relative path is a file of the Lucene index. */
    public static boolean isLuceneIndex(Path file) {
        return file.toString().replace('\\', '/').startsWith("search/lucene/");
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
