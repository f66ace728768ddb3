package org.judgementsupport.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraints.Range;
import org.judgementsupport.system.FieldProblem;
import org.judgementsupport.system.RequestValidation;

/**
 * What a moderation request carries, each part with the rule it must meet, checked by Bean Validation. A batch is read
 * a case at a time ({@link ModerationBatches}), so each case is made a {@link CaseRequest} as it comes, however wrong
 * it is, and every problem of every case is listed at once.
 */
final class ModerationRequests {

    /** Outside Spring too: batches are read the same way by the service and by tests. */
    private static final Validator CHECKS = Validation.buildDefaultValidatorFactory().getValidator();

    private ModerationRequests() {
    }

    /**
     * One case as sent.
     *
     * @param caseId         the batch's name for the case; null when none was given as text
     * @param recordedGrades the grades recorded, area by area, as written (read by {@link ModerationBatches}); empty when
     *                       none were given as an object
     * @param evidence       the evidence as sent, read as for a judgement; null when none was given as an object
     */
    record CaseRequest(
            @NotNull(message = "is required: a name for the case, unique in the batch") @CaseId String caseId,
            @NotEmpty(message = "is required: at least one area's recorded grade, e.g. \\{\"OVERALL_EFFECTIVENESS\": \"GOOD\"\\}")
            Map<String, JsonNode> recordedGrades,
            @NotNull(message = "is required: the evidence, as for a judgement") ObjectNode evidence) {

        /** The case's parts as the sender wrote them: an id of text (trimmed), grades and evidence as objects. */
        static CaseRequest of(JsonNode entry) {
            JsonNode caseId = entry.path(ModerationBatches.CASE_ID);
            JsonNode grades = entry.path("recordedGrades");
            Map<String, JsonNode> recordedGrades = new LinkedHashMap<>();
            if (grades.isObject()) {
                grades.properties().forEach(grade -> recordedGrades.put(grade.getKey(), grade.getValue()));
            }
            return new CaseRequest(caseId.isTextual() && !caseId.asText().isBlank() ? caseId.asText().trim() : null, recordedGrades,
                    entry.get("evidence") instanceof ObjectNode evidence ? evidence : null);
        }

        List<FieldProblem> problems() {
            return RequestValidation.problems(CHECKS, this);
        }
    }

    /** How a report compares cases: how close evidence must be for cases to count as similar. */
    record ReportSettings(
            @Range(min = 0, max = 1, message = "must be from 0 to 1: the distance on the 0-to-1 evidence scale within which cases count as similar")
            double similarityThreshold) {

        List<FieldProblem> problems() {
            return RequestValidation.problems(CHECKS, this);
        }
    }
}
