package org.judgementsupport.targeting;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Where to look next: every authority ranked as of a date, as JSON or as a CSV download. */
@RestController
@RequestMapping("/api/v1/targeting")
class TargetingController {

    private final TargetingService targeting;

    TargetingController(TargetingService targeting) {
        this.targeting = targeting;
    }

    @Operation(summary = "Every English local authority ranked by how likely its next inspection is to find it less than good",
            description = "Only figures and inspections published before asOf are used. Each authority has its score (higher = more "
                    + "likely to be found less than good), each point with the row of the targeting score table that gave it, the "
                    + "concerns the criteria raise on its figures, what got worse since the year before, its last inspection and its "
                    + "statistical neighbours' scores. A ranking of where to look first, not a grade.")
    @GetMapping
    Ranking ranking(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return targeting.ranking(asOf);
    }

    @Operation(summary = "The same ranking as a CSV file, one row per authority")
    @GetMapping(value = "/ranking.csv", produces = "text/csv")
    ResponseEntity<String> rankingCsv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"where-to-look-next-" + asOf + ".csv\"")
                .contentType(new MediaType("text", "csv"))
                .body(RankingCsv.write(targeting.ranking(asOf)));
    }
}
