package org.judgementsupport.moderation;

import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import java.util.UUID;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.system.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

/** Each refusal of the moderation routes, as the problem details a caller gets. */
@WebMvcTest(controllers = ModerationController.class, properties = "judgement-support.moderation.max-cases=2")
@Import({EvidenceReader.class, WebSlice.class})
@EnableConfigurationProperties(ModerationLimits.class)
class ModerationProblemsTest {

    private static final UUID ID = UUID.fromString("0b6a3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d");
    private static final String CASE = """
            {"caseId": "%s", "evidence": {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"}},
             "recordedGrades": {"HELP_AND_PROTECTION": "GOOD"}}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ModerationReports reports;

    @Test
    void aSimilarityThresholdOutsideZeroToOneRefusesTheBatch() throws Exception {
        mvc.perform(post("/api/v1/moderation/reports").with(user("moderator").roles("MODERATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"cases\": [" + CASE.formatted("a") + "], \"similarityThreshold\": 2}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"type": "/problems/invalid-batch", "title": "The moderation batch was not accepted", "status": 400,
                         "detail": "1 problem(s) in the batch; nothing was stored. Correct them and submit the batch again.",
                         "instance": "/api/v1/moderation/reports", "problemCount": 1,
                         "errors": [{"caseId": null, "field": "similarityThreshold",
                                     "reason": "must be from 0 to 1: the distance on the 0-to-1 evidence scale within which cases count as similar"}]}""",
                        JsonCompareMode.STRICT));
    }

    @Test
    void aCaseWithoutAnIdRefusesTheBatchNamingTheCase() throws Exception {
        mvc.perform(post("/api/v1/moderation/reports").with(user("moderator").roles("MODERATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"cases\": [" + CASE.formatted(" ") + "]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"type": "/problems/invalid-batch", "title": "The moderation batch was not accepted", "status": 400,
                         "detail": "1 problem(s) in the batch; nothing was stored. Correct them and submit the batch again.",
                         "instance": "/api/v1/moderation/reports", "problemCount": 1,
                         "errors": [{"caseId": "case 1", "field": "caseId", "reason": "is required: a name for the case, unique in the batch"}]}""",
                        JsonCompareMode.STRICT));
    }

    @Test
    void aBatchOverTheCaseLimitIsTooLarge() throws Exception {
        mvc.perform(post("/api/v1/moderation/reports").with(user("moderator").roles("MODERATOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cases\": [" + CASE.formatted("a") + ", " + CASE.formatted("b") + ", " + CASE.formatted("c") + "]}"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().json("""
                        {"type": "/problems/batch-too-large", "title": "The moderation batch is too large", "status": 413,
                         "detail": "A batch may hold at most 2 cases (judgement-support.moderation.max-cases); this one holds more, so it was not read further and nothing was stored. Split it into batches of at most 2.",
                         "instance": "/api/v1/moderation/reports", "maxCases": 2,
                         "errors": [{"caseId": null, "field": "cases", "reason": "must be at most 2"}]}""", JsonCompareMode.STRICT));
    }

    @Test
    void aReportNotStoredIsNotFound() throws Exception {
        when(reports.status(ID)).thenReturn(Optional.empty());

        mvc.perform(get("/api/v1/moderation/reports/" + ID).with(user("moderator").roles("MODERATOR")))
                .andExpect(status().isNotFound())
                .andExpect(content().json("""
                        {"type": "/problems/not-found", "title": "No such consistency report", "status": 404,
                         "detail": "no consistency report 0b6a3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d",
                         "instance": "/api/v1/moderation/reports/0b6a3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d"}""", JsonCompareMode.STRICT));
    }

    @Test
    void aReportStillRunningCannotBeDownloaded() throws Exception {
        when(reports.status(ID)).thenReturn(Optional.of(new ModerationReports.ReportStatus(ID, 10, 5, WebSlice.NOW, "moderator", "v1", 0.05,
                new ReportState.Running())));

        mvc.perform(get("/api/v1/moderation/reports/" + ID + "/report.json").with(user("moderator").roles("MODERATOR")))
                .andExpect(status().isConflict())
                .andExpect(content().json("""
                        {"type": "/problems/report-not-ready", "title": "The consistency report is not complete", "status": 409,
                         "detail": "the consistency report is running (50% done); ask again shortly",
                         "instance": "/api/v1/moderation/reports/0b6a3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d/report.json"}""", JsonCompareMode.STRICT));
    }
}
