package vn.lmhtx.site.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

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

/** Watches content/, templates/, assets/ and jbake.properties, and calls back once per burst of changes. */
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
        for (String folder : WATCHED_FOLDERS) {
            if (Files.isDirectory(this.site.resolve(folder))) {
                registerTree(this.site.resolve(folder));
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
            if (folder == null || !(event.context() instanceof Path name)) {
                continue;
            }
            Path changed = folder.resolve(name);
            if (folder.equals(site)) {
                relevant |= name.toString().equals(SETTINGS);
                if (WATCHED_FOLDERS.contains(name.toString()) && event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                    registerTree(changed);
                    relevant = true;
                }
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                registerTree(changed);
            }
            relevant |= !name.toString().startsWith(".") && !name.toString().endsWith("~");
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
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
