package org.judgementsupport.framework;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The frameworks the service judges under, the dates they cover and the areas they grade. */
@RestController
class FrameworkController {

    record FrameworkView(Framework framework, String title, LocalDate firstStartDate, LocalDate lastStartDate,
                         List<AreaView> gradedAreas, boolean overallEffectiveness) {
    }

    record AreaView(JudgementArea area, String title) {
    }

    @GetMapping("/api/v1/frameworks")
    List<FrameworkView> frameworks() {
        return Arrays.stream(Framework.values())
                .map(framework -> new FrameworkView(framework, framework.title(), framework.firstStartDate(), framework.lastStartDate(),
                        framework.gradedAreas().stream().map(area -> new AreaView(area, area.ofstedTitle())).toList(),
                        framework.hasOverallEffectiveness()))
                .toList();
    }
}
