package org.judgementsupport.rulechange;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.ruleset.RuleSet;
import org.judgementsupport.ruleset.RuleSetFolder;
import org.judgementsupport.ruleset.RuleSetInvalidException;
import org.judgementsupport.ruleset.RuleSetLoader;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.ruleset.RuleSetSettings;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one way a rule set goes into service, whatever the change: a file saved in the rule folder, files uploaded
 * through the API, or a return to an earlier version.
 *
 * <p>Every change runs on one background thread, one at a time: read (a consistent snapshot), validate, run the
 * scenarios, and only if all pass archive the version and swap it in. Otherwise the last good version keeps serving
 * and {@link #status()} says why. A version put into service through the API is also written back into the rule
 * folder, so the folder always holds what is in service and a later edit cannot silently undo a rollback.
 *
 * <p>At start-up the rule folder must validate, or the service does not start.
 */
@Service
public class RuleSetChanges {

    private static final Logger log = LoggerFactory.getLogger(RuleSetChanges.class);

    /** What happened to one attempt to change the rule set. */
    public enum Outcome { ACTIVATED, ALREADY_ACTIVE, REFUSED }

    /**
     * One attempt to change the rule set.
     *
     * @param at              when
     * @param by              what asked for it
     * @param version         the version tried
     * @param outcome         whether it went into service
     * @param previousVersion the version in service before
     * @param changes         files added, removed and changed against that version
     * @param report          the validation report
     */
    public record Attempt(Instant at, ActivatedBy by, String version, Outcome outcome, String previousVersion,
                          List<FileChange> changes, ValidationReport report) {
    }

    /** The version in service, the last attempt to change it, and whether the folder is watched. */
    public record Status(String activeVersion, Instant activatedAt, Attempt lastAttempt, boolean watchingFolder, String folder) {
    }

    private final RuleSetFolder folder;
    private final RuleSetSettings settings;
    private final RuleSetRegistry registry;
    private final RuleSetArchive archive;
    private final CandidateValidation candidates;
    private final RuleSetLoader loader;
    private final RuleChangeLog changeLog;
    private final Clock clock;
    private final ExecutorService changes = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rule-set-changes");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean folderChangePending = new AtomicBoolean();
    private final AtomicReference<Attempt> lastAttempt = new AtomicReference<>();
    private RuleSetSnapshot activeSnapshot;
    private FolderWatcher watcher;

    /** Who changed the rules, when nobody signed in did. */
    static final String RULE_FOLDER = "rule folder";
    static final String SERVICE_START = "service start";

    public RuleSetChanges(RuleSetSettings settings, RuleSetRegistry registry, RuleSetArchive archive, RuleSetLoader loader,
                          EvidenceReader evidenceReader, RuleChangeLog changeLog, UploadLimits uploadLimits, Clock clock) {
        this.folder = new RuleSetFolder(settings.folderPath(), uploadLimits.maxFileSize().toBytes());
        this.settings = settings;
        this.registry = registry;
        this.archive = archive;
        this.loader = loader;
        this.candidates = settings.validation().separateProcess()
                ? new SeparateProcessValidation(settings.validation(), clock)
                : new InProcessValidation(new RuleSetValidator(loader, evidenceReader, clock));
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** Puts the rule folder into service before the service takes requests; refuses to start if it does not validate. */
    @PostConstruct
    void start() {
        RuleSetSnapshot snapshot = folder.readConsistent();
        Validation validation = validate(snapshot);
        if (!validation.report().valid()) {
            throw new RuleSetRefusedException(folder.root().toString(), validation.report());
        }
        String previous = archive.latestActivation().map(RuleSetArchive.Activation::version).orElse(null);
        archive.store(snapshot, validation.report());
        if (!snapshot.version().equals(previous)) {
            RuleSetSnapshot before = previous == null ? null : archive.snapshot(previous).orElse(null);
            Instant at = clock.instant();
            archive.recordActivation(snapshot.version(), at, ActivatedBy.STARTUP, previous, FileChange.between(before, snapshot), null);
            changeLog.record(at, SERVICE_START, RuleChangeLog.Action.STARTUP, RuleChangeLog.Outcome.ACTIVATED, snapshot.version(), previous,
                    "the rule folder as the service started", ChangedFile.between(before, snapshot));
        }
        swapIn(snapshot, validation.ruleSet().orElseThrow());
        log.info("Rule set {} in service: {} rules from {}", snapshot.version(), validation.report().ruleCount(), folder.root());
        if (settings.watch()) {
            watcher = new FolderWatcher(folder, settings.quietPeriod(), this::folderChanged);
            watcher.start();
        }
    }

    @PreDestroy
    void stop() {
        if (watcher != null) {
            watcher.close();
        }
        changes.shutdownNow();
        candidates.close();
    }

    /**
     * Validates a candidate and keeps it, so it can be previewed or put into service later; nothing goes live. The
     * validation is logged with who asked and why.
     */
    public ValidationReport validate(RuleSetSnapshot candidate, String actor, String comment) {
        return onChangeThread(() -> {
            ValidationReport report = candidates.validate(candidate);
            archive.store(candidate, report);
            changeLog.record(clock.instant(), actor, RuleChangeLog.Action.VALIDATION,
                    report.valid() ? RuleChangeLog.Outcome.VALID : RuleChangeLog.Outcome.NOT_VALID, candidate.version(),
                    registry.active().version(), comment, ChangedFile.between(activeSnapshot, candidate));
            return report;
        });
    }

    /** Validates a candidate and, if it passes, puts it into service and into the rule folder. */
    public Attempt activate(RuleSetSnapshot candidate, ActivatedBy by, String actor, String comment) {
        return onChangeThread(() -> tryActivate(candidate, by, actor, comment, true));
    }

    /**
     * Puts a version the archive holds back into service (or a validated candidate into service), validating it again
     * with today's checks first.
     */
    public Optional<Attempt> activateStoredVersion(String version, ActivatedBy by, String actor, String comment) {
        return archive.snapshot(version).map(snapshot -> activate(snapshot, by, actor, comment));
    }

    public Status status() {
        RuleSetRegistry.ActiveRuleSet active = registry.activeWithTime();
        return new Status(active.ruleSet().version(), active.activatedAt(), lastAttempt.get(), watcher != null, folder.root().toString());
    }

    /**
     * Serves the version last put into service by any instance sharing the database, if this one serves another:
     * taken from the archive and compiled here (already, if {@link ActivationFollower} saw it validated), with nothing recorded, since the instance that activated it recorded
     * it. The newest activation is read here, on the change thread, so a stale reading can never undo a change this
     * instance has just made. A version that does not compile here (another build of the service, say) is not served,
     * and says so.
     */
    void followNewestActivation(CompiledVersions compiled) {
        onChangeThread(() -> {
            Optional<String> newest = archive.newestActivatedVersion();
            if (newest.isEmpty() || registry.active().version().equals(newest.get())) {
                return null;
            }
            String version = newest.get();
            Optional<RuleSetSnapshot> snapshot = archive.snapshot(version);
            if (snapshot.isEmpty()) {
                log.error("Rule set {} was put into service by another instance but is not in the archive; {} stays in service", version,
                        registry.active().version());
                return null;
            }
            Optional<RuleSet> ruleSet = compiled.ruleSet(version);
            if (ruleSet.isEmpty()) {
                log.error("Rule set {} was put into service by another instance but does not compile here; {} stays in service", version,
                        registry.active().version());
                return null;
            }
            String previous = registry.active().version();
            swapIn(snapshot.get(), ruleSet.get());
            log.info("Rule set {} in service, as another instance put it into service, replacing {}", version, previous);
            return null;
        });
    }

    /** Called by the watcher once a change in the folder has settled; changes arriving meanwhile are read together. */
    void folderChanged() {
        if (folderChangePending.compareAndSet(false, true)) {
            changes.submit(() -> {
                folderChangePending.set(false);
                RuleSetSnapshot snapshot = folder.readConsistent();
                if (snapshot.version().equals(registry.active().version())) {
                    return;
                }
                Attempt attempt = tryActivate(snapshot, ActivatedBy.FOLDER_CHANGE, RULE_FOLDER, "saved in the rule folder", false);
                if (attempt.outcome() == Outcome.REFUSED) {
                    log.warn("Rule folder change refused; {} stays in service:\n{}", attempt.previousVersion(), attempt.report().toText());
                }
            });
        }
    }

    /**
     * Runs on the change thread only. The change log's cell-by-cell differences are worked out after the swap, so
     * they never delay a good change going live.
     */
    private Attempt tryActivate(RuleSetSnapshot candidate, ActivatedBy by, String actor, String comment, boolean writeFolder) {
        String previous = registry.active().version();
        RuleSetSnapshot before = activeSnapshot;
        List<FileChange> changed = FileChange.between(before, candidate);
        RuleChangeLog.Action action = switch (by) {
            case ROLLBACK -> RuleChangeLog.Action.ROLLBACK;
            case FOLDER_CHANGE -> RuleChangeLog.Action.FOLDER_CHANGE;
            case STARTUP -> RuleChangeLog.Action.STARTUP;
            case UPLOAD -> RuleChangeLog.Action.ACTIVATION;
        };
        if (candidate.version().equals(previous)) {
            Instant at = clock.instant();
            changeLog.record(at, actor, action, RuleChangeLog.Outcome.ALREADY_ACTIVE, previous, previous, comment, List.of());
            return new Attempt(at, by, previous, Outcome.ALREADY_ACTIVE, previous, List.of(), archive.report(previous).orElse(null));
        }
        Validation validation = validate(candidate);
        archive.store(candidate, validation.report());
        Instant at = clock.instant();
        if (!validation.report().valid()) {
            Attempt refused = new Attempt(at, by, candidate.version(), Outcome.REFUSED, previous, changed, validation.report());
            lastAttempt.set(refused);
            changeLog.record(at, actor, action, RuleChangeLog.Outcome.REFUSED, candidate.version(), previous, comment,
                    ChangedFile.between(before, candidate));
            return refused;
        }
        archive.recordActivation(candidate.version(), at, by, previous, changed, comment);
        swapIn(candidate, validation.ruleSet().orElseThrow());
        if (writeFolder) {
            folder.replaceWith(candidate);
        }
        Attempt activated = new Attempt(at, by, candidate.version(), Outcome.ACTIVATED, previous, changed, validation.report());
        lastAttempt.set(activated);
        log.info("Rule set {} in service ({} by {}, after {}), replacing {}", candidate.version(), by, actor, changed, previous);
        changeLog.record(at, actor, action, RuleChangeLog.Outcome.ACTIVATED, candidate.version(), previous, comment,
                ChangedFile.between(before, candidate));
        return activated;
    }

    /** A validation report, and the rule set compiled in this process when the candidate is valid. */
    private record Validation(ValidationReport report, Optional<RuleSet> ruleSet) {
    }

    /**
     * Validates the candidate within its budget; only a valid candidate is then compiled here, to serve. Compiling
     * again applies the same allowlist, so nothing the validation let through is taken on trust.
     */
    private Validation validate(RuleSetSnapshot candidate) {
        ValidationReport report = candidates.validate(candidate);
        if (!report.valid()) {
            return new Validation(report, Optional.empty());
        }
        try {
            return new Validation(report, Optional.of(loader.load(candidate)));
        } catch (RuleSetInvalidException differs) {
            return new Validation(new ValidationReport(report.version(), report.checkedAt(), report.millis(), false, 0, differs.problems(),
                    List.of(), report.monotonicity(), report.scenarios()), Optional.empty());
        }
    }

    private void swapIn(RuleSetSnapshot snapshot, RuleSet ruleSet) {
        activeSnapshot = snapshot;
        registry.activate(ruleSet, clock.instant());
    }

    /** The snapshot in service, as the change thread last put it there. */
    public RuleSetSnapshot activeSnapshot() {
        return onChangeThread(() -> activeSnapshot);
    }

    private <T> T onChangeThread(Callable<T> work) {
        Future<T> result = changes.submit(work);
        try {
            return result.get();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while changing the rule set", interrupted);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }
}
