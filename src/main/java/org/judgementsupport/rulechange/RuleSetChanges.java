package org.judgementsupport.rulechange;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.judgementsupport.rulechange.RuleSetCandidates.Candidate;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way a rule set goes into service, whatever the change: a file saved in the rule folder, files uploaded
 * through the API, or a return to an earlier version.
 *
 * <p>Every change runs on one background thread, one at a time: read (a consistent snapshot), validate, run the
 * scenarios, and only if all pass archive the version and swap it in. Otherwise the last good version keeps serving
 * and {@link #status()} says why. A version put into service through the API is also written back into the rule
 * folder, so the folder always holds what is in service and a later edit cannot silently undo a rollback.
 *
 * <p>A valid change that was never in service is a candidate: it waits for
 * {@link RuleSetSettings#approvalsRequired() as many} policy colleagues other than its proposer to approve it, and goes
 * into service only if the version it was based on is still the one in service, so no change is silently undone.
 * Going back to a version that was in service before needs no new approval.
 *
 * <p>At start-up a rule folder that does not validate is reported, and the last version activated keeps serving from
 * the archive; only with no valid version at all does the service refuse to start.
 */
@Service
public class RuleSetChanges {

    private static final Logger log = LoggerFactory.getLogger(RuleSetChanges.class);

    /** What happened to one attempt to change the rule set. */
    public enum Outcome { ACTIVATED, ALREADY_ACTIVE, REFUSED, PROPOSED }

    /**
     * One attempt to change the rule set.
     *
     * @param at              when
     * @param by              what asked for it
     * @param version         the version tried
     * @param outcome         whether it went into service, or waits for approval
     * @param previousVersion the version in service before
     * @param changes         files added, removed and changed against that version
     * @param report          the validation report
     */
    public record Attempt(Instant at, ActivatedBy by, String version, Outcome outcome, String previousVersion,
                          List<FileChange> changes, ValidationReport report) {
    }

    /**
     * The version in service, the last attempt to change it, whether the folder is watched, the candidates waiting for
     * approval, and what is wrong with the rule folder when it does not hold a valid rule set.
     *
     * @param folderProblems the report on the rule folder when it does not validate (the service then serves the last
     *                       good version); null when the folder is fine
     */
    public record Status(String activeVersion, Instant activatedAt, Attempt lastAttempt, boolean watchingFolder, String folder,
                         int approvalsRequired, List<Proposal> awaitingApproval, ValidationReport folderProblems) {
    }

    /**
     * A candidate and where it stands.
     *
     * @param basedOn          the version in service when it was validated
     * @param stale            whether another version has gone into service since: it must be rebased first
     * @param approvals        colleagues' approvals and rejections, oldest first
     * @param approvalsMissing how many more approvals it needs before it can go into service
     * @param impactPreview    where to preview what it would change (POST)
     */
    public record Proposal(String version, String proposedBy, Instant proposedAt, String basedOn, boolean stale, RuleSetCandidates.State state,
                           String comment, List<RuleSetCandidates.Decision> approvals, int approvalsRequired, int approvalsMissing,
                           ValidationSummary validation, URI impactPreview, URI report) {
    }

    /** A validation report in a line: whether it is valid, its rules, problems and scenarios. */
    public record ValidationSummary(boolean valid, int ruleCount, int errors, int warnings, int scenariosRun, int scenariosPassed) {

        static ValidationSummary of(ValidationReport report) {
            if (report == null) {
                return null;
            }
            return new ValidationSummary(report.valid(), report.ruleCount(), report.errors().size(), report.warnings().size(),
                    report.scenarios() == null ? 0 : report.scenarios().run(), report.scenarios() == null ? 0 : report.scenarios().passed());
        }
    }

    private final RuleSetFolder folder;
    private final RuleSetSettings settings;
    private final RuleSetRegistry registry;
    private final RuleSetArchive archive;
    private final CandidateValidation candidates;
    private final RuleSetLoader loader;
    private final RuleChangeLog changeLog;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final RuleSetCandidates proposals;
    private final int approvalsRequired;
    private final AtomicReference<ValidationReport> folderProblems = new AtomicReference<>();
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
                          EvidenceReader evidenceReader, RuleChangeLog changeLog, UploadLimits uploadLimits, Clock clock,
                          PlatformTransactionManager transactionManager, RuleSetCandidates proposals) {
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
        this.transactions = new TransactionTemplate(transactionManager);
        this.proposals = proposals;
        this.approvalsRequired = settings.approvalsRequired();
    }

    /**
     * Puts a rule set into service before the service takes requests. The rule folder serves when it validates and
     * needs no approval (the first start, a version served before, or approvals turned off). A folder that does not
     * validate is reported and the last version activated serves from the archive; a folder holding a change nobody
     * approved becomes a candidate and the last version activated serves meanwhile. Only with no valid version at all
     * does the service refuse to start.
     */
    @PostConstruct
    void start() {
        RuleSetSnapshot snapshot = folder.readConsistent();
        Validation validation = validate(snapshot);
        String previous = archive.latestActivation().map(RuleSetArchive.Activation::version).orElse(null);
        archive.store(snapshot, validation.report());
        Instant at = clock.instant();
        if (!validation.report().valid()) {
            Served fallback = lastGoodVersion().orElseThrow(() -> new RuleSetRefusedException(folder.root().toString(), validation.report()));
            folderProblems.set(validation.report());
            changeLog.record(at, SERVICE_START, RuleChangeLog.Action.STARTUP, RuleChangeLog.Outcome.REFUSED, snapshot.version(), fallback.snapshot().version(),
                    "the rule folder as the service started does not validate; " + fallback.snapshot().version() + " serves from the archive",
                    ChangedFile.between(fallback.snapshot(), snapshot));
            swapIn(fallback.snapshot(), fallback.ruleSet());
            log.warn("The rule folder {} does not validate, so the service serves {}, the last version activated, from the archive. "
                    + "Fix the folder; the problems are also in /api/v1/rulesets/status and /actuator/health.\n{}",
                    folder.root(), fallback.snapshot().version(), validation.report().toText());
        } else {
            Optional<Served> unapproved = previous != null && !snapshot.version().equals(previous) && approvalsRequired > 0
                    && !archive.wasInService(snapshot.version()) ? lastGoodVersion() : Optional.empty();
            if (unapproved.isPresent()) {
                Served served = unapproved.get();
                swapIn(served.snapshot(), served.ruleSet());
                proposals.propose(snapshot.version(), RULE_FOLDER, at, served.snapshot().version(), "found in the rule folder as the service started");
                proposals.supersedeOthersProposedBy(RULE_FOLDER, snapshot.version());
                changeLog.record(at, RULE_FOLDER, RuleChangeLog.Action.FOLDER_CHANGE, RuleChangeLog.Outcome.PROPOSED, snapshot.version(),
                        served.snapshot().version(), "found in the rule folder as the service started; waits for approval",
                        ChangedFile.between(served.snapshot(), snapshot));
                log.info("The rule folder holds {}, a change not yet approved; {} serves until it is", snapshot.version(), served.snapshot().version());
            } else {
                if (!snapshot.version().equals(previous)) {
                    RuleSetSnapshot before = previous == null ? null : archive.snapshot(previous).orElse(null);
                    archive.recordActivation(snapshot.version(), at, ActivatedBy.STARTUP, previous, FileChange.between(before, snapshot), null);
                    changeLog.record(at, SERVICE_START, RuleChangeLog.Action.STARTUP, RuleChangeLog.Outcome.ACTIVATED, snapshot.version(), previous,
                            "the rule folder as the service started", ChangedFile.between(before, snapshot));
                }
                swapIn(snapshot, validation.ruleSet().orElseThrow());
            }
        }
        log.info("Rule set {} in service, rule folder {}", registry.active().version(), folder.root());
        if (settings.watch()) {
            watcher = new FolderWatcher(folder, settings.quietPeriod(), this::folderChanged);
            watcher.start();
        }
    }

    /** A version from the archive that validates with today's checks, and its compiled rules. */
    private record Served(RuleSetSnapshot snapshot, RuleSet ruleSet) {
    }

    /**
     * The version activated most recently that still validates, and whose archived files are intact. Earlier versions
     * are tried in turn, a few at most, so a start-up stays quick.
     */
    private Optional<Served> lastGoodVersion() {
        List<String> tried = new ArrayList<>();
        for (RuleSetArchive.Activation activation : archive.history()) {
            if (tried.contains(activation.version())) {
                continue;
            }
            if (tried.size() == 5) {
                break;
            }
            tried.add(activation.version());
            try {
                Optional<RuleSetSnapshot> stored = archive.snapshot(activation.version());
                if (stored.isPresent()) {
                    Validation validation = validate(stored.get());
                    if (validation.ruleSet().isPresent()) {
                        return Optional.of(new Served(stored.get(), validation.ruleSet().get()));
                    }
                    log.warn("Archived version {} no longer validates:\n{}", activation.version(), validation.report().toText());
                }
            } catch (ArchiveAlteredException altered) {
                log.error(altered.getMessage());
            }
        }
        return Optional.empty();
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
     * validation is logged with who asked and why; a valid candidate that was never in service is proposed, waiting for
     * colleagues' approval, based on the version in service now.
     */
    public ValidationReport validate(RuleSetSnapshot candidate, String actor, String comment) {
        return onChangeThread(() -> {
            ValidationReport report = candidates.validate(candidate);
            archive.store(candidate, report);
            String inService = registry.active().version();
            Instant at = clock.instant();
            if (report.valid() && !archive.wasInService(candidate.version())) {
                proposals.propose(candidate.version(), actor, at, inService, comment);
            }
            changeLog.record(at, actor, RuleChangeLog.Action.VALIDATION,
                    report.valid() ? RuleChangeLog.Outcome.VALID : RuleChangeLog.Outcome.NOT_VALID, candidate.version(),
                    inService, comment, ChangedFile.between(activeSnapshot, candidate));
            return report;
        });
    }

    /**
     * Validates a candidate and, if it passes, puts it into service and into the rule folder; when approvals are
     * required and it was never in service, it is proposed instead and waits for them.
     */
    public Attempt activate(RuleSetSnapshot candidate, ActivatedBy by, String actor, String comment) {
        return onChangeThread(() -> tryActivate(candidate, by, actor, comment, true, true));
    }

    /**
     * Puts a version the archive holds back into service (a rollback, recorded as such, needing no approval), or an
     * approved candidate into service for the first time, validating it again with today's checks first.
     *
     * @param by what asked for it when the version was never in service; a version served before is always a rollback
     * @throws ApprovalsMissingException when the candidate has fewer approvals than required
     * @throws StaleCandidateException   when another version went into service since the candidate was validated
     * @throws CandidateClosedException  when the candidate was rejected, rebased or replaced
     */
    public Optional<Attempt> activateStoredVersion(String version, ActivatedBy by, String actor, String comment) {
        return onChangeThread(() -> {
            Optional<RuleSetSnapshot> stored = archive.snapshot(version);
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            if (archive.wasInService(version)) {
                return Optional.of(tryActivate(stored.get(), ActivatedBy.ROLLBACK, actor, comment, true, false));
            }
            Optional<Candidate> candidate = proposals.find(version);
            if (candidate.isPresent()) {
                checkReleasable(candidate.get());
            } else if (approvalsRequired > 0) {
                throw new ApprovalsMissingException(version, null, approvalsRequired, List.of());
            }
            return Optional.of(tryActivate(stored.get(), by == ActivatedBy.ROLLBACK ? ActivatedBy.UPLOAD : by, actor, comment, true, false));
        });
    }

    /**
     * A policy colleague approves a candidate, saying why.
     *
     * @throws OwnCandidateException    when the colleague proposed it
     * @throws StaleCandidateException  when another version went into service since it was validated
     * @throws CandidateClosedException when it no longer waits for approval
     */
    public Proposal approve(String version, String actor, String comment) {
        return onChangeThread(() -> {
            Candidate candidate = awaiting(version);
            if (candidate.proposedBy().equals(actor)) {
                throw new OwnCandidateException(version, actor);
            }
            checkNotStale(candidate);
            Instant at = clock.instant();
            Candidate approved = proposals.decide(version, actor, at, RuleSetCandidates.Verdict.APPROVED, comment);
            changeLog.record(at, actor, RuleChangeLog.Action.APPROVAL, RuleChangeLog.Outcome.APPROVED, version, registry.active().version(), comment, List.of());
            log.info("Rule set {} approved by {} ({} of {})", version, actor, approved.approvedBy().size(), approvalsRequired);
            return proposal(approved);
        });
    }

    /** A policy colleague (or its proposer, withdrawing it) rejects a candidate, saying why; it can no longer go into service. */
    public Proposal reject(String version, String actor, String comment) {
        return onChangeThread(() -> {
            awaiting(version);
            Instant at = clock.instant();
            Candidate rejected = proposals.decide(version, actor, at, RuleSetCandidates.Verdict.REJECTED, comment);
            changeLog.record(at, actor, RuleChangeLog.Action.REJECTION, RuleChangeLog.Outcome.REJECTED, version, registry.active().version(), comment, List.of());
            return proposal(rejected);
        });
    }

    /**
     * Re-applies a stale candidate's changes on top of the version in service, and validates the result as a new
     * candidate proposed by whoever asked, based on the version in service; the old candidate is closed as rebased.
     *
     * @throws RebaseConflictException when both changed the same cells or files differently
     */
    public Attempt rebase(String version, String actor, String comment) {
        return onChangeThread(() -> {
            Candidate candidate = awaiting(version);
            String inService = registry.active().version();
            RuleSetSnapshot base = candidate.basedOn() == null ? activeSnapshot : archive.snapshot(candidate.basedOn()).orElse(activeSnapshot);
            RuleSetSnapshot changed = archive.snapshot(version).orElseThrow(() -> new VersionNotFoundException(version));
            RuleSetMerge.Result merge = RuleSetMerge.merge(base, changed, activeSnapshot);
            if (!merge.conflicts().isEmpty()) {
                throw new RebaseConflictException(version, base.version(), inService, merge.conflicts());
            }
            RuleSetSnapshot rebased = merge.merged();
            Validation validation = validate(rebased);
            archive.store(rebased, validation.report());
            Instant at = clock.instant();
            List<FileChange> files = FileChange.between(activeSnapshot, rebased);
            String why = comment + " (rebased " + version + " onto " + inService + ")";
            if (!validation.report().valid()) {
                Attempt refused = new Attempt(at, ActivatedBy.UPLOAD, rebased.version(), Outcome.REFUSED, inService, files, validation.report());
                lastAttempt.set(refused);
                changeLog.record(at, actor, RuleChangeLog.Action.REBASE, RuleChangeLog.Outcome.NOT_VALID, rebased.version(), inService, why,
                        ChangedFile.between(activeSnapshot, rebased));
                return refused;
            }
            proposals.propose(rebased.version(), actor, at, inService, why);
            if (!rebased.version().equals(version)) {
                proposals.close(version, RuleSetCandidates.State.REBASED);
            }
            changeLog.record(at, actor, RuleChangeLog.Action.REBASE, RuleChangeLog.Outcome.PROPOSED, rebased.version(), inService, why,
                    ChangedFile.between(activeSnapshot, rebased));
            Attempt proposed = new Attempt(at, ActivatedBy.UPLOAD, rebased.version(), Outcome.PROPOSED, inService, files, validation.report());
            lastAttempt.set(proposed);
            return proposed;
        });
    }

    /** A candidate, where it stands. */
    public Optional<Proposal> proposal(String version) {
        return proposals.find(version).map(this::proposal);
    }

    private Candidate awaiting(String version) {
        Candidate candidate = proposals.find(version).orElseThrow(() -> new VersionNotFoundException(version));
        if (candidate.state() != RuleSetCandidates.State.AWAITING_APPROVAL) {
            throw new CandidateClosedException(version, candidate.state());
        }
        return candidate;
    }

    private void checkReleasable(Candidate candidate) {
        if (candidate.state() != RuleSetCandidates.State.AWAITING_APPROVAL) {
            throw new CandidateClosedException(candidate.version(), candidate.state());
        }
        checkNotStale(candidate);
        if (candidate.approvedBy().size() < approvalsRequired) {
            throw new ApprovalsMissingException(candidate.version(), candidate.proposedBy(), approvalsRequired, candidate.approvedBy());
        }
    }

    private void checkNotStale(Candidate candidate) {
        String inService = registry.active().version();
        if (candidate.basedOn() != null && !candidate.basedOn().equals(inService)) {
            RuleSetSnapshot basedOn = archive.snapshot(candidate.basedOn()).orElse(null);
            throw new StaleCandidateException(candidate.version(), candidate.basedOn(), inService, ChangedFile.between(basedOn, activeSnapshot));
        }
    }

    private Proposal proposal(Candidate candidate) {
        String inService = registry.active().version();
        ValidationReport report = archive.report(candidate.version()).orElse(null);
        return new Proposal(candidate.version(), candidate.proposedBy(), candidate.proposedAt(), candidate.basedOn(),
                candidate.basedOn() != null && !candidate.basedOn().equals(inService), candidate.state(), candidate.comment(), candidate.decisions(),
                approvalsRequired, Math.max(0, approvalsRequired - candidate.approvedBy().size()), ValidationSummary.of(report),
                URI.create("/api/v1/rulesets/candidates/" + candidate.version() + "/impact"), URI.create("/api/v1/rulesets/" + candidate.version() + "/report"));
    }

    public Status status() {
        RuleSetRegistry.ActiveRuleSet active = registry.activeWithTime();
        return new Status(active.ruleSet().version(), active.activatedAt(), lastAttempt.get(), watcher != null, folder.root().toString(),
                approvalsRequired, proposals.awaitingApproval().stream().map(this::proposal).toList(), folderProblems.get());
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
                // Files that are only reported (a planted link, an oversized file) leave the version as it was, and are
                // reported all the same.
                if (snapshot.fileProblems().isEmpty() && (snapshot.version().equals(registry.active().version())
                        || proposals.find(snapshot.version()).filter(waiting -> waiting.state() == RuleSetCandidates.State.AWAITING_APPROVAL).isPresent())) {
                    // Back to what serves, or to a change already waiting for approval: nothing new to do or say.
                    folderProblems.set(null);
                    return;
                }
                Attempt attempt = tryActivate(snapshot, ActivatedBy.FOLDER_CHANGE, RULE_FOLDER, "saved in the rule folder", false, true);
                if (attempt.outcome() == Outcome.REFUSED) {
                    folderProblems.set(attempt.report());
                    log.warn("Rule folder change refused; {} stays in service:\n{}", attempt.previousVersion(), attempt.report().toText());
                } else {
                    folderProblems.set(null);
                }
            });
        }
    }

    /**
     * Runs on the change thread only. A valid candidate is written into the rule folder (when asked), then recorded in
     * the history and the change log in one transaction, and only then swapped into service: a failure at any step
     * before the swap leaves the version before in service, the folder as it was, and says so, so no version ever
     * serves unrecorded. The change log's cell-by-cell differences are worked out while the candidate is validated, so
     * they never delay a good change going live. When {@code proposeFirst} and approvals are required, a valid
     * candidate never in service is proposed instead, to wait for them.
     */
    private Attempt tryActivate(RuleSetSnapshot candidate, ActivatedBy by, String actor, String comment, boolean writeFolder,
                                boolean proposeFirst) {
        String previous = registry.active().version();
        RuleSetSnapshot before = activeSnapshot;
        List<FileChange> changed = FileChange.between(before, candidate);
        RuleChangeLog.Action action = switch (by) {
            case ROLLBACK -> RuleChangeLog.Action.ROLLBACK;
            case FOLDER_CHANGE -> RuleChangeLog.Action.FOLDER_CHANGE;
            case STARTUP -> RuleChangeLog.Action.STARTUP;
            case UPLOAD -> RuleChangeLog.Action.ACTIVATION;
        };
        if (candidate.version().equals(previous) && candidate.fileProblems().isEmpty()) {
            Instant at = clock.instant();
            changeLog.record(at, actor, action, RuleChangeLog.Outcome.ALREADY_ACTIVE, previous, previous, comment, List.of());
            return new Attempt(at, by, previous, Outcome.ALREADY_ACTIVE, previous, List.of(), archive.report(previous).orElse(null));
        }
        CompletableFuture<List<ChangedFile>> cells = CompletableFuture.supplyAsync(() -> ChangedFile.between(before, candidate));
        Validation validation = validate(candidate);
        archive.store(candidate, validation.report());
        List<ChangedFile> files = cells.join();
        Instant at = clock.instant();
        if (!validation.report().valid()) {
            Attempt refused = new Attempt(at, by, candidate.version(), Outcome.REFUSED, previous, changed, validation.report());
            lastAttempt.set(refused);
            changeLog.record(at, actor, action, RuleChangeLog.Outcome.REFUSED, candidate.version(), previous, comment, files);
            return refused;
        }
        if (proposeFirst && approvalsRequired > 0 && !archive.wasInService(candidate.version())) {
            proposals.propose(candidate.version(), actor, at, previous, comment);
            if (RULE_FOLDER.equals(actor)) {
                proposals.supersedeOthersProposedBy(RULE_FOLDER, candidate.version());
            }
            changeLog.record(at, actor, action, RuleChangeLog.Outcome.PROPOSED, candidate.version(), previous, comment + " (waits for approval)", files);
            Attempt proposed = new Attempt(at, by, candidate.version(), Outcome.PROPOSED, previous, changed, validation.report());
            lastAttempt.set(proposed);
            log.info("Rule set {} proposed by {}; it waits for {} approval(s) while {} serves", candidate.version(), actor, approvalsRequired, previous);
            return proposed;
        }
        RuleSetSnapshot folderBefore = writeFolder ? folder.readConsistent() : null;
        if (writeFolder) {
            try {
                folder.replaceWith(candidate);
            } catch (RuntimeException notWritten) {
                String reason = putFolderBack(folderBefore, notWritten);
                changeLog.record(at, actor, action, RuleChangeLog.Outcome.NOT_WRITTEN, candidate.version(), previous,
                        comment + " (validated, but could not be written into the rule folder: " + reason + "; nothing changed)", files);
                throw new RuleFolderNotWrittenException(candidate.version(), previous, reason);
            }
        }
        try {
            transactions.executeWithoutResult(transaction -> {
                archive.recordActivation(candidate.version(), at, by, previous, changed, comment);
                changeLog.record(at, actor, action, RuleChangeLog.Outcome.ACTIVATED, candidate.version(), previous, comment, files);
                proposals.close(candidate.version(), RuleSetCandidates.State.ACTIVATED);
            });
        } catch (RuntimeException unrecorded) {
            if (writeFolder) {
                putFolderBack(folderBefore, unrecorded);
            }
            throw unrecorded;
        }
        swapIn(candidate, validation.ruleSet().orElseThrow());
        if (writeFolder) {
            folderProblems.set(null);
        }
        Attempt activated = new Attempt(at, by, candidate.version(), Outcome.ACTIVATED, previous, changed, validation.report());
        lastAttempt.set(activated);
        log.info("Rule set {} in service ({} by {}, after {}), replacing {}", candidate.version(), by, actor, changed, previous);
        return activated;
    }

    /** Puts the rule folder back as it was before a change that did not go into service; says why the change failed. */
    private String putFolderBack(RuleSetSnapshot folderBefore, RuntimeException failure) {
        String reason = failure.getCause() != null ? failure.getCause().toString() : failure.toString();
        log.error("A validated rule set could not be put into service; the rule folder is put back as it was", failure);
        try {
            folder.replaceWith(folderBefore);
        } catch (RuntimeException stillFailing) {
            log.error("Putting the rule folder back failed too; it may hold part of the change", stillFailing);
            reason += "; putting the rule folder back failed too (" + stillFailing.getMessage() + "), so it may hold part of the change";
        }
        return reason;
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
