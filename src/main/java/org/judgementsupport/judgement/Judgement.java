package org.judgementsupport.judgement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.judgementsupport.evidence.LocalAuthority;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.JudgementArea;

/**
 * A provisional judgement: what the criteria say the evidence supports, for inspectors to weigh, never a final
 * grade.
 *
 * @param provisional         always true: a decision-support result, not Ofsted's judgement
 * @param localAuthority      who it is about
 * @param inspectionStartDate when the inspection starts
 * @param framework           the framework judged under
 * @param frameworkChosenBy   whether the framework followed from the start date or was named in the evidence
 * @param ruleSetVersion      the content hash of the rule set that made it; re-running with that version reproduces it
 * @param areas               every graded area of the framework, overall effectiveness first where there is one
 * @param nextSteps           what happens after the inspection
 * @param summary             the judgement in a few plain sentences
 * @param notices             things the inspector should know about how the evidence was read
 */
public record Judgement(
        boolean provisional,
        LocalAuthority localAuthority,
        LocalDate inspectionStartDate,
        Framework framework,
        FrameworkChoice frameworkChosenBy,
        String ruleSetVersion,
        List<AreaJudgement> areas,
        NextSteps nextSteps,
        String summary,
        List<String> notices) {

    /** How the framework was chosen. */
    public enum FrameworkChoice { START_DATE, NAMED_IN_EVIDENCE }

    /** The judgement of one area, if the framework grades it. */
    public Optional<AreaJudgement> area(JudgementArea area) {
        return areas.stream().filter(candidate -> candidate.area() == area).findFirst();
    }
}
