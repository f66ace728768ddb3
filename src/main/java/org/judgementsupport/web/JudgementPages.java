package org.judgementsupport.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.judgementsupport.record.JudgementRecord;
import org.judgementsupport.record.JudgementRecords;
import org.judgementsupport.record.JudgementSearch;
import org.judgementsupport.record.RecordedJudgements;
import org.judgementsupport.evidence.Evidence;
import org.judgementsupport.evidence.EvidenceReader;
import org.judgementsupport.evidence.EvidenceRejectedException;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.judgement.Judgement;
import org.judgementsupport.realdata.RealDataFolder;
import org.judgementsupport.realdata.RealEvidence;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Inspectors' pages: the evidence form, the judgement it gives, and the judgements recorded. The form is checked by
 * the API's own evidence validation and judged and stored by the same service as {@code POST /api/v1/judgements};
 * a refusal becomes the GOV.UK error summary, with everything typed kept and nothing stored.
 */
@Controller
class JudgementPages {

    private static final int PAGE_SIZE = 20;

    private final EvidenceReader evidenceReader;
    private final RecordedJudgements judgements;
    private final JudgementSearch search;
    private final RealDataFolder realData;
    private final ObjectMapper json;
    private final TemplateEngine templates;
    private final PdfRenderer pdfs;

    JudgementPages(EvidenceReader evidenceReader, RecordedJudgements judgements, JudgementSearch search, RealDataFolder realData,
                   ObjectMapper json, TemplateEngine templates, PdfRenderer pdfs) {
        this.templates = templates;
        this.pdfs = pdfs;
        this.evidenceReader = evidenceReader;
        this.judgements = judgements;
        this.search = search;
        this.realData = realData;
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    @GetMapping("/judgements/new")
    String form(Model model) {
        return showForm(new HashMap<>(), FormErrors.none(), model);
    }

    /** "Start from the published figures": the form again, filled in from the DfE figures, keeping what was typed. */
    @PostMapping("/judgements/new/prefill")
    String prefilled(@RequestParam Map<String, String> answers, Model model) {
        Map<String, String> kept = new HashMap<>(answers);
        FormErrors errors = FormErrors.none();
        prefill(kept, errors, model);
        return showForm(kept, errors, model);
    }

    @PostMapping("/judgements/new")
    Object submit(@RequestParam Map<String, String> answers, Authentication user, Model model) {
        FormErrors errors = FormErrors.none();
        ObjectNode evidenceJson = EvidenceForm.toJson(answers, errors);
        Evidence evidence;
        try {
            evidence = evidenceReader.read(evidenceJson);
        } catch (EvidenceRejectedException refused) {
            // A date the boxes could not make is already explained; the validation's own word on it would repeat it.
            FormErrors.of(refused.problems(), EvidenceForm.labels()).all().forEach(error -> errors.add(error.field(), error.message()));
            return showForm(answers, errors, model);
        }
        if (errors.any()) {
            return showForm(answers, errors, model);
        }
        String key = answers.get("formKey");
        JudgementRecords.Recorded recorded = judgements.judgeAndRecord(evidence, key == null || key.isBlank() ? null : key, user.getName());
        return "redirect:/judgements/" + recorded.record().id();
    }

    @GetMapping("/judgements/{id}")
    ModelAndView judgement(@PathVariable String id, Authentication user) {
        Optional<JudgementRecord> record = readable(id, user);
        if (record.isEmpty()) {
            return new ModelAndView("errors/not-found", HttpStatus.NOT_FOUND);
        }
        ModelAndView page = new ModelAndView("judgements/judgement");
        page.addObject("record", record.get());
        page.addObject("judgement", judgementOf(record.get()));
        return page;
    }

    /** The judgement as a PDF, made from the same content as its page. */
    @GetMapping("/judgements/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, Authentication user) {
        Optional<JudgementRecord> record = readable(id, user);
        if (record.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Judgement judgement = judgementOf(record.get());
        Context context = new Context(Locale.UK, Map.of("record", record.get(), "judgement", judgement, "words", new Words()));
        byte[] pdf = pdfs.render(templates.process("judgements/pdf", context));
        String name = "provisional-judgement-" + judgement.localAuthority().code() + "-" + judgement.inspectionStartDate() + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(pdf);
    }

    @GetMapping("/judgements")
    String list(@RequestParam(required = false) String localAuthority, @RequestParam(required = false) String framework,
                @RequestParam(defaultValue = "1") int page, Authentication user, Model model) {
        boolean readsAll = PageModel.roles(user).contains("MODERATOR");
        FormErrors errors = FormErrors.none();
        String authority = localAuthority == null || localAuthority.isBlank() ? null : localAuthority.trim().toUpperCase();
        if (authority != null && !authority.matches("E\\d{8}")) {
            errors.add("localAuthority", "Local authority must be an E-code, like E09000002");
            authority = null;
        }
        Framework chosen = null;
        if (framework != null && !framework.isBlank()) {
            try {
                chosen = Framework.valueOf(framework);
            } catch (IllegalArgumentException unknown) {
                errors.add("framework", "Framework must be one of the frameworks listed");
            }
        }
        int current = Math.max(1, Math.min(page, 10_000));
        List<JudgementSearch.Summary> found = search.find(new JudgementSearch.Criteria(authority, null, null, chosen, null, null, null,
                readsAll ? null : user.getName(), current - 1, PAGE_SIZE + 1));
        model.addAttribute("judgements", found.stream().limit(PAGE_SIZE).toList());
        model.addAttribute("page", current);
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        model.addAttribute("readsAll", readsAll);
        model.addAttribute("localAuthority", localAuthority == null ? "" : localAuthority);
        model.addAttribute("framework", framework == null ? "" : framework);
        model.addAttribute("frameworks", EvidenceForm.frameworkChoices());
        model.addAttribute("errors", errors);
        return "judgements/list";
    }

    /** The judgement as stored, read back into its types for the page. */
    Judgement judgementOf(JudgementRecord record) {
        try {
            return json.readValue(record.result(), Judgement.class);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("stored judgement " + record.id() + " cannot be read", unreadable);
        }
    }

    /** A judgement the user may read: any, for a moderator; their own, for an inspector. Others are "not found". */
    Optional<JudgementRecord> readable(String id, Authentication user) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
        boolean readsAll = PageModel.roles(user).contains("MODERATOR");
        return judgements.find(uuid).filter(record -> readsAll || user.getName().equals(record.recordedBy()));
    }

    private String showForm(Map<String, String> answers, FormErrors errors, Model model) {
        model.addAttribute("answers", answers);
        model.addAttribute("errors", errors);
        model.addAttribute("groups", EvidenceForm.all());
        model.addAttribute("practiceChoices", EvidenceForm.practiceChoices());
        model.addAttribute("yesNo", List.of(new EvidenceForm.Choice("true", "Yes"), new EvidenceForm.Choice("false", "No")));
        model.addAttribute("frameworks", EvidenceForm.frameworkChoices());
        model.addAttribute("grades", EvidenceForm.gradeChoices());
        model.addAttribute("formKey", answers.getOrDefault("formKey", UUID.randomUUID().toString()));
        return "judgements/new";
    }

    /** Fills the form from the DfE figures published before the start date, keeping what the inspector already typed. */
    private void prefill(Map<String, String> answers, FormErrors errors, Model model) {
        String code = answers.getOrDefault("localAuthority.code", "").trim().toUpperCase();
        if (!code.matches("E\\d{8}")) {
            errors.add("localAuthority.code", "Local authority code must be an E-code, like E09000002, to start from the published figures");
            return;
        }
        Optional<String> date = EvidenceForm.startDate(answers, errors);
        if (date.isEmpty()) {
            if (!errors.has(EvidenceForm.START_DATE)) {
                errors.add(EvidenceForm.START_DATE, "Enter the inspection start date to start from the figures published before it");
            }
            return;
        }
        Optional<RealEvidence> published;
        try {
            published = realData.data().evidence(code, LocalDate.parse(date.get()));
        } catch (RuntimeException unavailable) {
            model.addAttribute("prefillNotice", "The published figures are not available here: " + unavailable.getMessage());
            return;
        }
        if (published.isEmpty()) {
            model.addAttribute("prefillNotice", "Nothing is published for " + code + " before " + date.get() + ".");
            return;
        }
        Map<String, String> figures = EvidenceForm.answersFor(published.get().evidence());
        figures.forEach(answers::putIfAbsent);
        model.addAttribute("prefillNotice", figures.size() + " answers were filled in from the figures published before " + date.get()
                + ". Check them, and add the inspectors' evaluations of practice.");
    }
}
