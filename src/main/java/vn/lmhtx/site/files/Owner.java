package vn.lmhtx.site.files;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the folders a run creates beside its output and in the temporary folder after the process that owns them,
 * {@code <prefix><pid>-<start>-<random>}, so that a later run can tell what a killed run left (its process is gone)
 * from what a running build or preview still uses. The start time, in milliseconds, tells a reused process id apart.
 */
public final class Owner {

    /** The prefix of {@code check}'s scratch folders in the temporary folder. */
    public static final String CHECK_PREFIX = "lmhtx-check-";
    /** The prefix of the folders JBake bakes from, in the temporary folder. */
    public static final String KITCHEN_PREFIX = "lmhtx-jbake-";

    /** The owner mark that ends every name this class gives: process id, its start (ms since the epoch), 8 hex digits. */
    public static final Pattern MARK = Pattern.compile("(\\d{1,10})-(\\d{1,19})-[0-9a-f]{8}");

    /**
     * How far two readings of one process's start may differ: Linux derives it from the boot time, which moves when
     * the clock is set.
     */
    private static final long START_TOLERANCE_MILLIS = 2_000;

    private static final ProcessHandle SELF = ProcessHandle.current();
    private static final long SELF_START = startMillis(SELF);

    private Owner() {
    }

    /** Creates a new folder in {@code parent} named {@code prefix} plus this process's mark. */
    public static Path createFolder(Path parent, String prefix) throws IOException {
        while (true) {
            try {
                return Files.createDirectory(parent.resolve(newName(prefix)));
            } catch (FileAlreadyExistsException e) {
                // Another random suffix; a clash needs the same process, start and 32 random bits.
            }
        }
    }

    /** Creates a new folder in the system's temporary folder named {@code prefix} plus this process's mark. */
    public static Path createTempFolder(String prefix) throws IOException {
        return createFolder(systemTemp(), prefix);
    }

    /** The system's temporary folder. */
    public static Path systemTemp() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** A fresh name: {@code prefix} plus this process's mark. */
    public static String newName(String prefix) {
        return name(prefix, SELF.pid(), SELF_START);
    }

    /** The name a folder of process {@code pid}, started at {@code startMillis}, would get. */
    public static String name(String prefix, long pid, long startMillis) {
        return prefix + pid + "-" + startMillis + "-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    /**
     * Whether the process that made a folder whose name ends with {@code mark} still runs; empty when the name carries
     * no owner mark (a leftover of an earlier version, or no folder of ours).
     */
    public static Optional<Boolean> alive(String mark) {
        Matcher matcher = MARK.matcher(mark);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long start = Long.parseLong(matcher.group(2));
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(matcher.group(1))).filter(ProcessHandle::isAlive);
        return Optional.of(process.map(p -> sameStart(startMillis(p), start)).orElse(false));
    }

    /** Whether {@code name} is {@code prefix} followed by an owner mark. */
    public static boolean hasMark(String name, String prefix) {
        return name.startsWith(prefix) && MARK.matcher(name.substring(prefix.length())).matches();
    }

    private static boolean sameStart(long actual, long recorded) {
        // 0: this platform does not tell a process's start; the process id alone must do.
        return actual == 0 || recorded == 0 || Math.abs(actual - recorded) <= START_TOLERANCE_MILLIS;
    }

    private static long startMillis(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    }
}
