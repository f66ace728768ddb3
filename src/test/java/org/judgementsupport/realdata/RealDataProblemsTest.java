package org.judgementsupport.realdata;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Optional;
import org.judgementsupport.system.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

/** Each refusal of the real-data routes, as the problem details a caller gets. */
@WebMvcTest(RealDataController.class)
@Import(WebSlice.class)
class RealDataProblemsTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RealDataFolder folder;

    @Test
    void withoutTheStatisticsTheServiceSaysHowToConfigureThem() throws Exception {
        when(folder.data()).thenThrow(new RealDataUnavailableException("No folder of published statistics is configured.", null));

        mvc.perform(get("/api/v1/real-data/corpus").with(user("moderator").roles("MODERATOR")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().json("""
                        {"type": "/problems/real-data-unavailable", "title": "The published statistics are not available", "status": 503,
                         "detail": "No folder of published statistics is configured.", "instance": "/api/v1/real-data/corpus"}""",
                        JsonCompareMode.STRICT));
    }

    @Test
    void anAuthorityWithNothingPublishedBeforeTheDateIsNotFound() throws Exception {
        RealData data = mock(RealData.class);
        when(data.evidence("E09000002", LocalDate.of(2001, 1, 1))).thenReturn(Optional.empty());
        when(folder.data()).thenReturn(data);

        mvc.perform(get("/api/v1/real-data/evidence?localAuthority=E09000002&asOf=2001-01-01").with(user("inspector").roles("INSPECTOR")))
                .andExpect(status().isNotFound())
                .andExpect(content().json("""
                        {"type": "/problems/not-found", "title": "No published figures", "status": 404,
                         "detail": "Nothing is published for E09000002 before 2001-01-01 in the configured statistics.",
                         "instance": "/api/v1/real-data/evidence"}""", JsonCompareMode.STRICT));
    }

    @Test
    void anAuthorityCodeNotInTheOnsFormIsAnInvalidParameter() throws Exception {
        mvc.perform(get("/api/v1/real-data/evidence?localAuthority=Barking&asOf=2023-07-10").with(user("inspector").roles("INSPECTOR")))
                .andExpect(status().isBadRequest())
                .andExpect(content().json("""
                        {"type": "/problems/invalid-parameter", "title": "A request parameter was not accepted", "status": 400,
                         "detail": "Parameter 'localAuthority' must be a local authority's nine-character ONS code, e.g. E09000002.",
                         "instance": "/api/v1/real-data/evidence",
                         "errors": [{"field": "localAuthority", "rejectedValue": "Barking",
                                     "reason": "must be a local authority's nine-character ONS code, e.g. E09000002"}]}""",
                        JsonCompareMode.STRICT));
    }
}
