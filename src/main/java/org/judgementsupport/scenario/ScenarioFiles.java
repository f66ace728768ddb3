package org.judgementsupport.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.ruleset.RuleLocation;
import org.judgementsupport.ruleset.RuleSetProblem;
import org.judgementsupport.ruleset.SourceFile;

/**
 * Reads policy scenario files. Each file is a YAML list of cases:
 *
 * <pre>
 * - name: Caseloads of 32 make the impact of leaders inadequate
 *   description: Why policy expects this, in a sentence or two.
 *   evidence:            # exactly as an inspector submits it
 *     localAuthority: {code: E09000002}
 *     inspection: {startDate: 2024-05-13}
 *     workforce: {caseloadPerSocialWorker: 32}
 *   expect:
 *     grades: {IMPACT_OF_LEADERS: INADEQUATE, HELP_AND_PROTECTION: "not determined, at best OUTSTANDING"}
 *     rulesFired: [every criterion expected to fire]
 *     overallRow: the overall-effectiveness row expected to decide (optional)
 *     nextStepsRow: the next-steps row expected to decide (optional)
 *     limitingRow: under the SIF, the limiting-judgements row expected to apply to children looked after (optional)
 * </pre>
 *
 * A case about where to look next gives the published figures as its evidence and adds the authority's history, the
 * trends, and the score and rows expected (its grades are then optional):
 *
 * <pre>
 *   targeting:
 *     previousGrade: REQUIRES_IMPROVEMENT          # optional, as are the months
 *     monthsSinceLastInspection: 40
 *     trends: [{evidence: workforce.caseloadPerSocialWorker, before: 16, after: 19}]
 *   expect:
 *     rulesFired: [every criterion expected to fire]
 *     score: 9
 *     pointsFrom: [every targeting row expected to give points]
 * </pre>
 */
public final class ScenarioFiles {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private record CaseDocument(String name, String description, JsonNode evidence, TargetingDocument targeting, ExpectDocument expect) {
    }

    private record TargetingDocument(Grade previousGrade, Integer monthsSinceLastInspection, List<TargetingGiven.TrendGiven> trends) {
    }

    private record ExpectDocument(Map<JudgementArea, String> grades, List<String> rulesFired, String overallRow, String nextStepsRow,
                                  Integer score, List<String> pointsFrom, String limitingRow) {
    }

    /** The scenarios read, and problems with files or cases that could not be read. */
    public record Suite(List<Scenario> scenarios, List<RuleSetProblem> problems) {
    }

    private ScenarioFiles() {
    }

    public static Suite read(List<SourceFile> files) {
        List<Scenario> scenarios = new ArrayList<>();
        List<RuleSetProblem> problems = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (SourceFile file : files) {
            List<CaseDocument> cases;
            try {
                cases = YAML.readValue(file.content(), YAML.getTypeFactory().constructCollectionType(List.class, CaseDocument.class));
            } catch (IOException unreadable) {
                problems.add(problem(file.path(), unreadable));
                continue;
            }
            for (int index = 0; cases != null && index < cases.size(); index++) {
                CaseDocument document = cases.get(index);
                String where = file.path() + ", case " + (index + 1);
                try {
                    Scenario scenario = toScenario(file.path(), document);
                    String previous = names.putIfAbsent(scenario.name(), where);
                    if (previous != null) {
                        throw new IllegalArgumentException("the name '" + scenario.name() + "' is already used by " + previous);
                    }
                    scenarios.add(scenario);
                } catch (IllegalArgumentException invalid) {
                    problems.add(new RuleSetProblem(RuleSetProblem.Kind.SCENARIO_FILE, RuleLocation.ofFile(file.path()),
                            "case " + (index + 1) + (document.name() == null ? "" : " ('" + document.name() + "')") + ": " + invalid.getMessage()));
                }
            }
        }
        return new Suite(scenarios, problems);
    }

    private static Scenario toScenario(String file, CaseDocument document) {
        if (document.name() == null || document.name().isBlank()) {
            throw new IllegalArgumentException("needs a name");
        }
        if (document.description() == null || document.description().isBlank()) {
            throw new IllegalArgumentException("needs a description saying why policy expects this");
        }
        if (document.evidence() == null) {
            throw new IllegalArgumentException("needs evidence");
        }
        ExpectDocument expect = document.expect();
        boolean aboutTargeting = document.targeting() != null;
        if (expect == null || expect.rulesFired() == null || (!aboutTargeting && (expect.grades() == null || expect.grades().isEmpty()))) {
            throw new IllegalArgumentException("needs expect.grades (at least one area) and expect.rulesFired (an empty list when none should)");
        }
        if (aboutTargeting != (expect.score() != null) || aboutTargeting != (expect.pointsFrom() != null)) {
            throw new IllegalArgumentException("a case about the targeting score gives 'targeting' and expects both 'score' and 'pointsFrom'");
        }
        Map<JudgementArea, ExpectedGrade> grades = new LinkedHashMap<>();
        if (expect.grades() != null) {
            expect.grades().forEach((area, grade) -> grades.put(area, ExpectedGrade.parse(grade)));
        }
        TargetingGiven targeting = null;
        if (aboutTargeting) {
            TargetingDocument given = document.targeting();
            for (TargetingGiven.TrendGiven trend : given.trends() == null ? List.<TargetingGiven.TrendGiven>of() : given.trends()) {
                if (trend == null || trend.evidence() == null || EvidenceField.byPath(trend.evidence()).filter(field -> field.kind() == EvidenceField.Kind.NUMBER).isEmpty()) {
                    throw new IllegalArgumentException("a trend names a numeric evidence field, e.g. {evidence: workforce.caseloadPerSocialWorker, before: 16, after: 19}");
                }
            }
            targeting = new TargetingGiven(given.previousGrade(), given.monthsSinceLastInspection(), given.trends(), expect.score(), expect.pointsFrom());
        }
        return new Scenario(file, document.name().trim(), document.description().trim(), document.evidence(), grades,
                List.copyOf(expect.rulesFired()), expect.overallRow(), expect.nextStepsRow(), targeting, expect.limitingRow());
    }

    private static RuleSetProblem problem(String file, IOException unreadable) {
        if (unreadable instanceof JsonProcessingException json && json.getLocation() != null) {
            JsonLocation location = json.getLocation();
            return new RuleSetProblem(RuleSetProblem.Kind.SCENARIO_FILE, RuleLocation.ofLine(file, location.getLineNr()), json.getOriginalMessage());
        }
        return new RuleSetProblem(RuleSetProblem.Kind.SCENARIO_FILE, RuleLocation.ofFile(file), unreadable.getMessage());
    }
}
