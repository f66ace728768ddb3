package org.judgementsupport.ruleset;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The table layouts the service reads, one per kind of table. A workbook's grey rows (its settings, the keyword row,
 * the pattern row and the code row) are part of the product, not of policy staff's edit: they must be one of these
 * layouts exactly, and the service then reads every data cell by its column's {@link CellValue} type and writes the
 * rule itself. Nothing typed into a workbook ever becomes code.
 *
 * <p>The grey rows keep the text Drools' own spreadsheet compiler reads, so the workbooks still mean the same in any
 * Drools tool; here that text only identifies the layout and is never run.
 */
enum ApprovedLayout {

    CRITERIA("criteria table", RuleDescription.Stage.CRITERION, List.of(
            new Setting("RuleSet", null),
            new Setting("Import", Columns.CRITERIA_IMPORTS)),
            Columns.criteria(CellValue.CRITERIA_AREA)),

    OVERALL_EFFECTIVENESS("overall-effectiveness table", RuleDescription.Stage.OVERALL_EFFECTIVENESS, List.of(
            new Setting("RuleSet", null),
            new Setting("Import", "org.judgementsupport.criteria.OverallCase, org.judgementsupport.criteria.OverallDecision, "
                    + "org.judgementsupport.framework.Grade"),
            new Setting("Sequential", "true"),
            new Setting("RULEFLOW-GROUP", RuleDescription.Stage.OVERALL_EFFECTIVENESS.group()),
            new Setting("ACTIVATION-GROUP", RuleDescription.Stage.OVERALL_EFFECTIVENESS.group())),
            List.of(
                    new ApprovedColumn(Role.NAME, "NAME", "", "", CellValue.RULE_NAME, true),
                    new ApprovedColumn(Role.WORST_PRACTICE_AREA_IS, "CONDITION", "OverallCase", "worstPracticeArea == Grade.$param", CellValue.GRADE, false),
                    new ApprovedColumn(Role.LEADERS_ARE, "CONDITION", "OverallCase", "leaders == Grade.$param", CellValue.GRADE, false),
                    new ApprovedColumn(Role.LEADERS_AT_LEAST, "CONDITION", "OverallCase", "leaders.isAtLeast(Grade.$param)", CellValue.GRADE, false),
                    new ApprovedColumn(Role.EVERY_PRACTICE_AREA_AT_LEAST, "CONDITION", "OverallCase", "worstPracticeArea.isAtLeast(Grade.$param)",
                            CellValue.GRADE, false),
                    new ApprovedColumn(Role.REQUIRING_IMPROVEMENT_AT_MOST, "CONDITION", "OverallCase", "practiceAreasRequiringImprovement <= $param",
                            new CellValue.WholeNumber(0, 4), false),
                    new ApprovedColumn(Role.OUTSTANDING_AT_LEAST, "CONDITION", "OverallCase", "outstandingPracticeAreas >= $param",
                            new CellValue.WholeNumber(0, 4), false),
                    new ApprovedColumn(Role.OVERALL_GRADE, "ACTION", "", "insert(new OverallDecision(drools.getRule().getName(), Grade.$param));",
                            CellValue.GRADE, true),
                    new ApprovedColumn(Role.SOURCE, "METADATA", "", "source(\"$param\")", CellValue.TEXT, true))),

    NEXT_STEPS("next-steps table", RuleDescription.Stage.NEXT_STEPS, Columns.nextStepsSettings(RuleDescription.Stage.NEXT_STEPS),
            Columns.NEXT_STEPS),

    /**
     * The single inspection framework's criteria: the criteria table's columns, its areas the SIF's own judgements, its
     * rules in a rule group of their own so that they judge only inspections under the SIF.
     */
    SIF_CRITERIA("SIF criteria table", RuleDescription.Stage.SIF_CRITERION, List.of(
            new Setting("RuleSet", null),
            new Setting("Import", Columns.CRITERIA_IMPORTS),
            new Setting("RULEFLOW-GROUP", RuleDescription.Stage.SIF_CRITERION.group())),
            Columns.criteria(CellValue.SIF_CRITERIA_AREA)),

    /**
     * The SIF's limiting judgements: its graded sub-judgements (adoption performance, care leavers) cap the key
     * judgement on children looked after. First match; each row reads the sub-judgements' grades and gives the best
     * grade children looked after can have.
     */
    SIF_LIMITING_JUDGEMENTS("SIF limiting-judgements table", RuleDescription.Stage.SIF_LIMITING_JUDGEMENTS, List.of(
            new Setting("RuleSet", null),
            new Setting("Import", "org.judgementsupport.criteria.SubJudgementsCase, org.judgementsupport.framework.Grade, "
                    + "org.judgementsupport.ruleset.Decisions"),
            new Setting("Sequential", "true"),
            new Setting("RULEFLOW-GROUP", RuleDescription.Stage.SIF_LIMITING_JUDGEMENTS.group()),
            new Setting("ACTIVATION-GROUP", RuleDescription.Stage.SIF_LIMITING_JUDGEMENTS.group())),
            List.of(
                    new ApprovedColumn(Role.NAME, "NAME", "", "", CellValue.RULE_NAME, true),
                    new ApprovedColumn(Role.ADOPTION_PERFORMANCE_IS, "CONDITION", "SubJudgementsCase", "adoptionPerformance == Grade.$param",
                            CellValue.GRADE, false),
                    new ApprovedColumn(Role.CARE_LEAVERS_ARE, "CONDITION", "SubJudgementsCase", "careLeavers == Grade.$param", CellValue.GRADE, false),
                    new ApprovedColumn(Role.LOOKED_AFTER_AT_BEST, "ACTION", "", "insert(Decisions.limit(drools, Grade.$param));", CellValue.GRADE, true),
                    new ApprovedColumn(Role.SOURCE, "METADATA", "", "source(\"$param\")", CellValue.TEXT, true))),

    /** The SIF's overall-effectiveness table, from its three key judgements. First match. */
    SIF_OVERALL_EFFECTIVENESS("SIF overall-effectiveness table", RuleDescription.Stage.SIF_OVERALL_EFFECTIVENESS, List.of(
            new Setting("RuleSet", null),
            new Setting("Import", "org.judgementsupport.criteria.KeyJudgementsCase, org.judgementsupport.framework.Grade, "
                    + "org.judgementsupport.ruleset.Decisions"),
            new Setting("Sequential", "true"),
            new Setting("RULEFLOW-GROUP", RuleDescription.Stage.SIF_OVERALL_EFFECTIVENESS.group()),
            new Setting("ACTIVATION-GROUP", RuleDescription.Stage.SIF_OVERALL_EFFECTIVENESS.group())),
            List.of(
                    new ApprovedColumn(Role.NAME, "NAME", "", "", CellValue.RULE_NAME, true),
                    new ApprovedColumn(Role.HELP_AND_PROTECTION_IS, "CONDITION", "KeyJudgementsCase", "helpAndProtection == Grade.$param",
                            CellValue.GRADE, false),
                    new ApprovedColumn(Role.LOOKED_AFTER_IS, "CONDITION", "KeyJudgementsCase", "childrenLookedAfter == Grade.$param",
                            CellValue.GRADE, false),
                    new ApprovedColumn(Role.LEADERSHIP_IS, "CONDITION", "KeyJudgementsCase", "leadership == Grade.$param", CellValue.GRADE, false),
                    new ApprovedColumn(Role.LEADERSHIP_AT_LEAST, "CONDITION", "KeyJudgementsCase", "leadership.isAtLeast(Grade.$param)",
                            CellValue.GRADE, false),
                    new ApprovedColumn(Role.PRACTICE_JUDGEMENTS_AT_LEAST, "CONDITION", "KeyJudgementsCase",
                            "worstPracticeJudgement.isAtLeast(Grade.$param)", CellValue.GRADE, false),
                    new ApprovedColumn(Role.PRACTICE_REQUIRING_IMPROVEMENT_AT_MOST, "CONDITION", "KeyJudgementsCase",
                            "practiceJudgementsRequiringImprovement <= $param", new CellValue.WholeNumber(0, 2), false),
                    new ApprovedColumn(Role.PRACTICE_OUTSTANDING_AT_LEAST, "CONDITION", "KeyJudgementsCase",
                            "outstandingPracticeJudgements >= $param", new CellValue.WholeNumber(0, 2), false),
                    new ApprovedColumn(Role.OVERALL_GRADE, "ACTION", "", "insert(Decisions.overall(drools, Grade.$param));", CellValue.GRADE, true),
                    new ApprovedColumn(Role.SOURCE, "METADATA", "", "source(\"$param\")", CellValue.TEXT, true))),

    /** The SIF's next steps: the next-steps table's columns, its rules in the SIF's rule group. */
    SIF_NEXT_STEPS("SIF next-steps table", RuleDescription.Stage.SIF_NEXT_STEPS, Columns.nextStepsSettings(RuleDescription.Stage.SIF_NEXT_STEPS),
            Columns.NEXT_STEPS),

    /**
     * Where to look next: every row that matches gives its points, once for each finding or trend it counts, or once
     * for the authority. A row counts findings of an effect, or figures that got worse, and may also ask about the
     * previous grade and the time since the last inspection.
     */
    TARGETING_SCORE("targeting score table", RuleDescription.Stage.TARGETING, List.of(
            new Setting("RuleSet", null),
            new Setting("Import", "org.judgementsupport.criteria.TargetingCase, org.judgementsupport.criteria.Trend, "
                    + "org.judgementsupport.criteria.Finding, org.judgementsupport.criteria.Effect, org.judgementsupport.framework.Grade, "
                    + "org.judgementsupport.ruleset.Scores"),
            new Setting("RULEFLOW-GROUP", RuleDescription.Stage.TARGETING.group())),
            List.of(
                    new ApprovedColumn(Role.NAME, "NAME", "", "", CellValue.RULE_NAME, true),
                    new ApprovedColumn(Role.FINDINGS_WITH_EFFECT, "CONDITION", "$finding : Finding", "effect == Effect.$param", CellValue.EFFECT, false),
                    new ApprovedColumn(Role.PREVIOUS_GRADE, "CONDITION", "$case : TargetingCase", "previousGrade == Grade.$param", CellValue.GRADE, false),
                    new ApprovedColumn(Role.MONTHS_SINCE_INSPECTION_AT_LEAST, "CONDITION", "$case : TargetingCase",
                            "monthsSinceLastInspection >= $param", new CellValue.WholeNumber(0, 600), false),
                    new ApprovedColumn(Role.WORSE_BY_AT_LEAST_PCT, "CONDITION", "$trend : Trend", "worseningPct >= $param",
                            new CellValue.WholeNumber(1, 1000), false),
                    new ApprovedColumn(Role.POINTS, "ACTION", "", "insert(Scores.points(drools, $param));", new CellValue.WholeNumber(0, 100), true),
                    new ApprovedColumn(Role.SOURCE, "METADATA", "", "source(\"$param\")", CellValue.TEXT, true)));

    /** Column lists and settings two layouts share; a holder class, since enum constants cannot read the enum's own statics. */
    private static final class Columns {
        static final String CRITERIA_IMPORTS = "org.judgementsupport.evidence.Indicator, org.judgementsupport.criteria.Criterion, "
                + "org.judgementsupport.criteria.Effect, org.judgementsupport.ruleset.Findings";

        static List<ApprovedColumn> criteria(CellValue areas) {
            return List.of(
                    new ApprovedColumn(Role.NAME, "NAME", "", "", CellValue.RULE_NAME, true),
                    new ApprovedColumn(Role.AREA, "METADATA", "", "area($param)", areas, true),
                    new ApprovedColumn(Role.EVIDENCE, "CONDITION", "$indicator : Indicator", "path == \"$param\"", new CellValue.EvidencePath(), true),
                    new ApprovedColumn(Role.CRITERION, "CONDITION", "$indicator : Indicator",
                            "$criterion : Criterion.parse(\"$param\"), $criterion.isMetBy(value)", new CellValue.CriterionText(), true),
                    new ApprovedColumn(Role.EFFECT, "ACTION", "", "insert(Findings.cite(drools, Effect.$param, $indicator, $criterion));", CellValue.EFFECT, true),
                    new ApprovedColumn(Role.BENCHMARK, "METADATA", "", "benchmark(\"$param\")", CellValue.TEXT, false),
                    new ApprovedColumn(Role.SOURCE, "METADATA", "", "source(\"$param\")", CellValue.TEXT, true));
        }

        static List<Setting> nextStepsSettings(RuleDescription.Stage stage) {
            return List.of(
                    new Setting("RuleSet", null),
                    new Setting("Import", "org.judgementsupport.criteria.NextStepsCase, org.judgementsupport.criteria.NextStepsDecision, "
                            + "org.judgementsupport.framework.Grade, org.judgementsupport.evidence.InspectionType"),
                    new Setting("Sequential", "true"),
                    new Setting("RULEFLOW-GROUP", stage.group()),
                    new Setting("ACTIVATION-GROUP", stage.group()));
        }

        static final List<ApprovedColumn> NEXT_STEPS = List.of(
                new ApprovedColumn(Role.NAME, "NAME", "", "", CellValue.RULE_NAME, true),
                new ApprovedColumn(Role.OVERALL_GRADES, "CONDITION", "NextStepsCase", "forall(||){grade == Grade.$}", new CellValue.Grades(), true),
                new ApprovedColumn(Role.NEXT_INSPECTION, "ACTION", "",
                        "NextStepsDecision plan = new NextStepsDecision(drools.getRule().getName(), InspectionType.$param); insert(plan);",
                        CellValue.INSPECTION_TYPE, true),
                new ApprovedColumn(Role.DUE_AROUND_MONTHS, "ACTION", "", "plan.setDueAroundMonths($param);", new CellValue.WholeNumber(1, 120), false),
                new ApprovedColumn(Role.FOCUSED_VISITS, "ACTION", "", "plan.setFocusedVisits(\"$param\");", CellValue.TEXT, false),
                new ApprovedColumn(Role.MONITORING, "ACTION", "", "plan.setMonitoring(\"$param\");", CellValue.TEXT, false),
                new ApprovedColumn(Role.SOURCE, "METADATA", "", "source(\"$param\")", CellValue.TEXT, true));

        private Columns() {
        }
    }

    /** What a column is for: the translator writes each rule from its row's values by role. */
    enum Role {
        NAME, AREA, EVIDENCE, CRITERION, EFFECT, BENCHMARK, SOURCE,
        WORST_PRACTICE_AREA_IS, LEADERS_ARE, LEADERS_AT_LEAST, EVERY_PRACTICE_AREA_AT_LEAST, REQUIRING_IMPROVEMENT_AT_MOST,
        OUTSTANDING_AT_LEAST, OVERALL_GRADE,
        OVERALL_GRADES, NEXT_INSPECTION, DUE_AROUND_MONTHS, FOCUSED_VISITS, MONITORING,
        ADOPTION_PERFORMANCE_IS, CARE_LEAVERS_ARE, LOOKED_AFTER_AT_BEST,
        HELP_AND_PROTECTION_IS, LOOKED_AFTER_IS, LEADERSHIP_IS, LEADERSHIP_AT_LEAST, PRACTICE_JUDGEMENTS_AT_LEAST,
        PRACTICE_REQUIRING_IMPROVEMENT_AT_MOST, PRACTICE_OUTSTANDING_AT_LEAST,
        FINDINGS_WITH_EFFECT, PREVIOUS_GRADE, MONTHS_SINCE_INSPECTION_AT_LEAST, WORSE_BY_AT_LEAST_PCT, POINTS
    }

    /**
     * A setting above the table; {@code value} null where any well-formed value is accepted (the RuleSet's package
     * name). An Import is compared as a set of names.
     */
    record Setting(String key, String value) {
    }

    /**
     * A column of an approved layout: its role, its grey cells (keyword, pattern, code), the type of its data cells,
     * and whether every row must fill it.
     */
    record ApprovedColumn(Role role, String keyword, String pattern, String code, CellValue type, boolean required) {
    }

    /** A RuleSet setting: a lower-case dotted package name, which names the rules' namespace and nothing else. */
    static final String PACKAGE_NAME = "[a-z][a-z0-9_]{0,30}(\\.[a-z][a-z0-9_]{0,30}){0,5}";

    private final String title;
    private final RuleDescription.Stage stage;
    private final List<Setting> settings;
    private final List<ApprovedColumn> columns;

    ApprovedLayout(String title, RuleDescription.Stage stage, List<Setting> settings, List<ApprovedColumn> columns) {
        this.title = title;
        this.stage = stage;
        this.settings = settings;
        this.columns = columns;
    }

    String title() {
        return title;
    }

    /** The stage the table's rules take part in: criteria, or one of the first-match tables. */
    RuleDescription.Stage stage() {
        return stage;
    }

    List<Setting> settings() {
        return settings;
    }

    List<ApprovedColumn> columns() {
        return columns;
    }

    Optional<Setting> setting(String key) {
        return settings.stream().filter(setting -> setting.key().equalsIgnoreCase(key)).findFirst();
    }

    /** Whether a setting's value is the approved one: the same text, or for Import the same set of names. */
    boolean accepts(Setting approved, String value) {
        if (approved.value() == null) {
            return value.matches(PACKAGE_NAME);
        }
        if (approved.key().equals("Import")) {
            return names(approved.value()).equals(names(value));
        }
        return approved.value().equalsIgnoreCase(value.trim());
    }

    private static Set<String> names(String imports) {
        return Arrays.stream(imports.split(",")).map(String::trim).filter(name -> !name.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Grey cells compare after spaces are evened out and keywords are upper-cased, as Drools reads them. */
    static String normalised(String text) {
        return text == null ? "" : text.trim().replaceAll("\\s+", " ");
    }

    static boolean sameKeyword(String approved, String actual) {
        return approved.equals(normalised(actual).toUpperCase(Locale.ROOT));
    }
}
