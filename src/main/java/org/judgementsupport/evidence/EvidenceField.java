package org.judgementsupport.evidence;

import static org.judgementsupport.evidence.EvidenceField.Better.HIGHER;
import static org.judgementsupport.evidence.EvidenceField.Better.LOWER;
import static org.judgementsupport.evidence.EvidenceField.Better.NEITHER;
import static org.judgementsupport.evidence.EvidenceField.Kind.NUMBER;
import static org.judgementsupport.evidence.EvidenceField.Kind.PRACTICE_QUALITY;
import static org.judgementsupport.evidence.EvidenceField.Kind.YES_NO;
import static org.judgementsupport.framework.JudgementArea.ADOPTION_PERFORMANCE;
import static org.judgementsupport.framework.JudgementArea.CARE_LEAVERS;
import static org.judgementsupport.framework.JudgementArea.CHILDREN_IN_CARE;
import static org.judgementsupport.framework.JudgementArea.HELP_AND_PROTECTION;
import static org.judgementsupport.framework.JudgementArea.IMPACT_OF_LEADERS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.judgementsupport.framework.JudgementArea;

/**
 * Every piece of evidence rules can see, by its JSON path: what it is called, its unit, which way is better, and which
 * judgement area it informs. Criteria name these paths; explanations and evidence gaps use the labels.
 */
public enum EvidenceField {
    CASELOAD_PER_SOCIAL_WORKER("workforce.caseloadPerSocialWorker", "Caseload per case-holding social worker", Unit.CASES, NUMBER, LOWER, IMPACT_OF_LEADERS),
    VACANCY_RATE("workforce.vacancyRatePct", "Social worker vacancy rate", Unit.PERCENT, NUMBER, LOWER, IMPACT_OF_LEADERS),
    AGENCY_RATE("workforce.agencyRatePct", "Agency social worker rate", Unit.PERCENT, NUMBER, LOWER, IMPACT_OF_LEADERS),
    TURNOVER_RATE("workforce.turnoverRatePct", "Social worker turnover rate", Unit.PERCENT, NUMBER, LOWER, IMPACT_OF_LEADERS),
    SUPERVISION_UP_TO_DATE("workforce.supervisionUpToDatePct", "Social workers whose supervision is up to date", Unit.PERCENT, NUMBER, HIGHER, IMPACT_OF_LEADERS),
    DIRECTOR_CHANGES("workforce.directorChangesLast12Months", "Changes of director of children's services in the last 12 months", Unit.COUNT, NUMBER, LOWER, IMPACT_OF_LEADERS),
    DIRECTOR_IS_INTERIM("workforce.directorIsInterim", "The director of children's services is interim", Unit.NONE, YES_NO, LOWER, IMPACT_OF_LEADERS),

    LEADERS_KNOW_WEAKNESSES("leadership.leadersKnowTheirWeaknesses", "Leaders know their services' weaknesses", Unit.NONE, YES_NO, HIGHER, IMPACT_OF_LEADERS),
    EXPLOITATION_STRATEGY("leadership.exploitationStrategyInPlace", "A strategy for tackling the exploitation of children is in place", Unit.NONE, YES_NO, HIGHER, IMPACT_OF_LEADERS),
    OPEN_PRIORITY_ACTIONS("leadership.openAreasForPriorityAction", "Open areas for priority action", Unit.COUNT, NUMBER, LOWER, IMPACT_OF_LEADERS),
    HOMES_WITHOUT_REGISTERED_MANAGER("leadership.childrensHomesWithoutRegisteredManager26Weeks", "Children's homes without a registered manager for 26 weeks or more", Unit.COUNT, NUMBER, LOWER, IMPACT_OF_LEADERS),
    LEADERSHIP_PRACTICE("leadership.practiceQuality", "Inspectors' evaluation of leaders' impact on practice", Unit.NONE, PRACTICE_QUALITY, HIGHER, IMPACT_OF_LEADERS),

    RE_REFERRAL_RATE("helpAndProtection.reReferralRatePct", "Referrals that are re-referrals within 12 months", Unit.PERCENT, NUMBER, LOWER, HELP_AND_PROTECTION),
    ASSESSMENTS_IN_45_DAYS("helpAndProtection.assessmentsWithin45WorkingDaysPct", "Assessments completed within 45 working days", Unit.PERCENT, NUMBER, HIGHER, HELP_AND_PROTECTION),
    REPEAT_CHILD_PROTECTION_PLANS("helpAndProtection.repeatChildProtectionPlanPct", "Child protection plans that are a second or later plan", Unit.PERCENT, NUMBER, LOWER, HELP_AND_PROTECTION),
    EARLY_HELP_PLANNING_EFFECTIVE("helpAndProtection.earlyHelpPlanningEffectivePct", "Early help plans judged effective", Unit.PERCENT, NUMBER, HIGHER, HELP_AND_PROTECTION),
    CASES_SAMPLED("helpAndProtection.casesSampled", "Cases sampled by inspectors", Unit.COUNT, NUMBER, NEITHER, HELP_AND_PROTECTION),
    CASES_LEFT_AT_RISK("helpAndProtection.casesWithChildrenLeftAtRisk", "Sampled cases in which children were left at risk", Unit.COUNT, NUMBER, LOWER, HELP_AND_PROTECTION),
    /** Derived: left at risk as a share of cases sampled, present only when both counts are and the sample is not empty. */
    CASES_LEFT_AT_RISK_SHARE("helpAndProtection.casesWithChildrenLeftAtRiskPct", "Share of sampled cases in which children were left at risk", Unit.PERCENT, NUMBER, LOWER, HELP_AND_PROTECTION),
    HELP_AND_PROTECTION_PRACTICE("helpAndProtection.practiceQuality", "Inspectors' evaluation of help and protection practice", Unit.NONE, PRACTICE_QUALITY, HIGHER, HELP_AND_PROTECTION),

    RETURN_INTERVIEWS_OFFERED("missingChildren.returnInterviewsOfferedPct", "Missing children offered a return interview", Unit.PERCENT, NUMBER, HIGHER, HELP_AND_PROTECTION),
    RETURN_INTERVIEWS_IN_72_HOURS("missingChildren.returnInterviewsWithin72HoursPct", "Return interviews held within 72 hours", Unit.PERCENT, NUMBER, HIGHER, HELP_AND_PROTECTION),
    MISSING_FROM_CARE("missingChildren.missingFromCarePct", "Children in care who went missing during the year", Unit.PERCENT, NUMBER, LOWER, CHILDREN_IN_CARE),

    THREE_PLUS_PLACEMENTS("childrenInCare.threePlusPlacementsPct", "Children in care with three or more placements in the year", Unit.PERCENT, NUMBER, LOWER, CHILDREN_IN_CARE),
    LONG_TERM_STABILITY("childrenInCare.longTermStabilityPct", "Children in care long term who have lived in the same placement for two years", Unit.PERCENT, NUMBER, HIGHER, CHILDREN_IN_CARE),
    PLACED_OVER_20_MILES("childrenInCare.placedOver20MilesPct", "Children in care placed more than 20 miles from home", Unit.PERCENT, NUMBER, LOWER, CHILDREN_IN_CARE),
    SUFFICIENCY_DUTY_MET("childrenInCare.placementSufficiencyDutyMet", "The placement sufficiency duty is met", Unit.NONE, YES_NO, HIGHER, CHILDREN_IN_CARE),
    LOOKED_AFTER_DECISIONS_TIMELY("childrenInCare.decisionsToBecomeLookedAfterTimely", "Decisions for children to become looked after are timely", Unit.NONE, YES_NO, HIGHER, CHILDREN_IN_CARE),
    CHILDREN_IN_CARE_PRACTICE("childrenInCare.practiceQuality", "Inspectors' evaluation of practice with children in care", Unit.NONE, PRACTICE_QUALITY, HIGHER, CHILDREN_IN_CARE),

    ADOPTION_DAYS_TO_MOVE_IN("adoption.averageDaysToMoveInWithAdoptiveFamily",
            "Average days from entering care to moving in with the adoptive family (adoption scorecard A1)", Unit.DAYS, NUMBER, LOWER, ADOPTION_PERFORMANCE),
    ADOPTION_DAYS_TO_MATCH("adoption.averageDaysFromPlacementOrderToMatch",
            "Average days from the court's authority to place a child to a match with adopters (adoption scorecard A2)", Unit.DAYS, NUMBER, LOWER, ADOPTION_PERFORMANCE),
    ADOPTION_PRACTICE("adoption.practiceQuality", "Inspectors' evaluation of adoption practice", Unit.NONE, PRACTICE_QUALITY, HIGHER, ADOPTION_PERFORMANCE),

    CARE_LEAVERS_IN_EET("careLeavers.inEducationEmploymentTrainingPct", "Care leavers aged 19 to 21 in education, employment or training", Unit.PERCENT, NUMBER, HIGHER, CARE_LEAVERS),
    CARE_LEAVERS_SUITABLY_ACCOMMODATED("careLeavers.suitableAccommodationPct", "Care leavers aged 19 to 21 in suitable accommodation", Unit.PERCENT, NUMBER, HIGHER, CARE_LEAVERS),
    CARE_LEAVERS_IN_TOUCH("careLeavers.inTouchPct", "Care leavers the local authority is in touch with", Unit.PERCENT, NUMBER, HIGHER, CARE_LEAVERS),
    CARE_LEAVERS_IN_BED_AND_BREAKFAST("careLeavers.bedAndBreakfastPlacements", "Care leavers placed in bed and breakfast", Unit.COUNT, NUMBER, LOWER, CARE_LEAVERS),
    CARE_LEAVERS_PRACTICE("careLeavers.practiceQuality", "Inspectors' evaluation of practice with care leavers", Unit.NONE, PRACTICE_QUALITY, HIGHER, CARE_LEAVERS);

    /** What kind of value a field holds, which decides the criteria that can apply to it. */
    public enum Kind { NUMBER, YES_NO, PRACTICE_QUALITY }

    /** Which way the field gets better: lower caseloads, higher return-interview rates, "yes" to a strategy. */
    public enum Better { LOWER, HIGHER, NEITHER }

    /** How values are written in explanations. */
    public enum Unit {
        PERCENT, CASES, COUNT, DAYS, NONE;

        String format(BigDecimal number) {
            String plain = number.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
            return switch (this) {
                case PERCENT -> plain + "%";
                case CASES -> plain + " cases";
                case DAYS -> plain + " days";
                default -> plain;
            };
        }
    }

    private static final Map<String, EvidenceField> BY_PATH =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EvidenceField::path, Function.identity()));

    private final String path;
    private final String label;
    private final Unit unit;
    private final Kind kind;
    private final Better better;
    private final JudgementArea informs;

    EvidenceField(String path, String label, Unit unit, Kind kind, Better better, JudgementArea informs) {
        this.path = path;
        this.label = label;
        this.unit = unit;
        this.kind = kind;
        this.better = better;
        this.informs = informs;
    }

    public static Optional<EvidenceField> byPath(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }

    /** The JSON path inspectors submit it under and criteria name it by, e.g. {@code workforce.vacancyRatePct}. */
    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    public Kind kind() {
        return kind;
    }

    public Better better() {
        return better;
    }

    /**
     * The area whose rules use this evidence, as written for the 2023 framework's areas (adoption evidence for the SIF's
     * adoption performance); {@link org.judgementsupport.framework.Framework#areaFor} says where it counts under each
     * framework.
     */
    public JudgementArea informs() {
        return informs;
    }

    public boolean isDerived() {
        return this == CASES_LEFT_AT_RISK_SHARE;
    }

    public boolean isPracticeQuality() {
        return kind == PRACTICE_QUALITY;
    }

    /** The smallest value submitted evidence can take (numbers only). */
    public BigDecimal minimum() {
        return BigDecimal.ZERO;
    }

    /** The largest value submitted evidence can take, or null for counts without an upper bound (numbers only). */
    public BigDecimal maximum() {
        if (this == DIRECTOR_CHANGES) {
            return BigDecimal.valueOf(12);
        }
        if (unit == Unit.DAYS) {
            return BigDecimal.valueOf(Days.MAXIMUM);
        }
        return unit == Unit.COUNT ? null : BigDecimal.valueOf(100);
    }

    /** Counts and days take whole numbers only. */
    public boolean wholeNumbers() {
        return unit == Unit.COUNT || unit == Unit.DAYS;
    }

    /** The value as a person reads it: "45%", "32 cases", "487 days", "yes", "widespread or serious failures". */
    public String format(Object value) {
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (value instanceof PracticeQuality quality) {
            return quality.words();
        }
        if (value instanceof Number number) {
            return unit.format(new BigDecimal(number.toString()));
        }
        return String.valueOf(value);
    }

    /** A number as a person reads it in this field's unit, e.g. a threshold: "80%". */
    public String formatNumber(BigDecimal number) {
        return unit.format(number);
    }
}
