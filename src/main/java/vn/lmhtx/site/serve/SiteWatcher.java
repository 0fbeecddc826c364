package vn.lmhtx.site.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches content/, templates/, assets/ and jbake.properties, and calls back once per burst of changes. When events
 * were lost ({@code OVERFLOW}: the system's or the JDK's event queue was full, as when thousands of files are copied
 * in) anything may have changed, so that counts as a change too, and folders created meanwhile are watched.
 */
final class SiteWatcher implements AutoCloseable {

    /** Editors' tools save in bursts (temp file, rename, chmod); one rebuild per burst is enough. */
    private static final long QUIET_MILLIS = 40;
    private static final List<String> WATCHED_FOLDERS = List.of("content", "templates", "assets");
    private static final String SETTINGS = "jbake.properties";

    private final Path site;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    SiteWatcher(Path site) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        folders.put(this.site.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), this.site);
        registerWatchedFolders();
    }

    private void registerWatchedFolders() {
        for (String folder : WATCHED_FOLDERS) {
            if (Files.isDirectory(site.resolve(folder))) {
                registerTree(site.resolve(folder));
            }
        }
    }

    /** Blocks, calling {@code onChange} after each burst of relevant changes, until closed. */
    void run(Runnable onChange) {
        try {
            while (true) {
                boolean relevant = handle(service.take());
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= handle(more);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // Closed: the preview is shutting down.
        }
    }

    private boolean handle(WatchKey key) {
        Path folder = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            relevant |= folder != null && isRelevant(folder, event);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
    }

    /** Whether {@code event} in the watched {@code folder} calls for a rebuild; watches any folder it created. */
    boolean isRelevant(Path folder, WatchEvent<?> event) {
        if (event.kind() == OVERFLOW) {
            // The lost events may have created folders: watch them too (registering a watched folder again is harmless).
            registerWatchedFolders();
            return true;
        }
        if (!(event.context() instanceof Path name)) {
            return false;
        }
        Path changed = folder.resolve(name);
        if (folder.equals(site)) {
            if (WATCHED_FOLDERS.contains(name.toString()) && event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                registerTree(changed);
                return true;
            }
            return name.toString().equals(SETTINGS);
        }
        if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
            registerTree(changed);
        }
        return !name.toString().startsWith(".") && !name.toString().endsWith("~");
    }

    /** Whether {@code folder} is watched. */
    boolean watches(Path folder) {
        return folders.containsValue(folder.toAbsolutePath().normalize());
    }

    private void registerTree(Path root) {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path folder : (Iterable<Path>) tree.filter(Files::isDirectory)::iterator) {
                folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
