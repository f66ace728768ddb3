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

    CRITERIA("criteria table", List.of(
            new Setting("RuleSet", null),
            new Setting("Import", "org.judgementsupport.evidence.Indicator, org.judgementsupport.criteria.Criterion, "
                    + "org.judgementsupport.criteria.Effect, org.judgementsupport.ruleset.Findings")),
            List.of(
                    new ApprovedColumn(Role.NAME, "NAME", "", "", CellValue.RULE_NAME, true),
                    new ApprovedColumn(Role.AREA, "METADATA", "", "area($param)", CellValue.CRITERIA_AREA, true),
                    new ApprovedColumn(Role.EVIDENCE, "CONDITION", "$indicator : Indicator", "path == \"$param\"", new CellValue.EvidencePath(), true),
                    new ApprovedColumn(Role.CRITERION, "CONDITION", "$indicator : Indicator",
                            "$criterion : Criterion.parse(\"$param\"), $criterion.isMetBy(value)", new CellValue.CriterionText(), true),
                    new ApprovedColumn(Role.EFFECT, "ACTION", "", "insert(Findings.cite(drools, Effect.$param, $indicator, $criterion));", CellValue.EFFECT, true),
                    new ApprovedColumn(Role.BENCHMARK, "METADATA", "", "benchmark(\"$param\")", CellValue.TEXT, false),
                    new ApprovedColumn(Role.SOURCE, "METADATA", "", "source(\"$param\")", CellValue.TEXT, true))),

    OVERALL_EFFECTIVENESS("overall-effectiveness table", List.of(
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

    NEXT_STEPS("next-steps table", List.of(
            new Setting("RuleSet", null),
            new Setting("Import", "org.judgementsupport.criteria.NextStepsCase, org.judgementsupport.criteria.NextStepsDecision, "
                    + "org.judgementsupport.framework.Grade, org.judgementsupport.evidence.InspectionType"),
            new Setting("Sequential", "true"),
            new Setting("RULEFLOW-GROUP", RuleDescription.Stage.NEXT_STEPS.group()),
            new Setting("ACTIVATION-GROUP", RuleDescription.Stage.NEXT_STEPS.group())),
            List.of(
                    new ApprovedColumn(Role.NAME, "NAME", "", "", CellValue.RULE_NAME, true),
                    new ApprovedColumn(Role.OVERALL_GRADES, "CONDITION", "NextStepsCase", "forall(||){grade == Grade.$}", new CellValue.Grades(), true),
                    new ApprovedColumn(Role.NEXT_INSPECTION, "ACTION", "",
                            "NextStepsDecision plan = new NextStepsDecision(drools.getRule().getName(), InspectionType.$param); insert(plan);",
                            CellValue.INSPECTION_TYPE, true),
                    new ApprovedColumn(Role.DUE_AROUND_MONTHS, "ACTION", "", "plan.setDueAroundMonths($param);", new CellValue.WholeNumber(1, 120), false),
                    new ApprovedColumn(Role.FOCUSED_VISITS, "ACTION", "", "plan.setFocusedVisits(\"$param\");", CellValue.TEXT, false),
                    new ApprovedColumn(Role.MONITORING, "ACTION", "", "plan.setMonitoring(\"$param\");", CellValue.TEXT, false),
                    new ApprovedColumn(Role.SOURCE, "METADATA", "", "source(\"$param\")", CellValue.TEXT, true))),

    /**
     * Where to look next: every row that matches gives its points, once for each finding or trend it counts, or once
     * for the authority. A row counts findings of an effect, or figures that got worse, and may also ask about the
     * previous grade and the time since the last inspection.
     */
    TARGETING_SCORE("targeting score table", List.of(
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

    /** What a column is for: the translator writes each rule from its row's values by role. */
    enum Role {
        NAME, AREA, EVIDENCE, CRITERION, EFFECT, BENCHMARK, SOURCE,
        WORST_PRACTICE_AREA_IS, LEADERS_ARE, LEADERS_AT_LEAST, EVERY_PRACTICE_AREA_AT_LEAST, REQUIRING_IMPROVEMENT_AT_MOST,
        OUTSTANDING_AT_LEAST, OVERALL_GRADE,
        OVERALL_GRADES, NEXT_INSPECTION, DUE_AROUND_MONTHS, FOCUSED_VISITS, MONITORING,
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
    private final List<Setting> settings;
    private final List<ApprovedColumn> columns;

    ApprovedLayout(String title, List<Setting> settings, List<ApprovedColumn> columns) {
        this.title = title;
        this.settings = settings;
        this.columns = columns;
    }

    String title() {
        return title;
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
