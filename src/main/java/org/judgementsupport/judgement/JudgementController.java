package org.judgementsupport.judgement;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.EvidenceReader;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Inspectors submit evidence and get a provisional judgement back. */
@RestController
@RequestMapping("/api/v1/judgements")
class JudgementController {

    private final EvidenceReader evidenceReader;
    private final JudgementService judgements;

    JudgementController(EvidenceReader evidenceReader, JudgementService judgements) {
        this.evidenceReader = evidenceReader;
        this.judgements = judgements;
    }

    @Operation(summary = "Make a provisional judgement from the evidence gathered on a local authority",
            description = "Every group and field is optional except localAuthority.code and inspection.startDate. "
                    + "Missing evidence is reported as a gap; unknown or mistyped fields are refused, all at once.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    Judgement judge(@io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = Evidence.class))) @RequestBody JsonNode body) {
        return judgements.judge(evidenceReader.read(body));
    }
}
