package org.judgementsupport.moderation;

import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.system.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A consistency report's progress as the API answers it, field for field and in order, at each stage of its run. */
@WebMvcTest(ModerationController.class)
@Import({EvidenceReader.class, WebSlice.class})
@EnableConfigurationProperties(ModerationLimits.class)
class ReportStatusAnswerTest {

    private static final UUID ID = UUID.fromString("0b6a3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d");
    private static final Instant SUBMITTED = Instant.parse("2025-01-15T09:00:00Z");
    private static final Instant ENDED = Instant.parse("2025-01-15T09:00:05Z");
    private static final String START = "{\"id\":\"0b6a3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d\",";
    private static final String WHO = "\"createdAt\":\"2025-01-15T09:00:00Z\",\"submittedBy\":\"moderator\",";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ModerationReports reports;

    @Test
    void aQueuedReportHasJudgedNothing() throws Exception {
        when(reports.status(ID)).thenReturn(Optional.of(new ModerationReports.ReportStatus(ID, 10, 0, SUBMITTED, "moderator", "v1", 0.05,
                new ReportState.Queued())));

        mvc.perform(get("/api/v1/moderation/reports/" + ID).with(user("moderator").roles("MODERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(START + "\"status\":\"QUEUED\",\"cases\":10,\"judged\":0,\"percentDone\":0," + WHO
                        + "\"completedAt\":null,\"ruleSetVersion\":\"v1\",\"similarityThreshold\":0.05,\"error\":null,\"report\":null}"));
    }

    @Test
    void aRunningReportSaysHowFarItHasGot() throws Exception {
        when(reports.status(ID)).thenReturn(Optional.of(new ModerationReports.ReportStatus(ID, 10, 4, SUBMITTED, "moderator", "v1", 0.05,
                new ReportState.Running())));

        mvc.perform(get("/api/v1/moderation/reports/" + ID).with(user("moderator").roles("MODERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(START + "\"status\":\"RUNNING\",\"cases\":10,\"judged\":4,\"percentDone\":40," + WHO
                        + "\"completedAt\":null,\"ruleSetVersion\":\"v1\",\"similarityThreshold\":0.05,\"error\":null,\"report\":null}"));
    }

    @Test
    void aFailedReportSaysWhenAndWhy() throws Exception {
        when(reports.status(ID)).thenReturn(Optional.of(new ModerationReports.ReportStatus(ID, 10, 4, SUBMITTED, "moderator", "v1", 0.05,
                new ReportState.Failed(ENDED, "rule-set version v1 is not in the archive"))));

        mvc.perform(get("/api/v1/moderation/reports/" + ID).with(user("moderator").roles("MODERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(START + "\"status\":\"FAILED\",\"cases\":10,\"judged\":4,\"percentDone\":40," + WHO
                        + "\"completedAt\":\"2025-01-15T09:00:05Z\",\"ruleSetVersion\":\"v1\",\"similarityThreshold\":0.05,"
                        + "\"error\":\"rule-set version v1 is not in the archive\",\"report\":null}"));
    }

    @Test
    void aListOfReportsLeavesTheirContentsOut() throws Exception {
        when(reports.list()).thenReturn(List.of(new ModerationReports.ReportStatus(ID, 10, 10, SUBMITTED, "moderator", "v1", 0.05,
                new ReportState.Complete(ENDED, null))));

        mvc.perform(get("/api/v1/moderation/reports").with(user("moderator").roles("MODERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string("[" + START + "\"status\":\"COMPLETE\",\"cases\":10,\"judged\":10,\"percentDone\":100," + WHO
                        + "\"completedAt\":\"2025-01-15T09:00:05Z\",\"ruleSetVersion\":\"v1\",\"similarityThreshold\":0.05,\"error\":null,"
                        + "\"report\":null}]"));
    }
}
