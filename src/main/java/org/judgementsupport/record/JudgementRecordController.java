package org.judgementsupport.record;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.security.Role;
import org.judgementsupport.system.InvalidParameterException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inspectors submit evidence and get a provisional judgement, stored before the answer is sent; moderators find,
 * read, verify and replay stored judgements.
 */
@RestController
@RequestMapping("/api/v1/judgements")
class JudgementRecordController {

    private final EvidenceReader evidenceReader;
    private final RecordedJudgements judgements;
    private final JudgementSearch search;
    private final HashChain chain;
    private final ChainCheckpoints checkpoints;

    JudgementRecordController(EvidenceReader evidenceReader, RecordedJudgements judgements, JudgementSearch search, HashChain chain,
                              ChainCheckpoints checkpoints) {
        this.evidenceReader = evidenceReader;
        this.judgements = judgements;
        this.search = search;
        this.chain = chain;
        this.checkpoints = checkpoints;
    }

    @Operation(summary = "Make and store a provisional judgement from the evidence gathered on a local authority",
            description = "Every group and field is optional except localAuthority.code and inspection.startDate. Missing evidence is "
                    + "reported as a gap; unknown or mistyped fields are refused, all at once. The judgement is stored before the answer "
                    + "is sent. A retry by the same user with the same Idempotency-Key and evidence returns the first judgement, never a second; "
                    + "a key is 1 to 200 letters, digits or . _ ~ : + / = -, e.g. a UUID.")
    @ApiResponse(responseCode = "201", description = "The judgement, stored; Location is its address, Idempotent-Replayed says whether "
            + "it was stored by an earlier request with the same Idempotency-Key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = JudgementAnswer.class)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JsonNode> judge(@io.swagger.v3.oas.annotations.parameters.RequestBody(
                                           content = @Content(schema = @Schema(implementation = Evidence.class))) @RequestBody JsonNode body,
                                   @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                                   Authentication user) {
        String key = idempotencyKey(idempotencyKey);
        JudgementRecords.Recorded recorded = judgements.judgeAndRecord(evidenceReader.read(body), key, user.getName());
        return ResponseEntity.created(URI.create("/api/v1/judgements/" + recorded.record().id()))
                .header("Idempotent-Replayed", Boolean.toString(recorded.alreadyRecorded()))
                .body(RecordedJudgements.view(recorded.record()));
    }

    @Operation(summary = "A stored judgement, as it was made: evidence, result, rule-set version, time, who asked and hash",
            description = "Moderators read any judgement; inspectors the ones they requested.")
    @ApiResponse(responseCode = "200", description = "The judgement as it was made",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = JudgementAnswer.class)))
    @GetMapping("/{id}")
    JsonNode judgement(@PathVariable UUID id, Authentication user) {
        return RecordedJudgements.view(readable(judgements.find(id).orElseThrow(() -> new JudgementNotFoundException(id)), user));
    }

    @Operation(summary = "Find stored judgements by local authority, inspection start dates, framework, grade, rule fired or who asked; "
            + "newest first", description = "Inspectors find only the judgements they requested.")
    @GetMapping
    List<JudgementSearch.Summary> search(@RequestParam(required = false) String localAuthority,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                          @RequestParam(required = false) Framework framework,
                                          @RequestParam(required = false) JudgementArea area,
                                          @RequestParam(required = false) Grade grade,
                                          @RequestParam(required = false) String rule,
                                          @RequestParam(required = false) String recordedBy,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "50") int size,
                                          Authentication user) {
        String askedBy = readsAll(user) ? recordedBy : user.getName();
        return search.find(new JudgementSearch.Criteria(localAuthority, from, to, framework, area, grade, rule, askedBy,
                Math.max(0, page), Math.min(Math.max(1, size), 500)));
    }

    @Operation(summary = "Make a stored judgement again from its stored evidence and rule-set version; it must be identical")
    @PostMapping("/{id}/replay")
    ReplayResult replay(@PathVariable UUID id, Authentication user) {
        readable(judgements.find(id).orElseThrow(() -> new JudgementNotFoundException(id)), user);
        return judgements.replay(id).orElseThrow(() -> new JudgementNotFoundException(id));
    }

    @Operation(summary = "Check the hash chain over every stored judgement, naming the first record that breaks it",
            description = "Also checks the chain against every signed checkpoint: a chain rewritten with every hash recomputed no longer holds "
                    + "the hash a checkpoint signed at its place, and the first checkpoint it contradicts is named.")
    @GetMapping("/chain/verification")
    ChainVerification verifyChain() {
        return chain.verify();
    }

    /** The signed checkpoints, with the public key that checks them. */
    record CheckpointList(ChainCheckpoints.PublicKeyText publicKey, List<Checkpoint> checkpoints) {
    }

    @Operation(summary = "The chain's signed checkpoints, oldest first, with the public key that checks them",
            description = "Each checkpoint is the chain's head (sequence number and hash) signed with Ed25519 by a key the database does not "
                    + "hold; the signature covers the checkpoint's signedText. Keep copies outside the service to check the chain against later.")
    @GetMapping("/chain/checkpoints")
    CheckpointList checkpoints() {
        return new CheckpointList(checkpoints.publicKey(), checkpoints.all());
    }

    @Operation(summary = "Sign the chain's head now",
            description = "201 with the new checkpoint; 200 with the newest one when the head has not moved since; 204 while the chain is empty.")
    @PostMapping("/chain/checkpoints")
    ResponseEntity<Checkpoint> signCheckpoint() {
        Optional<Checkpoint> before = checkpoints.newest();
        Optional<Checkpoint> newest = checkpoints.signHead();
        if (newest.isEmpty()) {
            return ResponseEntity.noContent().build();
        }
        return newest.equals(before) ? ResponseEntity.ok(newest.get()) : ResponseEntity.status(HttpStatus.CREATED).body(newest.get());
    }

    /** Moderators read every judgement; anyone else only those they asked for. */
    private static JudgementRecord readable(JudgementRecord record, Authentication user) {
        if (!readsAll(user) && !user.getName().equals(record.recordedBy())) {
            throw new JudgementOfAnotherInspectorException();
        }
        return record;
    }

    private static boolean readsAll(Authentication user) {
        return user.getAuthorities().stream().anyMatch(authority -> authority.getAuthority().equals(Role.MODERATOR.authority()));
    }

    /**
     * An allowlist, so a key is always something a client generated (a UUID, a ULID, base64) and fits where it is
     * stored; none at all, or a blank one, means the request is not to be deduplicated.
     */
    private static String idempotencyKey(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = value.trim();
        if (!IDEMPOTENCY_KEY.matcher(key).matches()) {
            throw new InvalidParameterException("Idempotency-Key", null, "must be 1 to " + MAX_IDEMPOTENCY_KEY + " characters, each a letter (A to Z), "
                    + "a digit or one of . _ ~ : + / = -, e.g. a UUID; this one is " + key.length() + " characters"
                    + (key.chars().allMatch(c -> c < 128 && !Character.isISOControl(c)) ? "" : " and holds other characters"));
        }
        return key;
    }

    static final int MAX_IDEMPOTENCY_KEY = 200;
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._~:+/=-]{1," + MAX_IDEMPOTENCY_KEY + "}");
}
