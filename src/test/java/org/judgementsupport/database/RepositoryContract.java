package org.judgementsupport.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.judgementsupport.record.ChainVerification;
import org.judgementsupport.record.HashChain;
import org.judgementsupport.record.IdempotencyKeyReusedException;
import org.judgementsupport.record.JudgementRecord;
import org.judgementsupport.record.JudgementRecords;
import org.judgementsupport.record.JudgementSearch;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.Inspection;
import org.judgementsupport.evidence.LocalAuthority;
import org.judgementsupport.evidence.MissingChildren;
import org.judgementsupport.judgement.Judge;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.judgement.Judgement;
import org.judgementsupport.moderation.ConsistencyReport;
import org.judgementsupport.moderation.ModerationCase;
import org.judgementsupport.moderation.ModerationReports;
import org.judgementsupport.moderation.ReportState;
import org.judgementsupport.rulechange.RuleSetArchive;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.judgementsupport.ruleset.SourceFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What the stores must do on every database the service supports: the judgement record and its hash chain under
 * concurrent appends, idempotent retries, search, the rule-set archive returning exactly the bytes it was given, and consistency reports.
 * One subclass per database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class RepositoryContract {

    @Autowired
    JudgementRecords records;

    @Autowired
    JudgementSearch search;

    @Autowired
    HashChain chain;

    @Autowired
    RuleSetArchive archive;

    @Autowired
    RuleSetRegistry registry;

    @Autowired
    ModerationReports moderationReports;

    @Test
    void aJudgementIsStoredAndReadBackExactly() {
        Evidence evidence = evidence("E09000002", 45.0);
        Judgement judgement = new Judge(registry.active()).judge(evidence);

        JudgementRecord stored = records.record(evidence, judgement, null, "inspector@example.org").record();
        JudgementRecord found = records.find(stored.id()).orElseThrow();

        assertThat(found).isEqualTo(stored);
        assertThat(found.contentHash()).isEqualTo(found.expectedContentHash());
        assertThat(found.recordedBy()).isEqualTo("inspector@example.org");
    }

    @Test
    void concurrentAppendsKeepTheChainWholeAndInOrder() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Callable<UUID>> appends = new ArrayList<>();
        for (int index = 0; index < 80; index++) {
            double offered = 40 + index % 50;
            appends.add(() -> {
                Evidence evidence = evidence("E08000025", offered);
                return records.record(evidence, new Judge(registry.active()).judge(evidence), null, null).record().id();
            });
        }
        Set<UUID> ids = ConcurrentHashMap.newKeySet();
        for (Future<UUID> append : clients.invokeAll(appends)) {
            ids.add(append.get());
        }
        clients.shutdown();

        // Only what this test appended is counted: anything else using the database may append too.
        assertThat(ids).hasSize(80);
        assertThat(ids.stream().map(id -> records.find(id).orElseThrow().sequenceNumber()).distinct()).hasSize(80);
        ChainVerification verification = chain.verify();
        assertThat(verification).as(verification.toString()).isInstanceOf(ChainVerification.Intact.class);
        assertThat(verification.records()).isGreaterThanOrEqualTo(80);
    }

    @Test
    void concurrentRetriesWithOneIdempotencyKeyStoreOneRecord() throws Exception {
        String key = UUID.randomUUID().toString();
        Evidence evidence = evidence("E06000001", 60.0);
        Judgement judgement = new Judge(registry.active()).judge(evidence);
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Callable<UUID>> retries = new ArrayList<>();
        for (int index = 0; index < 12; index++) {
            retries.add(() -> records.record(evidence, judgement, key, null).record().id());
        }
        Set<UUID> ids = ConcurrentHashMap.newKeySet();
        for (Future<UUID> retry : clients.invokeAll(retries)) {
            ids.add(retry.get());
        }
        clients.shutdown();

        assertThat(ids).hasSize(1);
        List<UUID> storedUnderTheKey = new ArrayList<>();
        records.forEachInOrder(record -> {
            if (key.equals(record.idempotencyKey())) {
                storedUnderTheKey.add(record.id());
            }
        });
        assertThat(storedUnderTheKey).containsExactlyElementsOf(ids);
        assertThatThrownBy(() -> records.record(evidence("E06000001", 61.0), judgement, key, null))
                .isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void anIdempotencyKeyIsTheSendersOwnSoTheSameKeyFromAnotherUserIsAnotherJudgement() {
        String key = UUID.randomUUID().toString();
        Evidence evidence = evidence("E06000002", 60.0);
        Judgement judgement = new Judge(registry.active()).judge(evidence);

        JudgementRecords.Recorded first = records.record(evidence, judgement, key, "first-user");
        JudgementRecords.Recorded second = records.record(evidence, judgement, key, "second-user");
        JudgementRecords.Recorded retry = records.record(evidence, judgement, key, "second-user");

        assertThat(second.alreadyRecorded()).isFalse();
        assertThat(second.record().id()).isNotEqualTo(first.record().id());
        assertThat(second.record().recordedBy()).isEqualTo("second-user");
        assertThat(retry.alreadyRecorded()).isTrue();
        assertThat(retry.record().id()).isEqualTo(second.record().id());
    }

    @Test
    void judgementsAreFoundByAuthorityDatesAndRuleFired() {
        Evidence evidence = evidence("E10000014", 45.0);
        UUID id = records.record(evidence, new Judge(registry.active()).judge(evidence), null, null).record().id();

        List<JudgementSearch.Summary> found = search.find(new JudgementSearch.Criteria("E10000014", LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), null, null, null, "Fewer than half of missing children are offered a return interview", null, 0, 10));

        assertThat(found).extracting(JudgementSearch.Summary::id).contains(id);
    }

    @Test
    void theArchiveReturnsExactlyTheFilesItWasGiven() {
        String version = registry.active().version();

        RuleSetSnapshot stored = archive.snapshot(version).orElseThrow();

        assertThat(stored.version()).isEqualTo(version);
        assertThat(stored.files()).extracting(SourceFile::path).containsAll(registry.active().files().stream().map(SourceFile::path).toList());
        assertThat(stored.files()).isEqualTo(registry.active().files());
        assertThat(archive.history()).extracting(RuleSetArchive.Activation::version).contains(version);
    }

    @Test
    void aConsistencyReportIsStoredWithItsInputAndReadBackWhole() {
        ModerationCase recordedGood = new ModerationCase("case 1", evidence("E10000014", 40.0), Map.of(JudgementArea.HELP_AND_PROTECTION, Grade.GOOD));

        UUID id = moderationReports.submit(List.of(recordedGood), 0.05, "moderator@example.org");

        await().atMost(Duration.ofSeconds(30)).until(() -> moderationReports.status(id).orElseThrow().state() instanceof ReportState.Complete);
        ModerationReports.ReportStatus done = moderationReports.status(id).orElseThrow();
        ConsistencyReport report = ((ReportState.Complete) done.state()).report();
        assertThat(done.ruleSetVersion()).isEqualTo(registry.active().version());
        assertThat(done.submittedBy()).isEqualTo("moderator@example.org");
        assertThat(report.triggersOnGoodOrOutstanding()).extracting(ConsistencyReport.CriteriaAgainstRecord::caseId).containsExactly("case 1");
        assertThat(moderationReports.casesCsv(id)).contains("case 1,HELP_AND_PROTECTION,GOOD");
        assertThat(moderationReports.list()).extracting(ModerationReports.ReportStatus::id).contains(id);
    }

    private static Evidence evidence(String code, double returnInterviewsOffered) {
        return new Evidence(new LocalAuthority(code, null), new Inspection(LocalDate.of(2024, 5, 13), null, null, null),
                null, null, null, new MissingChildren(returnInterviewsOffered, null, null), null, null, null);
    }
}
