package vn.lmhtx.site.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.lmhtx.site.build.SiteBuilder;
import vn.lmhtx.site.testing.Sites;

/** A published tree is readable by a web server running as another user, whatever the umask of the build. */
class PublishedTreeTest {

    @TempDir
    Path temp;

    @Test
    void everyFolderOfABuiltSiteIs0755AndEveryFile0644() throws Exception {
        assumePosix();
        Path site = Sites.copyOf(Sites.resource("fixtures/bake/basic/site"), temp.resolve("site"));
        Path output = site.resolve("target/public");

        new SiteBuilder(Sites.NOW).build(site, output);

        assertThat(modes(output)).isNotEmpty().allSatisfy(mode -> assertThat(mode).matches(".* (rwxr-xr-x/|rw-r--r--)"));
        assertThat(modes(output)).first().asString().startsWith(". ");
    }

    @Test
    void aStagedTreeWrittenUnderARestrictiveUmaskIsPublishedWorldReadable() throws Exception {
        assumePosix();
        Path output = temp.resolve("target/public");
        Path staging = AtomicPublisher.createStaging(output);
        Path folder = Files.createDirectories(staging.resolve("tin-tuc/x"));
        Path page = Files.writeString(folder.resolve("index.html"), "<p>x</p>");
        Files.writeString(staging.resolve("sitemap.xml"), "<urlset/>");
        // What files get under umask 077: no access for group and others.
        Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));

        AtomicPublisher.publish(staging, output);

        assertThat(modes(output)).containsExactly(". rwxr-xr-x/", "sitemap.xml rw-r--r--", "tin-tuc rwxr-xr-x/",
            "tin-tuc/x rwxr-xr-x/", "tin-tuc/x/index.html rw-r--r--");
    }

    private static void assumePosix() throws IOException {
        assumeThat(Files.getFileStore(Path.of(".").toAbsolutePath()).supportsFileAttributeView(PosixFileAttributeView.class))
            .as("POSIX permissions").isTrue();
    }

    /** "relative/path mode" for the root (".") and everything under it, folders marked with a slash, sorted. */
    static List<String> modes(Path root) throws IOException {
        Path real = root.toRealPath();
        List<String> modes = new ArrayList<>();
        try (Stream<Path> tree = Files.walk(real)) {
            for (Path path : (Iterable<Path>) tree.sorted()::iterator) {
                String name = path.equals(real) ? "." : real.relativize(path).toString().replace('\\', '/');
                modes.add(name + " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(path))
                    + (Files.isDirectory(path) ? "/" : ""));
            }
        }
        return modes;
    }
}
