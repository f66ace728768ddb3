package org.judgementsupport.moderation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs consistency reports in the background, one at a time in the order they were queued, each with the rule-set
 * version stored with it, recording its progress as it goes; a report a restart interrupted is run again from its
 * stored input once a rule set is in service.
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
    /** One thread: a report judges every case and compares each with every other, so two at once would only share the cores. */
    private final ThreadPoolTaskExecutor runner = new ThreadPoolTaskExecutor();

    ModerationReportJobs(ModerationReportStore store, RuleSetVersions versions, EvidenceReader evidenceReader, ObjectMapper json, Clock clock) {
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

    void queue(UUID id) {
        runner.execute(() -> run(id));
    }

    /** Runs again any report a restart interrupted, once a rule set is in service. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        List<UUID> interrupted = store.interrupted();
        interrupted.forEach(this::queue);
        if (!interrupted.isEmpty()) {
            log.info("Resuming {} consistency report(s) interrupted by a restart", interrupted.size());
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
