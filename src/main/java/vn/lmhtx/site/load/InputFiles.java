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
import java.util.Optional;
import vn.lmhtx.site.content.Problem;
import vn.lmhtx.site.messages.Message;

/**
 * Refuses every symbolic link and every special file (named pipe, device, socket) among the site's inputs:
 * {@code content/}, {@code templates/}, {@code assets/} and {@code jbake.properties}, the folders themselves included.
 * Git stores a link as a link, a static site never needs one, and following one publishes whatever it points to on
 * the build machine ({@code assets/env.txt -> /proc/self/environ} would publish the CI's secrets); a named pipe would
 * hang the build. Nothing is followed or opened here: entries are only listed and their own attributes read.
 */
public final class InputFiles {

    /** The site's inputs, relative to the site folder. */
    public static final List<String> INPUTS = List.of("content", "templates", "assets", "jbake.properties");

    private InputFiles() {
    }

    /** One error per link or special file among the inputs of {@code site}, in path order; empty when there is none. */
    public static List<Problem> check(Path site) throws IOException {
        List<Problem> problems = new ArrayList<>();
        for (String input : INPUTS) {
            Path root = site.resolve(input);
            if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                // Without FOLLOW_LINKS the walk reports a link (even the root itself) as a file and never enters it.
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        refusal(site, file, InputListing.Kind.of(attributes)).ifPresent(problems::add);
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
        }
        return problems.stream().sorted(Problem.ORDER).toList();
    }

    /** As {@link #check(Path)}, from {@code listing}, a walk of {@code site} just made, instead of walking it again. */
    public static List<Problem> check(Path site, InputListing listing) {
        List<Problem> problems = new ArrayList<>();
        listing.entries().forEach((relative, kind) -> refusal(site, site.resolve(relative), kind).ifPresent(problems::add));
        return problems.stream().sorted(Problem.ORDER).toList();
    }

    /**
     * The bytes of an input file, refusing to open it if it has become a link since {@link #check} (O_NOFOLLOW): the
     * check and the read are two moments, and a file can be replaced between them.
     */
    public static byte[] read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return in.readAllBytes();
        }
    }

    /** Whether {@code file} is a link or a special file: such a file is never read (and {@link #check} reports it). */
    public static boolean isRefused(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isSymbolicLink() || attributes.isOther();
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Problem> refusal(Path site, Path file, InputListing.Kind kind) {
        String relative = site.relativize(file).toString().replace('\\', '/');
        if (kind == InputListing.Kind.LINK) {
            // Asking whether the target is a folder reads its attributes only, never its content.
            Message message = Files.isDirectory(file) ? Message.SYMBOLIC_LINK_TO_FOLDER : Message.SYMBOLIC_LINK_TO_FILE;
            return Optional.of(Problem.error(relative, 1, "file", message.text(targetOf(file))));
        }
        if (kind == InputListing.Kind.OTHER) {
            return Optional.of(Problem.error(relative, 1, "file",
                Message.NOT_A_REGULAR_FILE.text()));
        }
        return Optional.empty();
    }

    private static String targetOf(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return Message.UNREADABLE_TARGET.text();
        }
    }
}
