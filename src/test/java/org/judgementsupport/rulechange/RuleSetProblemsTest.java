package org.judgementsupport.rulechange;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.judgementsupport.ruleset.RuleLocation;
import org.judgementsupport.ruleset.RuleSetInvalidException;
import org.judgementsupport.ruleset.RuleSetProblem;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.judgementsupport.ruleset.RuleSetVersions;
import org.judgementsupport.system.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

/** Each refusal of the rule-set routes, as the problem details a caller gets. */
@WebMvcTest(RuleSetController.class)
@Import(WebSlice.class)
@EnableConfigurationProperties(UploadLimits.class)
class RuleSetProblemsTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RuleSetChanges changes;

    @MockitoBean
    RuleSetArchive archive;

    @MockitoBean
    RuleSetRegistry registry;

    @MockitoBean
    RuleSetVersions versions;

    @MockitoBean
    RuleChangeLog changeLog;

    @Test
    void aVersionNotStoredIsNotFound() throws Exception {
        mvc.perform(get("/api/v1/rulesets/abcdef123456").with(user("inspector").roles("INSPECTOR")))
                .andExpect(status().isNotFound())
                .andExpect(content().json("""
                        {"type": "/problems/not-found", "title": "No such rule-set version", "status": 404,
                         "detail": "no rule-set version abcdef123456 is stored (give the full version, or at least its first 12 characters)",
                         "instance": "/api/v1/rulesets/abcdef123456"}""", JsonCompareMode.STRICT));
    }

    @Test
    void aStoredVersionWhoseRulesAreRefusedIsAnInvalidRuleSetWithEachProblemWhereItIs() throws Exception {
        String version = "abcdef1234567890";
        when(archive.resolve("abcdef123456")).thenReturn(Optional.of(version));
        when(archive.version(version)).thenReturn(Optional.of(new RuleSetArchive.StoredVersion(version, WebSlice.NOW, 2, false, List.of())));
        when(versions.ruleSet(version)).thenThrow(new RuleSetInvalidException(List.of(
                new RuleSetProblem(RuleSetProblem.Kind.COMPILE_ERROR, RuleLocation.ofLine("rules/broken.drl", 7), "no viable alternative"),
                RuleSetProblem.warning(RuleSetProblem.Kind.GAP, RuleLocation.ofCell("decision-tables/criteria/concerns.drl.xlsx", "Concerns", "D12"),
                        "nothing fires between 20 and 25"))));

        mvc.perform(get("/api/v1/rulesets/abcdef123456").with(user("inspector").roles("INSPECTOR")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().json("""
                        {"type": "/problems/invalid-rule-set", "title": "The rule set has problems", "status": 422,
                         "detail": "2 problem(s) in the rule set; it was not used.", "instance": "/api/v1/rulesets/abcdef123456",
                         "problems": [{"kind": "COMPILE_ERROR", "location": {"file": "rules/broken.drl", "line": 7},
                                       "message": "no viable alternative", "severity": "ERROR", "error": true},
                                      {"kind": "GAP", "location": {"file": "decision-tables/criteria/concerns.drl.xlsx", "sheet": "Concerns",
                                                                   "cell": "D12", "row": 12},
                                       "message": "nothing fires between 20 and 25", "severity": "WARNING", "error": false}]}""",
                        JsonCompareMode.STRICT));
    }

    @Test
    void aFileThatIsNotARuleFileRefusesTheUpload() throws Exception {
        when(changes.activeSnapshot()).thenReturn(new RuleSetSnapshot(List.of(), List.of()));

        mvc.perform(multipart("/api/v1/rulesets/validate")
                        .file(new MockMultipartFile("rules/notes.txt", "notes.txt", "text/plain", "notes".getBytes(StandardCharsets.UTF_8)))
                        .param("comment", "a note").with(user("policy").roles("POLICY")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"type": "/problems/invalid-upload", "title": "The uploaded files were not accepted", "status": 400,
                         "detail": "The upload was refused before validation (NOT_A_RULE_FILE); nothing was stored.",
                         "instance": "/api/v1/rulesets/validate",
                         "errors": [{"file": "rules/notes.txt", "rule": "NOT_A_RULE_FILE",
                                     "reason": "only rules/**/*.drl, decision-tables/**/*.drl.xlsx and scenarios/**/*.yaml files belong in a rule set"}]}""", JsonCompareMode.STRICT));
    }

    @Test
    void aReasonTooLongToKeepIsRefusedWithoutRepeatingIt() throws Exception {
        mvc.perform(post("/api/v1/rulesets/abcdef123456/activate").param("comment", "x".repeat(2001)).with(user("policy").roles("POLICY")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"type": "/problems/invalid-parameter", "title": "A request parameter was not accepted", "status": 400,
                         "detail": "Parameter 'comment' must be at most 2000 characters; this one is 2001.",
                         "instance": "/api/v1/rulesets/abcdef123456/activate",
                         "errors": [{"field": "comment", "rejectedValue": null, "reason": "must be at most 2000 characters; this one is 2001"}]}""",
                        JsonCompareMode.STRICT));
    }

    @Test
    void aReasonWithHiddenCharactersIsRefusedWithoutRepeatingIt() throws Exception {
        mvc.perform(post("/api/v1/rulesets/abcdef123456/activate").param("comment", "back to 80%\u202E").with(user("policy").roles("POLICY")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comment"))
                .andExpect(jsonPath("$.errors[0].rejectedValue").isEmpty())
                .andExpect(jsonPath("$.errors[0].reason").value(startsWith("must be plain text: character 12 is ")))
                .andExpect(jsonPath("$.errors.length()").value(1));
    }

    @Test
    void aChangeWithoutAReasonIsAnInvalidParameter() throws Exception {
        mvc.perform(post("/api/v1/rulesets/abcdef123456/activate").with(user("policy").roles("POLICY")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"type": "/problems/invalid-parameter", "title": "A request parameter was not accepted", "status": 400,
                         "detail": "Parameter 'comment' is required: say why the rules are changing; it is kept in the change log.",
                         "instance": "/api/v1/rulesets/abcdef123456/activate",
                         "errors": [{"field": "comment", "rejectedValue": null,
                                     "reason": "is required: say why the rules are changing; it is kept in the change log"}]}""",
                        JsonCompareMode.STRICT));
    }
}
