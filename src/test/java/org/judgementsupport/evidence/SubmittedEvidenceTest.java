package org.judgementsupport.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.judgementsupport.system.FieldProblem;
import org.junit.jupiter.api.Test;

/**
 * New evidence is held to rules that stored evidence is not: plain text in names, a start date that can be meant
 * (from 2010 to three years after today, by the service's clock), one meaning for every value.
 */
class SubmittedEvidenceTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);

    private final EvidenceReader reader = new EvidenceReader(Validation.buildDefaultValidatorFactory().getValidator(), TODAY);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aStartDateMoreThanThreeYearsAheadOrBefore2010IsRefusedByTheServicesClock() {
        assertThat(problem("{\"code\": \"E09000002\"}", "\"9999-01-01\"").reason()).contains("from 2010-01-01 to 2028-06-01");
        assertThat(problem("{\"code\": \"E09000002\"}", "\"2028-06-02\"").field()).isEqualTo("inspection.startDate");
        assertThat(problem("{\"code\": \"E09000002\"}", "\"2009-12-31\", \"framework\": \"ILACS_2018\"").field()).isEqualTo("inspection.startDate");
        assertThat(reader.read(evidence("{\"code\": \"E09000002\"}", "\"2028-06-01\"")).inspection().startDate()).isEqualTo(LocalDate.of(2028, 6, 1));
    }

    @Test
    void aDateTimeWhereADateIsAskedForIsRefused() {
        EvidenceRejectedException rejected = catchThrowableOfType(() -> reader.read(evidence("{\"code\": \"E09000002\"}",
                "\"2024-05-13T10:15:30\"")), EvidenceRejectedException.class);

        assertThat(rejected).isNotNull();
        assertThat(rejected.problems()).extracting(FieldProblem::field).containsOnly("inspection.startDate");
        assertThat(rejected.problems()).extracting(FieldProblem::reason).contains("must be a date written YYYY-MM-DD, e.g. 2024-05-13");
    }

    @Test
    void aNumberWhereAValueFromAListIsAskedForIsRefusedNotReadAsThatPositionInTheList() {
        FieldProblem problem = only(evidenceWith("\"leadership\": {\"practiceQuality\": 0}"));

        assertThat(problem.field()).isEqualTo("leadership.practiceQuality");
        assertThat(problem.reason()).startsWith("must be one of EXCEPTIONAL");
    }

    @Test
    void namesWithControlCharactersBidirectionalOverridesOrBrokenCharactersAreRefused() {
        for (String name : new String[] {"Barking\\u0000", "Barking\\u0007 and Dagenham", "Barking \\u202Emahnegad", "Hull\\u2066x\\u2069",
                "Zero\\u200Bwidth", "Lone \\uD800 surrogate", "Line\\nbreak"}) {
            FieldProblem problem = problem("{\"code\": \"E09000002\", \"name\": \"" + name + "\"}", "\"2024-05-13\"");
            assertThat(problem.field()).as(name).isEqualTo("localAuthority.name");
            assertThat(problem.reason()).as(name).startsWith("must be plain text: character");
        }
        for (String name : new String[] {"Barking and Dagenham", "Bristol, City of", "St. Helens", "Rhondda Cynon Taf", "Ynys Môn", "Brighton & Hove"}) {
            assertThat(reader.read(evidence("{\"code\": \"E09000002\", \"name\": \"" + name + "\"}", "\"2024-05-13\"")).localAuthority().name())
                    .isEqualTo(name);
        }
    }

    @Test
    void evidenceAcceptedEarlierIsStillReadAfterTheRulesForNewSubmissionsTightened() {
        JsonNode stored = evidence("{\"code\": \"E09000002\", \"name\": \"Barking \\u202Emahnegad\"}", "\"2029-01-01\"");

        Evidence evidence = reader.readStored(stored);

        assertThat(evidence.inspection().startDate()).isEqualTo(LocalDate.of(2029, 1, 1));
        assertThat(evidence.localAuthority().name()).contains("\u202E");
    }

    private FieldProblem problem(String localAuthority, String startDate) {
        return only(evidence(localAuthority, startDate));
    }

    private FieldProblem only(JsonNode evidence) {
        EvidenceRejectedException rejected = catchThrowableOfType(() -> reader.read(evidence), EvidenceRejectedException.class);
        assertThat(rejected).as("refused").isNotNull();
        assertThat(rejected.problems()).hasSize(1);
        return rejected.problems().get(0);
    }

    private JsonNode evidenceWith(String group) {
        return tree("{\"localAuthority\": {\"code\": \"E09000002\"}, \"inspection\": {\"startDate\": \"2024-05-13\"}, " + group + "}");
    }

    private JsonNode evidence(String localAuthority, String startDate) {
        return tree("{\"localAuthority\": " + localAuthority + ", \"inspection\": {\"startDate\": " + startDate + "}}");
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
