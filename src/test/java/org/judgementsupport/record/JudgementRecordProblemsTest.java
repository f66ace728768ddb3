package org.judgementsupport.record;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.system.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

/** Each refusal of the judgement routes, as the problem details a caller gets. */
@WebMvcTest(JudgementRecordController.class)
@Import({EvidenceReader.class, WebSlice.class})
class JudgementRecordProblemsTest {

    private static final UUID ID = UUID.fromString("7c0f5f3e-2a49-4c1b-9a57-0d3f1c2b8e11");
    private static final String EVIDENCE = """
            {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"}}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RecordedJudgements judgements;

    @MockitoBean
    JudgementSearch search;

    @MockitoBean
    HashChain chain;

    @MockitoBean
    ChainCheckpoints checkpoints;

    @Test
    void aJudgementNotStoredIsNotFound() throws Exception {
        when(judgements.find(ID)).thenReturn(Optional.empty());

        mvc.perform(get("/api/v1/judgements/" + ID).with(user("moderator").roles("MODERATOR")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().json("""
                        {"type": "/problems/not-found", "title": "No such judgement", "status": 404,
                         "detail": "no judgement 7c0f5f3e-2a49-4c1b-9a57-0d3f1c2b8e11 is stored",
                         "instance": "/api/v1/judgements/7c0f5f3e-2a49-4c1b-9a57-0d3f1c2b8e11"}""", JsonCompareMode.STRICT));
    }

    @Test
    void anIdempotencyKeyUsedForOtherEvidenceIsRefused() throws Exception {
        when(judgements.judgeAndRecord(any(), anyString(), anyString())).thenThrow(new IdempotencyKeyReusedException("retry-1"));

        mvc.perform(post("/api/v1/judgements").with(user("inspector").roles("INSPECTOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "retry-1").content(EVIDENCE))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().json("""
                        {"type": "/problems/idempotency-key-reused", "title": "Idempotency key already used", "status": 422,
                         "detail": "the Idempotency-Key 'retry-1' was already used for different evidence; use a new key for new evidence",
                         "instance": "/api/v1/judgements"}""", JsonCompareMode.STRICT));
    }

    @Test
    void anIdempotencyKeyOutsideTheAllowedCharactersIsAnInvalidParameter() throws Exception {
        mvc.perform(post("/api/v1/judgements").with(user("inspector").roles("INSPECTOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", "no spaces").content(EVIDENCE))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"type": "/problems/invalid-parameter", "title": "A request parameter was not accepted", "status": 400,
                         "detail": "Parameter 'Idempotency-Key' must be 1 to 200 characters, each a letter (A to Z), a digit or one of . _ ~ : + / = -, e.g. a UUID; this one is 9 characters.",
                         "instance": "/api/v1/judgements",
                         "errors": [{"field": "Idempotency-Key", "rejectedValue": null,
                                     "reason": "must be 1 to 200 characters, each a letter (A to Z), a digit or one of . _ ~ : + / = -, e.g. a UUID; this one is 9 characters"}]}""",
                        JsonCompareMode.STRICT));
    }

    @Test
    void evidenceWithAFieldOutOfRangeIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/judgements").with(user("inspector").roles("INSPECTOR")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"},
                                 "missingChildren": {"returnInterviewsOfferedPct": 140}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"type": "/problems/invalid-evidence", "title": "The evidence was not accepted", "status": 400,
                         "detail": "One field needs correcting; nothing was evaluated.",
                         "instance": "/api/v1/judgements",
                         "errors": [{"field": "missingChildren.returnInterviewsOfferedPct", "rejectedValue": 140.0,
                                     "reason": "must be a percentage from 0 to 100"}]}""", JsonCompareMode.STRICT));
    }

    @Test
    void anInspectorIsNotShownAnotherInspectorsJudgement() throws Exception {
        when(judgements.find(ID)).thenReturn(Optional.of(new JudgementRecord(1, ID, Instant.parse("2025-01-10T09:00:00Z"), "someone-else",
                "E09000002", LocalDate.of(2024, 5, 13), Framework.ILACS_2023, "v1", null, "{}", "{}", "c", "p", "r")));

        mvc.perform(get("/api/v1/judgements/" + ID).with(user("inspector").roles("INSPECTOR")))
                .andExpect(status().isForbidden())
                .andExpect(content().json("""
                        {"type": "/problems/forbidden", "title": "Not allowed", "status": 403,
                         "detail": "Inspectors read the judgements they requested; this one was requested by someone else.",
                         "instance": "/api/v1/judgements/7c0f5f3e-2a49-4c1b-9a57-0d3f1c2b8e11"}""", JsonCompareMode.STRICT));
    }
}
