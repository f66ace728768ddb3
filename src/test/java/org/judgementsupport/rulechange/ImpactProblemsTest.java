package org.judgementsupport.rulechange;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.judgementsupport.impact.CandidateDoesNotCompileException;
import org.judgementsupport.impact.CandidateNotFoundException;
import org.judgementsupport.impact.ImpactPreview;
import org.judgementsupport.system.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

/** Each refusal of an impact preview, as the problem details a caller gets. */
@WebMvcTest(ImpactController.class)
@Import(WebSlice.class)
class ImpactProblemsTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ImpactPreview preview;

    @Test
    void aCandidateNotStoredIsNotFound() throws Exception {
        when(preview.preview(eq("abcdef123456"), any(), anyBoolean())).thenThrow(new CandidateNotFoundException("abcdef123456"));

        mvc.perform(post("/api/v1/rulesets/candidates/abcdef123456/impact").with(user("policy").roles("POLICY")).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().json("""
                        {"type": "/problems/not-found", "title": "No such candidate rule set", "status": 404,
                         "detail": "No rule-set version abcdef123456 is stored. Upload the changed files to POST /api/v1/rulesets/validate first: its report names the candidate's version.",
                         "instance": "/api/v1/rulesets/candidates/abcdef123456/impact"}""", JsonCompareMode.STRICT));
    }

    @Test
    void aCandidateThatDoesNotCompileHasNothingToPreview() throws Exception {
        when(preview.preview(eq("abcdef123456"), any(), anyBoolean())).thenThrow(new CandidateDoesNotCompileException("abcdef1234567890"));

        mvc.perform(post("/api/v1/rulesets/candidates/abcdef123456/impact").with(user("policy").roles("POLICY")).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().json("""
                        {"type": "/problems/invalid-rule-set", "title": "The candidate rule set does not compile", "status": 422,
                         "detail": "Rule-set version abcdef1234567890 does not compile; its validation report (GET /api/v1/rulesets/abcdef1234567890/report) says where. Correct it and validate again.",
                         "instance": "/api/v1/rulesets/candidates/abcdef123456/impact"}""", JsonCompareMode.STRICT));
    }

    @Test
    void aCorpusNotKnownIsAnInvalidParameter() throws Exception {
        mvc.perform(post("/api/v1/rulesets/candidates/abcdef123456/impact?corpus=everything").with(user("policy").roles("POLICY")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"type": "/problems/invalid-parameter", "title": "A request parameter was not accepted", "status": 400,
                         "detail": "Parameter 'corpus' must be stored (every stored judgement) or real-cases (every published Ofsted inspection).",
                         "instance": "/api/v1/rulesets/candidates/abcdef123456/impact",
                         "errors": [{"field": "corpus", "rejectedValue": "everything",
                                     "reason": "must be stored (every stored judgement) or real-cases (every published Ofsted inspection)"}]}""",
                        JsonCompareMode.STRICT));
    }
}
