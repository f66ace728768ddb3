package org.judgementsupport.moderation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.judgement.AreaJudgement;
import org.judgementsupport.judgement.ExplainedFinding;
import org.judgementsupport.judgement.Judge;
import org.judgementsupport.ruleset.RuleSet;
import org.judgementsupport.ruleset.RuleSetVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs consistency reports in the background, one at a time in the order they were queued, each with the rule-set
 * version stored with it, recording its progress as it goes; a report a restart interrupted is run again from its
 * stored input once a rule set is in service.
 *
 * <p>Several instances may share one database: each report is claimed by one of them
 * ({@link ModerationReportStore#claimNext}) for a lease it renews while running it. A report whose instance died is
 * claimed by another once the lease has run out, and run again from its stored input.
 */
@Component
class ModerationReportJobs {

    private static final Logger log = LoggerFactory.getLogger(ModerationReportJobs.class);

    private static final TypeReference<List<ModerationReports.StoredCase>> STORED_CASES = new TypeReference<>() {
    };

    private final ModerationReportStore store;
    private final RuleSetVersions versions;
    private final EvidenceReader evidenceReader;
    private final ObjectMapper json;
    private final Clock clock;
    /** How long a claim on a report lasts unless renewed; renewed three times as often, so a busy instance never loses one. */
    private static final Duration LEASE = Duration.ofSeconds(15);

    /** One thread: a report judges every case and compares each with every other, so two at once would only share the cores. */
    private final ThreadPoolTaskExecutor runner = new ThreadPoolTaskExecutor();
    /** This instance, as its claims name it. */
    private final String instance = ProcessHandle.current().pid() + "@" + UUID.randomUUID();
    private final AtomicBoolean lookingForWork = new AtomicBoolean();
    private final TransactionTemplate transactions;

    ModerationReportJobs(ModerationReportStore store, RuleSetVersions versions, EvidenceReader evidenceReader, ObjectMapper json, Clock clock,
                         PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.store = store;
        this.versions = versions;
        this.evidenceReader = evidenceReader;
        this.json = json;
        this.clock = clock;
        runner.setCorePoolSize(1);
        runner.setMaxPoolSize(1);
        runner.setThreadNamePrefix("moderation-reports-");
        runner.setDaemon(true);
        runner.initialize();
    }

    /** A report was queued: look for work now rather than at the next interval. */
    void queue(UUID id) {
        lookForWork();
    }

    /**
     * Runs again any report a restart interrupted, once a rule set is in service; then, every two seconds, any report
     * queued by another instance or left behind by one that died.
     */
    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        lookForWork();
    }

    @Scheduled(initialDelay = 2_000, fixedDelay = 2_000)
    void lookForWork() {
        if (lookingForWork.compareAndSet(false, true)) {
            try {
                runner.execute(this::runWaiting);
            } catch (RuntimeException shuttingDown) {
                lookingForWork.set(false);
            }
        }
    }

    /** Keeps this instance's claims while it runs them. */
    @Scheduled(initialDelay = 5_000, fixedDelay = 5_000)
    void renewClaims() {
        store.renewClaims(instance, clock.instant().plus(LEASE));
    }

    /** On the runner thread: claims and runs reports until none is waiting. */
    private void runWaiting() {
        try {
            while (true) {
                Optional<UUID> next = transactions.execute(status -> store.claimNext(instance, clock.instant(), clock.instant().plus(LEASE)));
                if (next == null || next.isEmpty()) {
                    return;
                }
                run(next.get());
            }
        } finally {
            lookingForWork.set(false);
        }
    }

    /** Stops at once: a report cut short is run again from its stored input at the next start. */
    @PreDestroy
    void stop() {
        runner.shutdown();
    }

    private void run(UUID id) {
        try {
            ModerationReportStore.Job job = store.job(id);
            store.started(id);
            RuleSet ruleSet = versions.ruleSet(job.ruleSetVersion())
                    .orElseThrow(() -> new IllegalStateException("rule-set version " + job.ruleSetVersion() + " is not in the archive"));
            List<ModerationReports.StoredCase> stored = json.readValue(job.input(), STORED_CASES);
            int total = stored.size();
            int step = Math.max(1, total / 100);
            Judge judge = new Judge(ruleSet);
            List<ConsistencyAnalysis.JudgedCase> judged = new ArrayList<>(total);
            for (ModerationReports.StoredCase storedCase : stored) {
                ModerationCase moderationCase = new ModerationCase(storedCase.caseId(),
                        evidenceReader.readStored(json.valueToTree(storedCase.evidence())), storedCase.recordedGrades());
                judged.add(new ConsistencyAnalysis.JudgedCase(moderationCase, judge.judge(moderationCase.evidence())));
                if (judged.size() % step == 0) {
                    store.progressed(id, judged.size());
                }
            }
            ConsistencyReport report = new ConsistencyAnalysis(ruleSet, job.similarityThreshold()).analyse(judged);
            store.completed(id, total, report, casesCsv(judged), clock.instant());
        } catch (Exception failure) {
            log.error("Consistency report {} failed", id, failure);
            store.failed(id, String.valueOf(failure.getMessage()), clock.instant());
        }
    }

    /** One row per case and area with a recorded or provisional grade. */
    private static String casesCsv(List<ConsistencyAnalysis.JudgedCase> cases) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"caseId", "area", "recorded", "provisional", "determined", "highestPossible", "gradesApart", "triggers",
                "limits", "concerns", "strengths", "rulesFired"});
        for (ConsistencyAnalysis.JudgedCase judged : cases) {
            for (AreaJudgement area : judged.judgement().areas()) {
                Grade recorded = judged.moderationCase().recordedGrades().get(area.area());
                String apart = recorded == null || !area.determined() ? "" : Integer.toString(Math.abs(recorded.rank() - area.grade().rank()));
                rows.add(new String[] {judged.id(), area.area().name(), recorded == null ? "" : recorded.name(),
                        area.grade() == null ? "" : area.grade().name(), Boolean.toString(area.determined()),
                        area.highestPossibleGrade() == null ? "" : area.highestPossibleGrade().name(), apart,
                        count(area, Effect.INADEQUACY_TRIGGER), count(area, Effect.LIMITS_TO_REQUIRES_IMPROVEMENT), count(area, Effect.CONCERN),
                        count(area, Effect.STRENGTH), String.join("; ", area.findings().stream().map(ExplainedFinding::rule).toList())});
            }
        }
        return CsvText.write(rows);
    }

    private static String count(AreaJudgement area, Effect effect) {
        return Long.toString(area.findings().stream().filter(finding -> finding.effect() == effect).count());
    }
}
