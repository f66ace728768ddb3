package org.judgementsupport.record;

import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.system.WebSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The chain verification's answer, field for field and in order, whole or broken. */
@WebMvcTest(JudgementRecordController.class)
@Import({EvidenceReader.class, WebSlice.class})
class ChainVerificationAnswerTest {

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
    void aWholeChainSaysHowManyRecordsWereCheckedAndNothingElse() throws Exception {
        when(chain.verify()).thenReturn(new ChainVerification.Intact(42, 3));

        mvc.perform(get("/api/v1/judgements/chain/verification").with(user("moderator").roles("MODERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string("{\"records\":42,\"intact\":true,\"firstBrokenSequence\":null,\"firstBrokenId\":null,\"reason\":null,"
                        + "\"checkpoints\":3,\"contradictedCheckpoint\":null}"));
    }

    @Test
    void aBrokenChainNamesTheFirstRecordThatBreaksItAndWhy() throws Exception {
        UUID id = UUID.fromString("7c0f5f3e-2a49-4c1b-9a57-0d3f1c2b8e11");
        when(chain.verify()).thenReturn(new ChainVerification.Broken(7, 7, id, "its content was changed after it was recorded"));

        mvc.perform(get("/api/v1/judgements/chain/verification").with(user("moderator").roles("MODERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string("{\"records\":7,\"intact\":false,\"firstBrokenSequence\":7,"
                        + "\"firstBrokenId\":\"7c0f5f3e-2a49-4c1b-9a57-0d3f1c2b8e11\",\"reason\":\"its content was changed after it was recorded\","
                        + "\"checkpoints\":null,\"contradictedCheckpoint\":null}"));
    }

    @Test
    void recordsRemovedFromTheEndAreNamedByTheFirstMissingPlace() throws Exception {
        when(chain.verify()).thenReturn(new ChainVerification.Broken(5, 6, null, "the chain should end at record 8: records after 5 were removed"));

        mvc.perform(get("/api/v1/judgements/chain/verification").with(user("moderator").roles("MODERATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string("{\"records\":5,\"intact\":false,\"firstBrokenSequence\":6,\"firstBrokenId\":null,"
                        + "\"reason\":\"the chain should end at record 8: records after 5 were removed\","
                        + "\"checkpoints\":null,\"contradictedCheckpoint\":null}"));
    }
}
