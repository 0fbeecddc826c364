package vn.lmhtx.site.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Refuses output folders whose replacement would destroy something: publishing replaces the whole folder, so it
 * must not be the site itself, hold it, sit inside its sources, be a file, or be a folder that is not an earlier build.
 */
public final class OutputGuard {

    private static final List<String> SOURCES = List.of("content", "templates", "assets");

    private OutputGuard() {
    }

    /** Why {@code output} may not be replaced by a build of {@code site}, if it may not. */
    public static Optional<String> refusal(Path site, Path output) throws IOException {
        Path siteFolder = site.toAbsolutePath().normalize();
        Path target = output.toAbsolutePath().normalize();
        if (siteFolder.startsWith(target)) {
            return Optional.of(target + " holds the site folder; choose an output folder such as target/public");
        }
        for (String source : SOURCES) {
            if (target.startsWith(siteFolder.resolve(source))) {
                return Optional.of(target + " is inside " + source + "/; choose an output folder such as target/public");
            }
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            return Optional.of(target + " is a file; a build replaces its output folder entirely, so choose an empty or new folder");
        }
        if (Files.isDirectory(target) && !isEmpty(target) && !Files.isRegularFile(target.resolve("sitemap.xml"))) {
            return Optional.of(target + " exists and is not an earlier build of the site (no sitemap.xml); "
                + "a build replaces its output folder entirely, so choose an empty or new folder");
        }
        return Optional.empty();
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
