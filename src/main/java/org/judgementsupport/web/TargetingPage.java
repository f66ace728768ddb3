package org.judgementsupport.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.judgementsupport.system.InvalidParameterException;
import org.judgementsupport.targeting.Ranking;
import org.judgementsupport.targeting.RankingCsv;
import org.judgementsupport.targeting.TargetingService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where to look next, as a page: every authority ranked as of a date, each score explained point by point, and the
 * same ranking as a CSV file. The API's ranking, from the same service.
 */
@Controller
class TargetingPage {

    private static final String AS_OF = "asOf";

    private final TargetingService targeting;
    private final Clock clock;

    TargetingPage(TargetingService targeting, Clock clock) {
        this.targeting = targeting;
        this.clock = clock;
    }

    @GetMapping("/targeting")
    String ranking(@RequestParam Map<String, String> query, Model model) {
        Map<String, String> answers = new HashMap<>(query);
        FormErrors errors = FormErrors.none();
        LocalDate asOf = asOf(answers, errors);
        model.addAttribute("errors", errors);
        model.addAttribute("answers", answers);
        if (asOf != null) {
            try {
                Ranking ranking = targeting.ranking(asOf);
                model.addAttribute("ranking", ranking);
            } catch (InvalidParameterException refused) {
                errors.add(AS_OF, "Date " + refused.getMessage());
            } catch (RuntimeException unavailable) {
                model.addAttribute("unavailable", unavailable.getMessage());
            }
        }
        return "targeting";
    }

    @GetMapping("/targeting/ranking.csv")
    ResponseEntity<String> csv(@RequestParam Map<String, String> query) {
        FormErrors errors = FormErrors.none();
        LocalDate asOf = asOf(new HashMap<>(query), errors);
        if (asOf == null) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(errors.any() ? errors.all().get(0).message() : "Give a date");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("where-to-look-next-" + asOf + ".csv").build().toString())
                .contentType(new MediaType("text", "csv"))
                .body(RankingCsv.write(targeting.ranking(asOf)));
    }

    /** The date from {@code asOf=YYYY-MM-DD}, or from the form's three boxes; today when neither is given. */
    private LocalDate asOf(Map<String, String> answers, FormErrors errors) {
        String iso = answers.get(AS_OF);
        if (iso != null && !iso.isBlank()) {
            try {
                LocalDate date = LocalDate.parse(iso.trim());
                answers.put(AS_OF + "-day", String.valueOf(date.getDayOfMonth()));
                answers.put(AS_OF + "-month", String.valueOf(date.getMonthValue()));
                answers.put(AS_OF + "-year", String.valueOf(date.getYear()));
                return date;
            } catch (java.time.format.DateTimeParseException notADate) {
                errors.add(AS_OF, "Date must be a real date, like 1 4 2024");
                return null;
            }
        }
        boolean anyBox = answers.keySet().stream().anyMatch(key -> key.startsWith(AS_OF + "-") && !answers.get(key).isBlank());
        if (!anyBox) {
            LocalDate today = LocalDate.now(clock);
            answers.put(AS_OF + "-day", String.valueOf(today.getDayOfMonth()));
            answers.put(AS_OF + "-month", String.valueOf(today.getMonthValue()));
            answers.put(AS_OF + "-year", String.valueOf(today.getYear()));
            return today;
        }
        return DateBoxes.read(answers, AS_OF, "Date", errors).orElse(null);
    }
}
