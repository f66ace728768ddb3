package org.judgementsupport.judgement;

import java.util.List;
import java.util.stream.Collectors;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.framework.JudgementArea;

/** The judgement in a few plain sentences, for the top of a report. */
final class JudgementSummary {

    private JudgementSummary() {
    }

    static String write(Judgement judgement) {
        StringBuilder text = new StringBuilder("Provisional judgement for ")
                .append(judgement.localAuthority().name() != null ? judgement.localAuthority().name() + " (" + judgement.localAuthority().code() + ")" : judgement.localAuthority().code())
                .append(" under ").append(judgement.framework().title()).append(". ");
        for (AreaJudgement area : judgement.areas()) {
            text.append(shortTitle(area.area())).append(": ");
            if (area.determined()) {
                text.append(area.grade().ofstedWording());
            } else {
                text.append("not determined")
                        .append(area.highestPossibleGrade() == null ? "" : ", at best " + area.highestPossibleGrade().ofstedWording());
            }
            List<String> movers = area.findings().stream()
                    .filter(finding -> finding.effect() == Effect.INADEQUACY_TRIGGER || finding.effect() == Effect.LIMITS_TO_REQUIRES_IMPROVEMENT)
                    .map(ExplainedFinding::rule)
                    .toList();
            if (!movers.isEmpty()) {
                text.append(" (").append(movers.stream().collect(Collectors.joining("; "))).append(')');
            }
            text.append(". ");
        }
        long concerns = judgement.areas().stream().flatMap(area -> area.findings().stream()).filter(finding -> finding.effect() == Effect.CONCERN).count();
        if (concerns > 0) {
            text.append(concerns).append(concerns == 1 ? " line of enquiry" : " lines of enquiry").append(" against national benchmarks. ");
        }
        text.append(judgement.nextSteps().explanation());
        return text.toString().trim();
    }

    private static String shortTitle(JudgementArea area) {
        return switch (area) {
            case OVERALL_EFFECTIVENESS -> "Overall effectiveness";
            case IMPACT_OF_LEADERS -> "Impact of leaders";
            case HELP_AND_PROTECTION -> "Help and protection";
            case CHILDREN_IN_CARE -> "Children in care";
            case CARE_LEAVERS -> "Care leavers";
            case CHILDREN_IN_CARE_AND_CARE_LEAVERS -> "Children in care and care leavers";
            case CHILDREN_LOOKED_AFTER_AND_ACHIEVING_PERMANENCE -> "Children looked after";
            case ADOPTION_PERFORMANCE -> "Adoption performance";
            case LEADERSHIP_MANAGEMENT_AND_GOVERNANCE -> "Leadership, management and governance";
        };
    }
}
