package org.judgementsupport.record;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.judgement.Judgement;

/**
 * The answer to a judgement request and to reading a stored judgement, as the API documentation shows it: the
 * judgement's own fields, and the record's. {@link RecordedJudgements#view} writes it; a test holds the two to the same
 * fields.
 *
 * @param judgement  the provisional judgement
 * @param id         the stored judgement's id, for reading it again and replaying it
 * @param recordedAt when it was stored
 * @param recordedBy who asked for it
 * @param recordHash this record's link in the hash chain: the hash of its content and of the record before it
 * @param evidence   the evidence as it was read, with what was derived from it
 */
@Schema(name = "JudgementAnswer", description = "A provisional judgement as stored: the judgement, the evidence it was made from, who asked and when")
record JudgementAnswer(@JsonUnwrapped Judgement judgement, UUID id, Instant recordedAt, String recordedBy, String recordHash, Evidence evidence) {
}
