package vn.lmhtx.site.bake;

import com.orientechnologies.orient.core.Orient;
import com.orientechnologies.orient.core.config.OGlobalConfiguration;
import com.orientechnologies.orient.core.engine.local.OEngineLocalPaginated;
import com.orientechnologies.orient.core.engine.OMemoryAndLocalPaginatedEnginesInitializer;
import com.orientechnologies.orient.core.storage.OStorage;
import java.lang.reflect.Field;
import java.util.Map;

/**
 * Starts OrientDB without its native probes, for JBake's throwaway in-memory database.
 *
 * <p>OrientDB starts both its engines (memory and disk) when an {@code OrientDB} is made, and probes the machine
 * through JNR: the open-file limit, the memory limits of the process and its cgroup, the effective user. JNR makes
 * its bindings by generating classes with ASM at run time (none of which a class-data archive can hold): about a
 * fifth of the database thread's samples in a cold 11-item build. The figures only size the disk engine's files and
 * cache, which an in-memory database never uses. Here the probes are skipped and the disk engine is one that starts
 * nothing and creates no storage; the database itself, and so the bake, is the same.
 */
final class MemoryOnlyEngines {

    /** What the disk engine's file table would be sized to; set only so that making the engine asks no native code. */
    private static final int OPEN_FILES = 512;

    private MemoryOnlyEngines() {
    }

    /** Skips the probes and makes the disk engine {@link Disk}, starting OrientDB first if it is not running (as JBake would). */
    static synchronized void install() {
        skipMemoryProbes();
        if (OGlobalConfiguration.OPEN_FILES_LIMIT.getValueAsInteger() <= 0) {
            OGlobalConfiguration.OPEN_FILES_LIMIT.setValue(OPEN_FILES);
        }
        Orient orient = Orient.instance();
        if (orient.getEngines().isEmpty()) {
            orient.startup();
        }
        if (!(orient.getEngine(OEngineLocalPaginated.NAME) instanceof Disk)) {
            orient.registerEngine(new Disk());
        }
    }

    /**
     * Marks OrientDB's engine set-up as done: every {@code OrientDB} made runs it, and all it does is size the disk
     * engine's cache from the machine's memory (read through JNR). With another OrientDB version, where the flag is
     * not found, the set-up runs as usual.
     */
    private static void skipMemoryProbes() {
        try {
            Field done = OMemoryAndLocalPaginatedEnginesInitializer.class.getDeclaredField("initialized");
            done.setAccessible(true);
            done.setBoolean(OMemoryAndLocalPaginatedEnginesInitializer.INSTANCE, true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Only slower: see above.
        }
    }

    /** A disk engine that is never used: it starts nothing (no read cache, no probes) and creates no storage. */
    static final class Disk extends OEngineLocalPaginated {

        private volatile boolean running;

        @Override
        public void startup() {
            running = true;
        }

        @Override
        public void shutdown() {
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public OStorage createStorage(String url, Map<String, String> configuration, long maxWalSegmentSize,
            long doubleWriteLogMaxSegmentSize, int storageId) {
            throw new UnsupportedOperationException("the bake's OrientDB database lives in memory: " + url);
        }

        @Override
        public void changeCacheSize(long size) {
            // No cache: see the class comment.
        }
    }
}
