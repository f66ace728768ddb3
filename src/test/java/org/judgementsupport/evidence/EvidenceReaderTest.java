package org.judgementsupport.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.judgementsupport.system.FieldProblem;
import org.junit.jupiter.api.Test;

class EvidenceReaderTest {

    private final EvidenceReader reader = EvidenceReader.standalone();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theSmallestAcceptedEvidenceIsTheLocalAuthorityAndStartDate() {
        Evidence evidence = reader.read(json("""
                {"localAuthority": {"code": "E10000014"}, "inspection": {"startDate": "2024-05-13"}}"""));

        assertThat(evidence.localAuthority().code()).isEqualTo("E10000014");
        assertThat(evidence.inspection().startDate()).isEqualTo(LocalDate.of(2024, 5, 13));
        assertThat(evidence.workforce()).isNull();
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsPathValueAndReason() {
        List<FieldProblem> problems = problems("""
                {
                  "localAuthority": {"code": "X123"},
                  "inspection": {"startDate": "2024-05-13", "type": "LONG"},
                  "workforce": {"vacancyRatePct": 140, "caseloadPerSocalWorker": 20, "directorIsInterim": "yes"},
                  "helpAndProtection": {"casesSampled": 10, "casesWithChildrenLeftAtRisk": 12},
                  "leadership": {"openAreasForPriorityAction": 2.5},
                  "surprise": {}
                }""");

        assertThat(problems).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "localAuthority.code", "inspection.type", "workforce.vacancyRatePct", "workforce.caseloadPerSocalWorker",
                "workforce.directorIsInterim", "helpAndProtection.casesWithChildrenLeftAtRisk",
                "leadership.openAreasForPriorityAction", "surprise");
        assertThat(problem(problems, "workforce.caseloadPerSocalWorker").reason()).contains("did you mean 'caseloadPerSocialWorker'");
        assertThat(problem(problems, "workforce.vacancyRatePct").reason()).isEqualTo("must be a percentage from 0 to 100");
        assertThat(problem(problems, "workforce.vacancyRatePct").rejectedValue()).isEqualTo(140.0);
        assertThat(problem(problems, "workforce.directorIsInterim").reason()).isEqualTo("must be true or false");
        assertThat(problem(problems, "inspection.type").reason()).isEqualTo("must be one of SHORT, STANDARD");
        assertThat(problem(problems, "leadership.openAreasForPriorityAction").reason()).isEqualTo("must be a whole number");
        assertThat(problem(problems, "helpAndProtection.casesWithChildrenLeftAtRisk").reason()).contains("not be more than the 10 cases sampled");
        assertThat(problem(problems, "localAuthority.code").reason()).contains("E-code");
    }

    @Test
    void numbersSentAsTextAreRefusedNotGuessed() {
        assertThat(problems("""
                {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"},
                 "missingChildren": {"returnInterviewsOfferedPct": "45"}}"""))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("missingChildren.returnInterviewsOfferedPct");
                    assertThat(problem.reason()).isEqualTo("must be a number");
                });
    }

    @Test
    void theLocalAuthorityAndStartDateAreRequired() {
        assertThat(problems("{}")).extracting(FieldProblem::field).containsExactlyInAnyOrder("localAuthority", "inspection");
        assertThat(problems("""
                {"localAuthority": {"name": "Somewhere"}, "inspection": {}}"""))
                .extracting(FieldProblem::field).containsExactlyInAnyOrder("localAuthority.code", "inspection.startDate");
    }

    @Test
    void aStartDateBeforeAnySupportedFrameworkIsRefusedUnlessAFrameworkIsNamed() {
        assertThat(problems("""
                {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2012-03-01"}}"""))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.field()).isEqualTo("inspection.startDate");
                    assertThat(problem.reason()).startsWith("no framework for that date").contains("2013-11-01", "SIF");
                });
        assertThat(reader.read(json("""
                {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2012-03-01", "framework": "SIF_2013"}}""")))
                .isNotNull();
    }

    @Test
    void anInspectionStartingUnderTheSingleInspectionFrameworkIsAccepted() {
        assertThat(reader.read(json("""
                {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2016-03-01"},
                 "adoption": {"averageDaysToMoveInWithAdoptiveFamily": 487, "practiceQuality": "CONSISTENTLY_EFFECTIVE"}}""")).adoption())
                .isEqualTo(new Adoption(487, null, PracticeQuality.CONSISTENTLY_EFFECTIVE));
    }

    @Test
    void anAdoptionWaitThatIsNotAWaitAnyChildHasHadIsRefused() {
        assertThat(problems("""
                {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2016-03-01"},
                 "adoption": {"averageDaysToMoveInWithAdoptiveFamily": 36500, "averageDaysFromPlacementOrderToMatch": 12.5}}"""))
                .extracting(FieldProblem::field, FieldProblem::reason)
                .containsExactly(
                        tuple("adoption.averageDaysFromPlacementOrderToMatch", "must be a whole number"),
                        tuple("adoption.averageDaysToMoveInWithAdoptiveFamily", "must be a number of days from 0 to 3650 (ten years)"));
    }

    @Test
    void aDateThatIsNotADateIsRefused() {
        assertThat(problems("""
                {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "13/05/2024"}}"""))
                .extracting(FieldProblem::field, FieldProblem::reason)
                .contains(org.assertj.core.groups.Tuple.tuple("inspection.startDate", "must be a date written YYYY-MM-DD, e.g. 2024-05-13"));
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> reader.read(json("[1, 2]"))).isInstanceOf(EvidenceRejectedException.class);
    }

    private List<FieldProblem> problems(String body) {
        EvidenceRejectedException rejected = catchThrowableOfType(EvidenceRejectedException.class, () -> reader.read(json(body)));
        assertThat(rejected).as("evidence refused").isNotNull();
        return rejected.problems();
    }

    private static FieldProblem problem(List<FieldProblem> problems, String field) {
        return problems.stream().filter(problem -> problem.field().equals(field)).findFirst().orElseThrow();
    }

    private JsonNode json(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
