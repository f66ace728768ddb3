package org.judgementsupport.rulechange;

import io.swagger.v3.oas.annotations.Operation;
import org.judgementsupport.impact.ImpactCorpus;
import org.judgementsupport.impact.ImpactPreview;
import org.judgementsupport.impact.ImpactReport;
import org.judgementsupport.system.InvalidParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Policy staff see what a candidate rule set would change before it goes live. */
@RestController
class ImpactController {

    private final ImpactPreview preview;

    ImpactController(ImpactPreview preview) {
        this.preview = preview;
    }

    @Operation(summary = "Re-evaluate a corpus under the version in service and a candidate, and compare",
            description = "The candidate is a version validated with POST /api/v1/rulesets/validate (its first 12 characters are enough). "
                    + "corpus=stored re-evaluates every stored judgement; corpus=real-cases every published Ofsted inspection (needs "
                    + "judgement-support.real-data.folder), with practiceFromRecordedGrades=true to fill practice in from Ofsted's grades. "
                    + "Answers per-area transition matrices, the cases whose result changed with the findings that appeared or "
                    + "disappeared, and how each rule's firing changed. Nothing is changed.")
    @PostMapping("/api/v1/rulesets/candidates/{id}/impact")
    ImpactReport impact(@PathVariable String id, @RequestParam(defaultValue = "stored") String corpus,
                        @RequestParam(defaultValue = "false") boolean practiceFromRecordedGrades) {
        ImpactCorpus named = ImpactCorpus.byParameter(corpus).orElseThrow(() -> new InvalidParameterException("corpus", corpus,
                "must be stored (every stored judgement) or real-cases (every published Ofsted inspection)"));
        return preview.preview(id, named, practiceFromRecordedGrades);
    }
}
