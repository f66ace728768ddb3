package org.judgementsupport.moderation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.system.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

/** A JSON batch refused whole: every problem of every case, each naming its case and field, in the order the batch has them. */
@WebMvcTest(ModerationController.class)
@Import({EvidenceReader.class, WebSlice.class})
@EnableConfigurationProperties(ModerationLimits.class)
class ModerationBatchProblemsTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ModerationReports reports;

    @Test
    void everyProblemOfEveryCaseIsListedInTheOrderTheBatchHasThem() throws Exception {
        String evidence = "{\"localAuthority\": {\"code\": \"E09000002\"}, \"inspection\": {\"startDate\": \"2024-05-13\"}}";
        mvc.perform(post("/api/v1/moderation/reports").with(user("moderator").roles("MODERATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"cases": [
                                  "not a case",
                                  {"caseId": 7, "evidence": %1$s, "recordedGrades": {"HELP_AND_PROTECTION": "GOOD"}, "notes": "x"},
                                  {"caseId": "twin", "evidence": %1$s, "recordedGrades": {"CARE_LEAVERS": "Very good"}},
                                  {"caseId": "twin", "evidence": {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"},
                                                                  "workforce": {"caseloadPerSocialWorker": "many"}},
                                   "recordedGrades": {"CARE_LEAVERS": "GOOD"}},
                                  {"caseId": "no evidence", "evidence": [], "recordedGrades": {}},
                                  {"caseId": "%2$s", "evidence": %1$s, "recordedGrades": {"HELP_AND_PROTECTION": "Requires improvement to be good"}},
                                  {"caseId": "right\\u202Eleft", "evidence": %1$s, "recordedGrades": {"HELP_AND_PROTECTION": "GOOD"}}
                                ], "similarityThreshold": "close", "colour": "blue"}""".formatted(evidence, "x".repeat(201))))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"type": "/problems/invalid-batch", "title": "The moderation batch was not accepted", "status": 400,
                         "detail": "12 problem(s) in the batch; nothing was stored. Correct them and submit the batch again.",
                         "instance": "/api/v1/moderation/reports", "problemCount": 12, "errors": [
                           {"caseId": "case 1", "field": "", "reason": "a case must be an object with caseId, evidence and recordedGrades"},
                           {"caseId": "case 2", "field": "caseId", "reason": "is required: a name for the case, unique in the batch"},
                           {"caseId": "case 2", "field": "notes", "reason": "is not part of a case; a case has caseId, evidence and recordedGrades"},
                           {"caseId": "twin", "field": "recordedGrades.CARE_LEAVERS",
                            "reason": "'Very good' is not a grade; use OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT or INADEQUATE"},
                           {"caseId": "twin", "field": "caseId", "reason": "is used by more than one case"},
                           {"caseId": "twin", "field": "evidence.workforce.caseloadPerSocialWorker", "reason": "must be a number"},
                           {"caseId": "no evidence", "field": "recordedGrades",
                            "reason": "is required: at least one area's recorded grade, e.g. {\\"OVERALL_EFFECTIVENESS\\": \\"GOOD\\"}"},
                           {"caseId": "no evidence", "field": "evidence", "reason": "is required: the evidence, as for a judgement"},
                           {"caseId": "case 6", "field": "caseId", "reason": "must be at most 200 characters"},
                           {"caseId": "case 7", "field": "caseId",
                            "reason": "must be plain text: character 6 is U+202E (RIGHT-TO-LEFT OVERRIDE), which is not allowed (control characters, invisible formatting such as bidirectional overrides, and broken characters are refused)"},
                           {"caseId": null, "field": "similarityThreshold", "reason": "is of the wrong type: cases is a list, similarityThreshold a number"},
                           {"caseId": null, "field": "colour", "reason": "is not part of a moderation batch; send cases and optionally similarityThreshold"}]}""", JsonCompareMode.STRICT));
    }


    @Test
    void aSimilarityThresholdThatIsNotANumberFromZeroToOneRefusesACsvBatch() throws Exception {
        MockMultipartFile csv = new MockMultipartFile("file", "batch.csv", "text/csv", """
                caseId,localAuthority.code,inspection.startDate,recorded.HELP_AND_PROTECTION
                A,E09000002,2024-05-13,GOOD
                """.getBytes(StandardCharsets.UTF_8));
        for (String threshold : List.of("NaN", "-0.1", "1.01", "Infinity")) {
            mvc.perform(multipart("/api/v1/moderation/reports").file(csv).param("similarityThreshold", threshold)
                            .with(user("moderator").roles("MODERATOR")).with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().json("""
                            {"type": "/problems/invalid-batch", "title": "The moderation batch was not accepted", "status": 400,
                             "detail": "1 problem(s) in the batch; nothing was stored. Correct them and submit the batch again.",
                             "instance": "/api/v1/moderation/reports", "problemCount": 1,
                             "errors": [{"caseId": null, "field": "similarityThreshold",
                                         "reason": "must be from 0 to 1: the distance on the 0-to-1 evidence scale within which cases count as similar"}]}""",
                            JsonCompareMode.STRICT));
        }
    }
}
