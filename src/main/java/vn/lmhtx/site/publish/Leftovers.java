package vn.lmhtx.site.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.lmhtx.site.files.Folders;
import vn.lmhtx.site.files.Owner;

/**
 * Removes what killed runs left: staging folders, retired trees and half-made links beside an output, and the
 * {@code check} and JBake scratch folders in the temporary folder. A leftover is removed only when the process
 * named in its {@link Owner owner mark} no longer runs and no output link points to it, so a build or preview
 * running at the same time never loses its folder. Names from versions before owner marks are removed once they
 * are an hour old (no build takes that long). Failures are ignored: a leftover costs disk space, never a build.
 */
public final class Leftovers {

    static final Duration UNMARKED_AGE = Duration.ofHours(1);

    /** {@code .<output name>-<owner mark>}: a tree, staging folder or link of the output {@code <output name>}. */
    private static final Pattern BESIDE = Pattern.compile("\\.(.+)-(" + Owner.MARK.pattern() + ")");
    private static final Pattern UNMARKED_BESIDE = Pattern.compile("\\.(public|preview)-(staging|old)-\\d+");
    private static final Pattern IN_TEMP = Pattern.compile("(" + Owner.CHECK_PREFIX + "|" + Owner.KITCHEN_PREFIX + ")(.+)");
    private static final Pattern UNMARKED_IN_TEMP = Pattern.compile("\\d+");

    private Leftovers() {
    }

    /** Removes killed runs' leftovers from the folder that holds {@code output}; returns what was removed. */
    public static List<Path> besideOutput(Path output) {
        Path parent = output.toAbsolutePath().getParent();
        return sweep(parent, name -> {
            Matcher marked = BESIDE.matcher(name);
            if (marked.matches()) {
                // Owner first, link second: a dead owner can no longer point the link at its tree.
                return Owner.alive(marked.group(2)).orElse(true) ? Verdict.KEEP
                    : isLinkedFrom(parent.resolve(marked.group(1)), name) ? Verdict.KEEP : Verdict.REMOVE;
            }
            return UNMARKED_BESIDE.matcher(name).matches() ? Verdict.REMOVE_IF_OLD : Verdict.KEEP;
        });
    }

    /** Removes killed runs' scratch folders from the temporary folder {@code temp}; returns what was removed. */
    public static List<Path> inTemp(Path temp) {
        return sweep(temp, name -> {
            Matcher ours = IN_TEMP.matcher(name);
            if (!ours.matches()) {
                return Verdict.KEEP;
            }
            Optional<Boolean> alive = Owner.alive(ours.group(2));
            if (alive.isPresent()) {
                return alive.get() ? Verdict.KEEP : Verdict.REMOVE;
            }
            return UNMARKED_IN_TEMP.matcher(ours.group(2)).matches() ? Verdict.REMOVE_IF_OLD : Verdict.KEEP;
        });
    }

    private enum Verdict { KEEP, REMOVE, REMOVE_IF_OLD }

    private static List<Path> sweep(Path folder, Function<String, Verdict> verdict) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().filter(entry -> switch (verdict.apply(entry.getFileName().toString())) {
                case KEEP -> false;
                case REMOVE -> remove(entry);
                case REMOVE_IF_OLD -> isOld(entry) && remove(entry);
            }).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static boolean isLinkedFrom(Path output, String name) {
        try {
            return Files.isSymbolicLink(output) && Files.readSymbolicLink(output).toString().equals(name);
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean isOld(Path entry) {
        try {
            Instant modified = Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toInstant();
            return modified.isBefore(Instant.now().minus(UNMARKED_AGE));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean remove(Path entry) {
        try {
            Folders.delete(entry);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
