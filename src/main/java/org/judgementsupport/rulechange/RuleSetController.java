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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.judgementsupport.ruleset.RuleSet;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.judgementsupport.ruleset.RuleSetVersions;
import org.judgementsupport.ruleset.RuleView;
import org.judgementsupport.system.RequestValidation;
import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(RuleSetController.class);

    private final RuleSetChanges changes;
    private final RuleSetArchive archive;
    private final RuleSetRegistry registry;
    private final RuleSetVersions versions;
    private final UploadLimits uploadLimits;
    private final RuleChangeLog changeLog;

    private final Clock clock;

    RuleSetController(RuleSetChanges changes, RuleSetArchive archive, RuleSetRegistry registry, RuleSetVersions versions,
                      UploadLimits uploadLimits, RuleChangeLog changeLog, Clock clock) {
        this.changeLog = changeLog;
        this.clock = clock;
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
        RuleSetSnapshot inService = changes.activeSnapshot();
        RuleSetSnapshot candidate = RuleSetUpload.candidate(inService, parts(files), orEmpty(remove), uploadLimits);
        return putIntoService(candidate, inService, user.getName(), why, () -> changes.activate(candidate, ActivatedBy.UPLOAD, user.getName(), why));
    }

    @Operation(summary = "Put a stored version into service again (roll back), or a validated candidate for the first time")
    @PostMapping("/{version}/activate")
    ResponseEntity<?> activate(@PathVariable String version,
                               @Parameter(required = true, description = "Why: kept in the change log with who activated it")
                               @RequestParam(name = "comment", required = false) @NotBlank(message = REASON_REQUIRED) @ChangeComment(payload = RequestValidation.Undisclosed.class) String comment, Principal user) {
        String why = comment.trim();
        String resolved = resolve(version);
        boolean wasInService = archive.history().stream().anyMatch(entry -> entry.version().equals(resolved));
        RuleSetSnapshot candidate = archive.snapshot(resolved).orElseThrow(() -> new VersionNotFoundException(version));
        return putIntoService(candidate, changes.activeSnapshot(), user.getName(), why, () -> changes.activateStoredVersion(resolved,
                wasInService ? ActivatedBy.ROLLBACK : ActivatedBy.UPLOAD, user.getName(), why).orElseThrow(() -> new VersionNotFoundException(version)));
    }

    /**
     * Puts a candidate into service. A version goes into service before it is written into the rule folder; if the
     * writing then fails (a full disk, a folder the service may not write), the version would be serving unrecorded
     * in the change log, with the folder out of step. So it is recorded as it happened, the version before is put back
     * (which writes the folder back as it was), and the answer says exactly that.
     */
    private ResponseEntity<?> putIntoService(RuleSetSnapshot candidate, RuleSetSnapshot inService, String actor, String why,
                                             Supplier<RuleSetChanges.Attempt> activation) {
        String previous = registry.active().version();
        try {
            return answer(activation.get());
        } catch (RuntimeException failure) {
            if (candidate.version().equals(previous) || !registry.active().version().equals(candidate.version())) {
                throw failure;
            }
            return notWritten(candidate, inService, previous, actor, why, failure);
        }
    }

    private ResponseEntity<?> notWritten(RuleSetSnapshot candidate, RuleSetSnapshot inService, String previous, String actor, String why,
                                         RuntimeException failure) {
        log.error("Rule set {} went into service but could not be written into the rule folder; putting {} back", candidate.version(), previous, failure);
        String reason = failure.getCause() != null ? failure.getCause().toString() : failure.toString();
        changeLog.record(clock.instant(), actor, RuleChangeLog.Action.ACTIVATION, RuleChangeLog.Outcome.ACTIVATED, candidate.version(), previous,
                why + " (went into service, but could not be written into the rule folder: " + reason + ")", ChangedFile.between(inService, candidate));
        String detail;
        try {
            RuleSetChanges.Attempt back = changes.activateStoredVersion(previous, ActivatedBy.ROLLBACK, actor,
                    "put back automatically: " + candidate.version() + " could not be written into the rule folder").orElseThrow();
            detail = "The rule set validated and went into service, but could not be written into the rule folder (" + reason + "), so "
                    + back.version() + " was put back into service. Both steps are in the history and the change log. Fix the rule folder "
                    + "and send the change again.";
        } catch (RuntimeException stillFailing) {
            log.error("Putting {} back failed too", previous, stillFailing);
            detail = "The rule set validated and went into service as " + candidate.version() + ", but could not be written into the rule folder ("
                    + reason + "), and putting " + previous + " back failed too: " + candidate.version() + " is in service and recorded; the rule "
                    + "folder may hold part of it. Fix the rule folder, then activate the version you want.";
        }
        ProblemDetail problem = Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.RULE_FOLDER_NOT_WRITTEN,
                "The rule set could not be written into the rule folder", detail);
        problem.setProperty("version", candidate.version());
        problem.setProperty("inService", registry.active().version());
        return ResponseEntity.internalServerError().body(problem);
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

    @Operation(summary = "The version in service, the last attempt to change it and why it was refused")
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

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
