package org.judgementsupport.rulechange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.judgementsupport.ruleset.RuleSet;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.judgementsupport.ruleset.RuleSetVersions;
import org.judgementsupport.ruleset.RuleView;
import org.judgementsupport.system.RequestValidation;
import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriUtils;

/**
 * Rule-set versions: validate a change, put it into service, see the history and any version's files and rules, and
 * go back to an earlier version.
 */
@RestController
@RequestMapping("/api/v1/rulesets")
class RuleSetController {

    private final RuleSetChanges changes;
    private final RuleSetArchive archive;
    private final RuleSetRegistry registry;
    private final RuleSetVersions versions;
    private final UploadLimits uploadLimits;
    private final RuleChangeLog changeLog;

    RuleSetController(RuleSetChanges changes, RuleSetArchive archive, RuleSetRegistry registry, RuleSetVersions versions,
                      UploadLimits uploadLimits, RuleChangeLog changeLog) {
        this.changeLog = changeLog;
        this.changes = changes;
        this.archive = archive;
        this.registry = registry;
        this.versions = versions;
        this.uploadLimits = uploadLimits;
    }

    /** A version in the history: when it went into service and by what change. */
    record HistoryEntry(String version, Instant activatedAt, ActivatedBy activatedBy, int ruleCount, String previousVersion,
                        List<FileChange> changes, String comment, boolean inService) {
    }

    /** A stored version: its files, its rules, and its validation. */
    record VersionView(String version, Instant firstSeenAt, boolean valid, boolean inService, int ruleCount,
                       List<RuleSetArchive.StoredFile> files, List<RuleView> rules, URI report) {
    }

    @Operation(summary = "Validate changed rule files without putting them into service",
            description = "Multipart: changed files, each named by its path in the rule folder (as the file name or the field name), "
                    + "or one zip of the rule folders; 'remove' lists files to drop. The candidate is kept for preview and activation.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = RuleFileParts.class))))
    @PostMapping(path = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ValidationReport validate(@Parameter(hidden = true) @RequestParam MultiValueMap<String, MultipartFile> files,
                              @Parameter(hidden = true) @RequestParam(name = "remove", required = false) List<String> remove,
                              @Parameter(hidden = true) @RequestParam(name = "comment", required = false) @NotBlank(message = REASON_REQUIRED) @ChangeComment(payload = RequestValidation.Undisclosed.class) String comment, Principal user) {
        String why = comment.trim();
        return changes.validate(RuleSetUpload.candidate(changes.activeSnapshot(), parts(files), orEmpty(remove), uploadLimits), user.getName(), why);
    }

    @Operation(summary = "Validate changed rule files and, if they pass, put them into service",
            description = "Multipart, as for validate: the changed files, the files to remove, and why.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = RuleFileParts.class))))
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> upload(@Parameter(hidden = true) @RequestParam MultiValueMap<String, MultipartFile> files,
                             @Parameter(hidden = true) @RequestParam(name = "remove", required = false) List<String> remove,
                             @Parameter(hidden = true) @RequestParam(name = "comment", required = false) @NotBlank(message = REASON_REQUIRED) @ChangeComment(payload = RequestValidation.Undisclosed.class) String comment, Principal user) {
        String why = comment.trim();
        RuleSetSnapshot candidate = RuleSetUpload.candidate(changes.activeSnapshot(), parts(files), orEmpty(remove), uploadLimits);
        return answer(changes.activate(candidate, ActivatedBy.UPLOAD, user.getName(), why));
    }

    @Operation(summary = "Put a stored version into service again (roll back, no approval needed), or an approved candidate for the first time",
            description = "A candidate needs judgement-support.rule-set.approvals-required approvals (409 approvals-missing until then), and "
                    + "the version it was based on must still be in service (409 stale-candidate otherwise: rebase it).")
    @PostMapping("/{version}/activate")
    ResponseEntity<?> activate(@PathVariable String version,
                               @Parameter(required = true, description = "Why: kept in the change log with who activated it")
                               @RequestParam(name = "comment", required = false) @NotBlank(message = REASON_REQUIRED) @ChangeComment(payload = RequestValidation.Undisclosed.class) String comment, Principal user) {
        String why = comment.trim();
        String resolved = resolve(version);
        return answer(changes.activateStoredVersion(resolved, ActivatedBy.UPLOAD, user.getName(), why)
                .orElseThrow(() -> new VersionNotFoundException(version)));
    }

    @Operation(summary = "Approve a candidate proposed by a colleague, saying why",
            description = "403 own-candidate for its proposer; 409 stale-candidate when another version went into service since it was validated.")
    @PostMapping("/{version}/approvals")
    RuleSetChanges.Proposal approve(@PathVariable String version,
                                    @RequestParam(name = "comment", required = false) @NotBlank(message = DECISION_REASON_REQUIRED) @ChangeComment(payload = RequestValidation.Undisclosed.class) String comment, Principal user) {
        return changes.approve(resolve(version), user.getName(), comment.trim());
    }

    @Operation(summary = "Reject a candidate (or withdraw your own), saying why; it can no longer go into service")
    @PostMapping("/{version}/rejections")
    RuleSetChanges.Proposal reject(@PathVariable String version,
                                   @RequestParam(name = "comment", required = false) @NotBlank(message = DECISION_REASON_REQUIRED) @ChangeComment(payload = RequestValidation.Undisclosed.class) String comment, Principal user) {
        return changes.reject(resolve(version), user.getName(), comment.trim());
    }

    @Operation(summary = "Re-apply a stale candidate's changes on top of the version in service, validated as a new candidate",
            description = "409 rebase-conflict lists the cells (or files) both changed differently; 422 when the result does not validate.")
    @PostMapping("/{version}/rebase")
    ResponseEntity<?> rebase(@PathVariable String version,
                             @RequestParam(name = "comment", required = false) @NotBlank(message = REASON_REQUIRED) @ChangeComment(payload = RequestValidation.Undisclosed.class) String comment, Principal user) {
        return answer(changes.rebase(resolve(version), user.getName(), comment.trim()));
    }

    @Operation(summary = "A candidate: who proposed it, what it was based on, its approvals and validation")
    @GetMapping("/{version}/proposal")
    RuleSetChanges.Proposal proposal(@PathVariable String version) {
        return changes.proposal(resolve(version)).orElseThrow(() -> new VersionNotFoundException(version));
    }

    @Operation(summary = "Every attempt to change the rules, newest first: who, when, why, the outcome, and each file's changed cells or lines")
    @GetMapping("/changes")
    List<RuleChangeLog.Entry> changeLog(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return changeLog.list(Math.max(0, page), Math.min(Math.max(1, size), 500));
    }

    @Operation(summary = "Every version that has been in service, newest first")
    @GetMapping
    List<HistoryEntry> history() {
        String inService = registry.active().version();
        List<HistoryEntry> history = new ArrayList<>();
        for (RuleSetArchive.Activation activation : archive.history()) {
            history.add(new HistoryEntry(activation.version(), activation.activatedAt(), activation.activatedBy(), activation.ruleCount(),
                    activation.previousVersion(), activation.changes(), activation.comment(),
                    history.isEmpty() && activation.version().equals(inService)));
        }
        return history;
    }

    @Operation(summary = "The version in service")
    @GetMapping("/active")
    VersionView active() {
        return view(registry.active().version());
    }

    @Operation(summary = "The version in service, the last attempt to change it and why it was refused, the candidates awaiting "
            + "approval, and the rule folder's problems when it does not validate")
    @GetMapping("/status")
    RuleSetChanges.Status status() {
        return changes.status();
    }

    @Operation(summary = "A stored version: its files, rules and validation; the first 12 characters of the version are enough")
    @GetMapping("/{version}")
    VersionView version(@PathVariable String version) {
        return view(resolve(version));
    }

    @Operation(summary = "A stored version's full validation report")
    @GetMapping("/{version}/report")
    ValidationReport report(@PathVariable String version) {
        return archive.report(resolve(version)).orElseThrow(() -> new VersionNotFoundException(version));
    }

    @Operation(summary = "One file of a stored version, exactly as it was")
    @GetMapping("/{version}/files/**")
    ResponseEntity<byte[]> file(@PathVariable String version, HttpServletRequest request) {
        String prefix = "/api/v1/rulesets/" + version + "/files/";
        String path = UriUtils.decode(request.getRequestURI().substring(request.getRequestURI().indexOf(prefix) + prefix.length()), StandardCharsets.UTF_8);
        byte[] content = archive.file(resolve(version), path).orElseThrow(() -> new VersionNotFoundException(version + "/" + path));
        MediaType type = path.endsWith(".xlsx") ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : MediaType.TEXT_PLAIN;
        return ResponseEntity.ok().contentType(type).body(content);
    }

    private VersionView view(String version) {
        RuleSetArchive.StoredVersion stored = archive.version(version).orElseThrow(() -> new VersionNotFoundException(version));
        List<RuleView> rules = versions.ruleSet(version).map(RuleSet::catalogue).map(RuleView::of).orElse(List.of());
        return new VersionView(stored.version(), stored.firstSeenAt(), stored.valid(), registry.active().version().equals(version),
                stored.ruleCount(), stored.files(), rules, URI.create("/api/v1/rulesets/" + version + "/report"));
    }

    private ResponseEntity<?> answer(RuleSetChanges.Attempt attempt) {
        return switch (attempt.outcome()) {
            case ACTIVATED -> ResponseEntity.created(URI.create("/api/v1/rulesets/" + attempt.version())).body(attempt);
            case ALREADY_ACTIVE -> ResponseEntity.ok(attempt);
            case PROPOSED -> ResponseEntity.accepted().location(URI.create("/api/v1/rulesets/" + attempt.version() + "/proposal")).body(attempt);
            case REFUSED -> {
                ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_ENTITY, ProblemTypes.INVALID_RULE_SET, "The rule set has problems",
                        "The rule set did not validate, so it was not put into service; " + attempt.previousVersion() + " is still in service.");
                problem.setProperty("report", attempt.report());
                yield ResponseEntity.unprocessableEntity().body(problem);
            }
        };
    }

    private String resolve(String version) {
        return archive.resolve(version).orElseThrow(() -> new VersionNotFoundException(version));
    }

    private static List<RuleSetUpload.Part> parts(MultiValueMap<String, MultipartFile> files) {
        List<RuleSetUpload.Part> parts = new ArrayList<>();
        files.forEach((field, uploads) -> uploads.forEach(upload -> {
            try {
                parts.add(new RuleSetUpload.Part(field, upload.getOriginalFilename(), upload.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        return parts;
    }

    /** Every change says why: the comment is kept in the change log with who made it. */
    private static final String REASON_REQUIRED = "is required: say why the rules are changing; it is kept in the change log";
    private static final String DECISION_REASON_REQUIRED = "is required: say why you decide so; it is kept in the change log";

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
