package org.judgementsupport.realdata;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.judgementsupport.system.InvalidParameterException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Evidence and moderation cases built from the published statistics in the configured folder. */
@RestController
@RequestMapping("/api/v1/real-data")
class RealDataController {

    private static final Pattern AUTHORITY_CODE = Pattern.compile("E\\d{8}");

    private final RealDataFolder folder;

    RealDataController(RealDataFolder folder) {
        this.folder = folder;
    }

    @Operation(summary = "Evidence for a local authority from the DfE figures published before a date",
            description = "Each indicator is the latest figure public before asOf (an inspection never sees figures not yet published), "
                    + "with its dataset, year and file; figures reported under an authority's old code are found. The inspectors' "
                    + "evaluations of practice are theirs to add before judging.")
    @GetMapping("/evidence")
    RealEvidence evidence(@RequestParam String localAuthority,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        if (!AUTHORITY_CODE.matcher(localAuthority).matches()) {
            throw new InvalidParameterException("localAuthority", localAuthority,
                    "must be a local authority's nine-character ONS code, e.g. E09000002");
        }
        return folder.data().evidence(localAuthority, asOf).orElseThrow(() -> new RealDataNotFoundException(
                "Nothing is published for " + localAuthority + " before " + asOf + " in the configured statistics."));
    }

    @Operation(summary = "Every published Ofsted inspection as a moderation case, ready to submit as a consistency-report batch",
            description = "Evidence is the DfE figures public before each inspection; recorded grades are Ofsted's. With "
                    + "practiceFromRecordedGrades=true each area's evaluation of practice is filled in from Ofsted's grade for it, "
                    + "to see where the criteria would have capped or triggered against Ofsted's own view.")
    @GetMapping("/corpus")
    Corpus corpus(@RequestParam(defaultValue = "false") boolean practiceFromRecordedGrades) {
        return Corpus.of(folder.data().cases(practiceFromRecordedGrades));
    }
}
