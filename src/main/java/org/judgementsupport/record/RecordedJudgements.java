package org.judgementsupport.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.judgement.Judge;
import org.judgementsupport.judgement.Judgement;
import org.judgementsupport.judgement.JudgementService;
import org.judgementsupport.ruleset.RuleSet;
import org.judgementsupport.ruleset.RuleSetVersions;
import org.judgementsupport.system.CanonicalJson;
import org.springframework.stereotype.Service;

/** Judgements made, stored and shown as stored; and stored ones made again to show they reproduce exactly. */
@Service
public class RecordedJudgements {

    private final JudgementService judgements;
    private final JudgementRecords records;
    private final RuleSetVersions versions;
    private final EvidenceReader evidenceReader;
    private final Clock clock;

    public RecordedJudgements(JudgementService judgements, JudgementRecords records, RuleSetVersions versions,
                              EvidenceReader evidenceReader, Clock clock) {
        this.judgements = judgements;
        this.records = records;
        this.versions = versions;
        this.evidenceReader = evidenceReader;
        this.clock = clock;
    }

    /** Judges with the rule set in service and stores the judgement before returning it. */
    public JudgementRecords.Recorded judgeAndRecord(Evidence evidence, String idempotencyKey, String recordedBy) {
        Judgement judgement = judgements.judge(evidence);
        return records.record(evidence, judgement, idempotencyKey, recordedBy);
    }

    public Optional<JudgementRecord> find(UUID id) {
        return records.find(id);
    }

    /** The record as the API shows it: the judgement as stored, with its identity, time, author, hash and evidence. */
    public static JsonNode view(JudgementRecord record) {
        ObjectNode view = (ObjectNode) CanonicalJson.tree(record.result());
        view.put("id", record.id().toString());
        view.put("recordedAt", record.recordedAt().toString());
        view.put("recordedBy", record.recordedBy());
        view.put("recordHash", record.recordHash());
        view.set("evidence", CanonicalJson.tree(record.evidence()));
        return view;
    }

    /** Makes the stored judgement again from its stored evidence and rule-set version, and compares. */
    public Optional<ReplayResult> replay(UUID id) {
        return records.find(id).map(record -> {
            RuleSet ruleSet = versions.ruleSet(record.ruleSetVersion())
                    .orElseThrow(() -> new IllegalStateException("rule-set version " + record.ruleSetVersion() + " is not in the archive"));
            Evidence evidence = evidenceReader.readStored(CanonicalJson.tree(record.evidence()));
            String again = CanonicalJson.write(new Judge(ruleSet).judge(evidence));
            List<String> differences = new ArrayList<>();
            differences(CanonicalJson.tree(record.result()), CanonicalJson.tree(again), "$", differences);
            return new ReplayResult(record.id(), record.ruleSetVersion(), again.equals(record.result()), differences, clock.instant());
        });
    }

    private static void differences(JsonNode stored, JsonNode again, String path, List<String> found) {
        if (stored.equals(again)) {
            return;
        }
        if (stored.isObject() && again.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = stored.properties().iterator(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                differences(field.getValue(), again.path(field.getKey()), path + "." + field.getKey(), found);
            }
            again.properties().stream().filter(field -> !stored.has(field.getKey())).forEach(field -> found.add(path + "." + field.getKey()));
        } else if (stored.isArray() && again.isArray() && stored.size() == again.size()) {
            for (int index = 0; index < stored.size(); index++) {
                differences(stored.get(index), again.get(index), path + "[" + index + "]", found);
            }
        } else {
            found.add(path);
        }
    }
}
