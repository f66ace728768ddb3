package org.judgementsupport.rulechange;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.impact.ImpactCorpus;
import org.judgementsupport.impact.ImpactPreview;
import org.judgementsupport.impact.ImpactReport;
import org.judgementsupport.impact.ProvisionalOutcome;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.judgementsupport.ruleset.RuleView;
import org.judgementsupport.system.FieldProblem;
import org.judgementsupport.system.Refusal;
import org.judgementsupport.system.RequestValidation;
import org.judgementsupport.web.FormErrors;
import org.judgementsupport.web.PageController;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Policy staff's pages for the rule set: the version in service and the last attempt to change it, the history with
 * rollback, proposing a change (upload, validation report, impact preview, a colleague's approval or rejection, a
 * rebase when another version went live first, putting it into service), any version's files to download, the rule
 * catalogue and the change log.
 *
 * <p>They live here, not in web, because they call this package's services exactly as {@link RuleSetController} does
 * (putting a version into service goes through the API's own method, so a page can do no more and no less than the
 * API); nothing outside rulechange may depend on it. Refusals become the GOV.UK error summary, and nothing changes.
 */
@Controller
@PageController
@RequestMapping("/rulesets")
class RuleSetPages {

    private static final int CHANGES_PER_PAGE = 20;
    private static final int MAX_SEARCH_LENGTH = 200;
    /** The file input of the upload form; the error summary links to it. */
    private static final String FILES = "files";
    private static final String COMMENT = "comment";
    private static final Map<ProvisionalOutcome, String> OUTCOME_WORDS = Arrays.stream(ProvisionalOutcome.values())
            .collect(Collectors.toMap(Function.identity(), TransitionTable::wording, (first, second) -> first, () -> new EnumMap<>(ProvisionalOutcome.class)));
    private static final Map<String, String> LABELS = Map.of(COMMENT, "Why the rules are changing");
    /** The approval page's three forms, each with its own reason, so the error summary links to the right one. */
    private static final String APPROVE_COMMENT = "approve-comment";
    private static final String REJECT_COMMENT = "reject-comment";
    private static final String REBASE_COMMENT = "rebase-comment";

    /** Why the rules are changing, checked as the API checks its {@code comment} parameter. */
    record ChangeReason(@NotBlank(message = "is required: say why the rules are changing; it is kept in the change log")
                        @ChangeComment(payload = RequestValidation.Undisclosed.class) String comment) {
    }

    /** Why a colleague approves or rejects a change, checked as the API checks its {@code comment} parameter. */
    record DecisionReason(@NotBlank(message = "is required: say why you decide so; it is kept in the change log")
                          @ChangeComment(payload = RequestValidation.Undisclosed.class) String comment) {
    }

    private final RuleSetController api;
    private final RuleSetChanges changes;
    private final RuleSetArchive archive;
    private final RuleChangeLog changeLog;
    private final RuleSetRegistry registry;
    private final ImpactPreview impact;
    private final UploadLimits uploadLimits;
    private final Validator validator;

    RuleSetPages(RuleSetController api, RuleSetChanges changes, RuleSetArchive archive, RuleChangeLog changeLog, RuleSetRegistry registry,
                 ImpactPreview impact, UploadLimits uploadLimits, Validator validator) {
        this.api = api;
        this.changes = changes;
        this.archive = archive;
        this.changeLog = changeLog;
        this.registry = registry;
        this.impact = impact;
        this.uploadLimits = uploadLimits;
        this.validator = validator;
    }

    // The version in service, the last attempt, and the history

    @GetMapping
    String overview(Model model) {
        RuleSetChanges.Status status = changes.status();
        model.addAttribute("status", status);
        RuleSetChanges.Attempt last = status.lastAttempt();
        if (last != null && last.report() != null) {
            model.addAttribute("lastProblems", places(last.report()));
        }
        List<RuleSetArchive.Activation> history = archive.history();
        model.addAttribute("history", history);
        if (status.folderProblems() != null) {
            model.addAttribute("folderProblems", places(status.folderProblems()));
        }
        model.addAttribute("inServiceId", history.isEmpty() || !history.get(0).version().equals(status.activeVersion()) ? -1L : history.get(0).id());
        return "rulesets/overview";
    }

    // Proposing a change

    @GetMapping("/propose")
    String proposeForm(Model model) {
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute(COMMENT, "");
        return "rulesets/propose";
    }

    /**
     * Validates the uploaded files as {@code POST /api/v1/rulesets/validate} does: laid over the version in service,
     * checked, validated and kept as a candidate; nothing goes into service. A refused upload is the form again with
     * the error summary, the comment kept, nothing stored.
     */
    @PostMapping("/propose")
    String propose(HttpServletRequest request, @RequestParam(name = COMMENT, required = false) String comment, Principal user,
                   Model model) {
        FormErrors errors = FormErrors.none();
        reasonProblems(comment).forEach(problem -> errors.add(COMMENT, LABELS.get(COMMENT) + " " + problem.reason()));
        RuleSetSnapshot candidate = null;
        try {
            candidate = RuleSetUpload.candidate(changes.activeSnapshot(), parts(request instanceof MultipartHttpServletRequest multipart ? multipart.getMultiFileMap() : new LinkedMultiValueMap<>()), List.of(), uploadLimits);
        } catch (UploadRejectedException refused) {
            int index = 0;
            for (UploadProblem problem : refused.problems()) {
                errors.add(FILES + "#" + index++, FILES, (problem.file() == null ? "The upload" : problem.file()) + ": " + problem.reason());
            }
        }
        if (errors.any()) {
            model.addAttribute("errors", errors);
            model.addAttribute(COMMENT, comment == null ? "" : comment);
            return "rulesets/propose";
        }
        ValidationReport report = changes.validate(candidate, user.getName(), comment.trim());
        return "redirect:/rulesets/" + report.version() + "/report";
    }

    @GetMapping("/{version}/report")
    Object report(@PathVariable String version, Model model) {
        Optional<String> resolved = archive.resolve(version);
        Optional<ValidationReport> report = resolved.flatMap(archive::report);
        if (report.isEmpty()) {
            return notFound();
        }
        List<ProblemPlace> problems = places(report.get());
        FormErrors errors = FormErrors.none();
        problems.stream().filter(ProblemPlace::error).forEach(problem -> errors.add(problem.id(), problem.id(), problem.summary()));
        report.get().scenarios().failed().forEach(failed -> errors.add("scenario:" + failed.name(), "scenarios",
                "Policy scenario '" + failed.name() + "' (" + failed.file() + ") " + String.join("; ", failed.differences())));
        if (!report.get().monotonicity().violations().isEmpty()) {
            errors.add("monotonicity", "monotonicity", "Better evidence gives a worse grade in " + report.get().monotonicity().violations().size()
                    + " of the steps checked");
        }
        model.addAttribute("report", report.get());
        model.addAttribute("errors", errors);
        model.addAttribute("problems", problems);
        describe(resolved.get(), model);
        return "rulesets/report";
    }

    /** The impact preview of {@code POST /api/v1/rulesets/candidates/{id}/impact}; it changes nothing, so it is a GET. */
    @GetMapping("/{version}/impact")
    Object impact(@PathVariable String version, @RequestParam(defaultValue = "stored") String corpus,
                  @RequestParam(defaultValue = "false") boolean practiceFromRecordedGrades, Model model) {
        Optional<String> resolved = archive.resolve(version);
        if (resolved.isEmpty()) {
            return notFound();
        }
        describe(resolved.get(), model);
        FormErrors errors = FormErrors.none();
        Optional<ImpactCorpus> named = ImpactCorpus.byParameter(corpus);
        model.addAttribute("corpus", named.map(ImpactCorpus::parameter).orElse(ImpactCorpus.STORED.parameter()));
        model.addAttribute("practiceFromRecordedGrades", practiceFromRecordedGrades);
        if (named.isEmpty()) {
            errors.add("corpus", "corpus-stored", "Cases to judge must be the judgements stored or the published Ofsted inspections");
        } else {
            try {
                ImpactReport report = impact.preview(resolved.get(), named.get(), practiceFromRecordedGrades);
                model.addAttribute("impact", report);
                model.addAttribute("tables", report.areas().stream().map(TransitionTable::of).toList());
                model.addAttribute("outcomeWords", OUTCOME_WORDS);
            } catch (Refusal refused) {
                errors.add("", refused.getBody().getDetail());
            }
        }
        model.addAttribute("errors", errors);
        return "rulesets/impact";
    }

    // Putting a version into service: a candidate for the first time, or an earlier version again (a rollback)

    @GetMapping("/{version}/activate")
    Object confirmActivation(@PathVariable String version, Model model) {
        Optional<String> resolved = archive.resolve(version);
        if (resolved.isEmpty()) {
            return notFound();
        }
        describe(resolved.get(), model);
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute(COMMENT, "");
        return "rulesets/activate";
    }

    /**
     * Puts the version into service through {@code POST /api/v1/rulesets/{version}/activate}, validating it again with
     * today's checks; refused, the rule set in service stays and the page says why.
     */
    @PostMapping("/{version}/activate")
    Object activate(@PathVariable String version, @RequestParam(name = COMMENT, required = false) String comment, Principal user, Model model,
                    RedirectAttributes redirect) {
        Optional<String> resolved = archive.resolve(version);
        if (resolved.isEmpty()) {
            return notFound();
        }
        FormErrors errors = FormErrors.none();
        reasonProblems(comment).forEach(problem -> errors.add(COMMENT, LABELS.get(COMMENT) + " " + problem.reason()));
        if (!errors.any()) {
            ResponseEntity<?> answer;
            try {
                answer = api.activate(resolved.get(), comment, user);
            } catch (ApprovalsMissingException | StaleCandidateException | CandidateClosedException refused) {
                errors.add("", plainly(refused));
                describe(resolved.get(), model);
                model.addAttribute("errors", errors);
                model.addAttribute(COMMENT, comment);
                return "rulesets/activate";
            }
            if (answer.getBody() instanceof RuleSetChanges.Attempt attempt) {
                redirect.addFlashAttribute("done", attempt.outcome() == RuleSetChanges.Outcome.ALREADY_ACTIVE
                        ? "Version " + short12(attempt.version()) + " was already in service; nothing changed."
                        : "Version " + short12(attempt.version()) + " is in service, in place of " + short12(attempt.previousVersion()) + ".");
                return "redirect:/rulesets";
            }
            if (answer.getBody() instanceof ProblemDetail problem) {
                errors.add("", problem.getTitle() + ": " + problem.getDetail());
            }
        }
        describe(resolved.get(), model);
        model.addAttribute("errors", errors);
        model.addAttribute(COMMENT, comment == null ? "" : comment);
        return "rulesets/activate";
    }

    // A colleague's approval, a rejection, and a rebase onto the version in service

    /** Where a candidate stands, and the forms to approve, reject or rebase it; the proposer is told a colleague must approve. */
    @GetMapping("/{version}/approve")
    Object approval(@PathVariable String version, Principal user, Model model) {
        Optional<String> resolved = archive.resolve(version);
        Optional<RuleSetChanges.Proposal> proposal = resolved.flatMap(changes::proposal);
        if (proposal.isEmpty()) {
            return notFound();
        }
        return approvalPage(proposal.get(), user, FormErrors.none(), Map.of(), List.of(), model);
    }

    @PostMapping("/{version}/approve")
    Object approve(@PathVariable String version, @RequestParam(name = COMMENT, required = false) String comment, Principal user, Model model,
                   RedirectAttributes redirect) {
        return decide(version, comment, APPROVE_COMMENT, "Why you approve it", user, model, (candidate, why) -> {
            RuleSetChanges.Proposal approved = changes.approve(candidate, user.getName(), why);
            redirect.addFlashAttribute("done", "You approved " + short12(candidate) + ". " + (approved.approvalsMissing() == 0
                    ? "It may now be put into service."
                    : approved.approvalsMissing() + " more " + (approved.approvalsMissing() == 1 ? "approval is" : "approvals are") + " needed."));
            return "redirect:/rulesets/" + candidate + "/approve";
        });
    }

    @PostMapping("/{version}/reject")
    Object reject(@PathVariable String version, @RequestParam(name = COMMENT, required = false) String comment, Principal user, Model model,
                  RedirectAttributes redirect) {
        return decide(version, comment, REJECT_COMMENT, "Why you reject it", user, model, (candidate, why) -> {
            changes.reject(candidate, user.getName(), why);
            redirect.addFlashAttribute("done", "You rejected " + short12(candidate) + "; it can no longer go into service.");
            return "redirect:/rulesets";
        });
    }

    /**
     * Re-applies a stale candidate's changes on top of the version in service as {@code POST /api/v1/rulesets/{version}/rebase}
     * does, then shows the new candidate's validation report; cells both sides changed are listed, and nothing changes.
     */
    @PostMapping("/{version}/rebase")
    Object rebase(@PathVariable String version, @RequestParam(name = COMMENT, required = false) String comment, Principal user, Model model) {
        return decide(version, comment, REBASE_COMMENT, "Why you rebase it", user, model,
                (candidate, why) -> "redirect:/rulesets/" + changes.rebase(candidate, user.getName(), why).version() + "/report");
    }

    /** What the approval page's forms share: the reason checked, the service asked, and its refusal shown on the page. */
    private Object decide(String version, String comment, String field, String label, Principal user, Model model, Decision decision) {
        Optional<String> resolved = archive.resolve(version);
        if (resolved.isEmpty() || changes.proposal(resolved.get()).isEmpty()) {
            return notFound();
        }
        FormErrors errors = FormErrors.none();
        RequestValidation.problems(validator, new DecisionReason(comment)).forEach(problem -> errors.add(field, label + " " + problem.reason()));
        List<RuleSetMerge.Conflict> conflicts = List.of();
        if (!errors.any()) {
            try {
                return decision.make(resolved.get(), comment.trim());
            } catch (RebaseConflictException conflict) {
                conflicts = conflicts(conflict);
                conflicts.forEach(cell -> errors.add("conflict-" + errors.all().size(), "conflicts", "Both changed " + place(cell)
                        + ": " + orNothing(cell.before()) + " became " + orNothing(cell.candidate()) + " in this change and "
                        + orNothing(cell.inService()) + " in the version in service"));
            } catch (Refusal refused) {
                errors.add("", plainly(refused));
            }
        }
        RuleSetChanges.Proposal proposal = changes.proposal(resolved.get()).orElseThrow(() -> new VersionNotFoundException(version));
        return approvalPage(proposal, user, errors, Map.of(field, comment == null ? "" : comment), conflicts, model);
    }

    /** One of the approval page's forms, given the candidate and its reason. */
    @FunctionalInterface
    private interface Decision {
        String make(String candidate, String comment);
    }

    private String approvalPage(RuleSetChanges.Proposal proposal, Principal user, FormErrors errors, Map<String, String> typed,
                                List<RuleSetMerge.Conflict> conflicts, Model model) {
        describe(proposal.version(), model);
        model.addAttribute("proposal", proposal);
        model.addAttribute("proposer", proposal.proposedBy().equals(user.getName()));
        model.addAttribute("activeVersion", registry.active().version());
        model.addAttribute("errors", errors);
        model.addAttribute("conflicts", conflicts);
        model.addAttribute("approvedByYou", proposal.approvals().stream()
                .anyMatch(decision -> decision.verdict() == RuleSetCandidates.Verdict.APPROVED && decision.by().equals(user.getName())));
        model.addAttribute("approveComment", typed.getOrDefault(APPROVE_COMMENT, ""));
        model.addAttribute("rejectComment", typed.getOrDefault(REJECT_COMMENT, ""));
        model.addAttribute("rebaseComment", typed.getOrDefault(REBASE_COMMENT, ""));
        return "rulesets/approve";
    }

    @SuppressWarnings("unchecked")
    private static List<RuleSetMerge.Conflict> conflicts(RebaseConflictException conflict) {
        Map<String, Object> properties = conflict.getBody().getProperties();
        return properties == null ? List.of() : (List<RuleSetMerge.Conflict>) properties.getOrDefault("conflicts", List.of());
    }

    private static String place(RuleSetMerge.Conflict cell) {
        return cell.path() + (cell.sheet() == null ? "" : ", sheet '" + cell.sheet() + "'") + (cell.cell() == null ? "" : ", cell " + cell.cell());
    }

    private static String orNothing(String value) {
        return value == null || value.isEmpty() ? "(empty)" : "'" + value + "'";
    }

    /**
     * A refusal in policy staff's words: who must still approve, or which version went live since. The API's own detail
     * names API addresses, which mean nothing on a page.
     */
    private static String plainly(Refusal refused) {
        Map<String, Object> facts = refused.getBody().getProperties() == null ? Map.of() : refused.getBody().getProperties();
        if (refused instanceof ApprovalsMissingException) {
            Object proposer = facts.get("proposedBy");
            List<?> approvedBy = (List<?>) facts.getOrDefault("approvedBy", List.of());
            Object required = facts.get("approvalsRequired");
            return refused.getBody().getTitle() + ": it needs " + required + (Integer.valueOf(1).equals(required) ? " approval" : " approvals")
                    + " by policy colleagues other than "
                    + (proposer == null ? "its proposer" : proposer) + "; "
                    + (approvedBy.isEmpty() ? "nobody has approved it yet" : "approved so far by " + approvedBy.stream().map(String::valueOf).collect(Collectors.joining(", ")))
                    + ", so " + facts.get("approvalsMissing") + " more must approve it on its approval page before it can go into service.";
        }
        if (refused instanceof StaleCandidateException) {
            return refused.getBody().getTitle() + ": it was made while " + short12((String) facts.get("basedOn")) + " was in service, but "
                    + short12((String) facts.get("inService")) + " has gone into service since. Rebase it onto the version in service first.";
        }
        return refused.getBody().getTitle() + ": " + refused.getBody().getDetail();
    }

    // Any version's files

    @GetMapping("/{version}")
    Object version(@PathVariable String version, Model model) {
        Optional<String> resolved = archive.resolve(version);
        if (resolved.isEmpty()) {
            return notFound();
        }
        describe(resolved.get(), model);
        return "rulesets/version";
    }

    @GetMapping("/{version}/files/**")
    Object file(@PathVariable String version, HttpServletRequest request) {
        String prefix = "/rulesets/" + version + "/files/";
        String uri = request.getRequestURI();
        String path = UriUtils.decode(uri.substring(uri.indexOf(prefix) + prefix.length()), StandardCharsets.UTF_8);
        Optional<byte[]> content = archive.resolve(version).flatMap(resolved -> archive.file(resolved, path));
        if (content.isEmpty()) {
            return notFound();
        }
        MediaType type = path.endsWith(".xlsx") ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : new MediaType("text", "plain", StandardCharsets.UTF_8);
        String name = path.substring(path.lastIndexOf('/') + 1);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content.get());
    }

    /** Every file of a version in one zip, laid out as the rule folder is, to edit and upload again. */
    @GetMapping("/{version}/rule-folder.zip")
    Object zip(@PathVariable String version) {
        Optional<String> resolved = archive.resolve(version);
        Optional<RuleSetSnapshot> snapshot = resolved.flatMap(archive::snapshot);
        if (snapshot.isEmpty()) {
            return notFound();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : snapshot.get().files()) {
                zip.putNextEntry(new ZipEntry(file.path()));
                zip.write(file.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("rule-set-" + short12(resolved.get()) + ".zip")
                        .build().toString())
                .body(bytes.toByteArray());
    }

    // The rule catalogue and the change log

    /** The rules in service, filtered by words in a rule's name, evidence or source, and by area. */
    @GetMapping("/catalogue")
    String catalogue(@RequestParam(defaultValue = "") String search, @RequestParam(defaultValue = "") String area, Model model) {
        FormErrors errors = FormErrors.none();
        String words = search.strip();
        if (words.length() > MAX_SEARCH_LENGTH) {
            errors.add("search", "Search must be at most " + MAX_SEARCH_LENGTH + " characters; this one is " + words.length());
            words = "";
        }
        JudgementArea chosen = null;
        if (!area.isBlank()) {
            try {
                chosen = JudgementArea.valueOf(area);
            } catch (IllegalArgumentException unknown) {
                errors.add("area", "Area must be one of the areas listed");
            }
        }
        List<RuleView> all = RuleView.of(registry.active().catalogue());
        String needle = words.toLowerCase(Locale.ROOT);
        JudgementArea inArea = chosen;
        List<RuleView> shown = all.stream()
                .filter(rule -> inArea == null || rule.area() == inArea)
                .filter(rule -> needle.isEmpty() || searchable(rule).contains(needle))
                .toList();
        model.addAttribute("errors", errors);
        model.addAttribute("search", search.length() > MAX_SEARCH_LENGTH ? "" : search);
        model.addAttribute("area", chosen == null ? "" : chosen.name());
        model.addAttribute("areas", JudgementArea.values());
        model.addAttribute("rules", shown);
        model.addAttribute("total", all.size());
        model.addAttribute("version", registry.active().version());
        return "rulesets/catalogue";
    }

    /** Every attempt to change the rules, newest first, each file's changed cells or lines side by side. */
    @GetMapping("/changes")
    String changeLog(@RequestParam(defaultValue = "1") String page, Model model) {
        int number;
        try {
            number = Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException notANumber) {
            number = 1;
        }
        long total = changeLog.count();
        int pages = (int) Math.max(1, (total + CHANGES_PER_PAGE - 1) / CHANGES_PER_PAGE);
        number = Math.min(number, pages);
        model.addAttribute("entries", changeLog.list(number - 1, CHANGES_PER_PAGE));
        model.addAttribute("page", number);
        model.addAttribute("pages", pages);
        model.addAttribute("total", total);
        return "rulesets/changes";
    }

    private static String searchable(RuleView rule) {
        StringBuilder text = new StringBuilder(rule.name());
        rule.evidence().forEach(use -> text.append(' ').append(use.field()).append(' ').append(use.criterion()));
        if (rule.source() != null) {
            text.append(' ').append(rule.source().text());
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    /** What every page about one version shows: the version, whether it is or was in service, and its report. */
    private void describe(String version, Model model) {
        RuleSetArchive.StoredVersion stored = archive.version(version).orElseThrow(() -> new VersionNotFoundException(version));
        model.addAttribute("version", stored);
        model.addAttribute("inService", registry.active().version().equals(version));
        model.addAttribute("wasInService", archive.history().stream().anyMatch(activation -> activation.version().equals(version)));
        // Only a candidate that still waits for colleagues is offered for approval.
        model.addAttribute("proposal", changes.proposal(version)
                .filter(proposal -> proposal.state() == RuleSetCandidates.State.AWAITING_APPROVAL && proposal.approvalsRequired() > 0).orElse(null));
    }

    private List<FieldProblem> reasonProblems(String comment) {
        return RequestValidation.problems(validator, new ChangeReason(comment));
    }

    private static List<ProblemPlace> places(ValidationReport report) {
        List<ProblemPlace> places = new ArrayList<>();
        IntStream.range(0, report.errors().size()).forEach(index -> places.add(ProblemPlace.of("error-" + (index + 1), report.errors().get(index))));
        IntStream.range(0, report.warnings().size())
                .forEach(index -> places.add(ProblemPlace.of("warning-" + (index + 1), report.warnings().get(index))));
        return places;
    }

    /** The chosen files; a file input left empty still sends a part, with no name and nothing in it, which is no file. */
    private static List<RuleSetUpload.Part> parts(MultiValueMap<String, MultipartFile> files) {
        MultiValueMap<String, MultipartFile> chosen = new LinkedMultiValueMap<>();
        files.forEach((field, uploads) -> uploads.stream()
                .filter(upload -> !(upload.isEmpty() && (upload.getOriginalFilename() == null || upload.getOriginalFilename().isEmpty())))
                .forEach(upload -> chosen.add(field, upload)));
        List<RuleSetUpload.Part> parts = new ArrayList<>();
        chosen.forEach((field, uploads) -> uploads.forEach(upload -> {
            try {
                parts.add(new RuleSetUpload.Part(field, upload.getOriginalFilename(), upload.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        return parts;
    }

    private static ModelAndView notFound() {
        return new ModelAndView("errors/not-found", HttpStatus.NOT_FOUND);
    }

    private static String short12(String version) {
        return version == null ? "" : version.substring(0, Math.min(12, version.length()));
    }
}
