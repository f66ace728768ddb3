package org.judgementsupport.rulechange;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.judgementsupport.ruleset.RuleSetFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the rule folders and calls back once a change has settled. Editors save in several steps (a lock file, a
 * temporary file, a rename), so the callback waits until the folders have been still for a quiet period; editors'
 * scratch and lock files are ignored. Folders created later (a new sub-folder of decision tables) are watched too.
 */
final class FolderWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FolderWatcher.class);

    private final RuleSetFolder folder;
    private final Duration quietPeriod;
    private final Runnable onSettledChange;
    private final Map<WatchKey, Path> watched = new ConcurrentHashMap<>();
    private WatchService service;
    private Thread thread;

    FolderWatcher(RuleSetFolder folder, Duration quietPeriod, Runnable onSettledChange) {
        this.folder = folder;
        this.quietPeriod = quietPeriod;
        this.onSettledChange = onSettledChange;
    }

    void start() {
        try {
            service = folder.root().getFileSystem().newWatchService();
            register(folder.root());
            for (Path tree : List.of(folder.rules(), folder.decisionTables(), folder.scenarios())) {
                registerTree(tree);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + folder.root(), e);
        }
        thread = new Thread(this::watch, "rule-folder-watcher");
        thread.setDaemon(true);
        thread.start();
        log.info("Watching {} for rule changes", folder.root());
    }

    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                if (!relevant(service.take())) {
                    continue;
                }
                // Wait until nothing relevant has happened for the quiet period, then read once.
                WatchKey next;
                while ((next = service.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    relevant(next);
                }
                try {
                    onSettledChange.run();
                } catch (RuntimeException failure) {
                    log.error("Reading the changed rule folder failed; the rule set in service is unchanged", failure);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes a key's events: true if any is about a rule file or folder, registering folders created since. */
    private boolean relevant(WatchKey key) {
        Path directory = watched.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                relevant = true;
                continue;
            }
            Path changed = directory == null ? null : directory.resolve((Path) event.context());
            if (changed == null || RuleSetFolder.isEditorScratchFile(changed)) {
                continue;
            }
            if (directory.equals(folder.root()) && !isRuleTree(changed)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                registerTree(changed);
            }
            relevant = true;
        }
        if (!key.reset()) {
            watched.remove(key);
        }
        return relevant;
    }

    private boolean isRuleTree(Path path) {
        return path.equals(folder.rules()) || path.equals(folder.decisionTables()) || path.equals(folder.scenarios());
    }

    private void registerTree(Path tree) {
        if (!Files.isDirectory(tree)) {
            return;
        }
        try (Stream<Path> directories = Files.walk(tree)) {
            for (Path directory : directories.filter(Files::isDirectory).toList()) {
                register(directory);
            }
        } catch (IOException e) {
            log.warn("Cannot watch {}: {}", tree, e.getMessage());
        }
    }

    private void register(Path directory) throws IOException {
        watched.put(directory.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), directory);
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.interrupt();
        }
        try {
            if (service != null) {
                service.close();
            }
        } catch (IOException ignored) {
            // Closing on shutdown; nothing more to do.
        }
    }
}
