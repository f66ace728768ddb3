package org.judgementsupport.ruleset;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.judgementsupport.criteria.Criterion;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.framework.Grade;
import org.judgementsupport.framework.JudgementArea;
import org.judgementsupport.ruleset.ApprovedLayout.ApprovedColumn;
import org.judgementsupport.ruleset.ApprovedLayout.Role;

/**
 * Turns each decision table of a workbook into rules, reading the workbook as data: its grey rows must be one of the
 * {@link ApprovedLayout}s exactly, every data cell is read by its column's type, and the rule text is written here
 * from the values read, each text quoted. A cell's content can never become code, whatever it holds.
 *
 * <p>Every problem is reported at its cell, in policy staff's words: which row, which column, what is wrong. A row
 * with a problem is left out of the rules, so one report lists every problem in the workbook.
 */
final class TableTranslator {

    /** The rules written from one table, as DRL, with the sheet they come from. */
    record TranslatedSheet(String file, String sheet, String drl) {
    }

    /** What a workbook gave: the rules of each table, the tables as read (for locating cells), and the problems. */
    record Translation(List<TranslatedSheet> sheets, List<DecisionTableLayout.Table> tables, List<RuleSetProblem> problems) {
    }

    /** The highest salience, given to a first-match table's first row; each row below gets one less. */
    private static final int FIRST_ROW_SALIENCE = 65_535;
    /** Enough mismatched grey cells to see what is wrong with a layout. */
    private static final int LAYOUT_PROBLEMS_SHOWN = 5;

    Translation translate(SourceFile workbook) {
        List<RuleSetProblem> problems = new ArrayList<>();
        List<DecisionTableLayout.Table> tables;
        try {
            tables = DecisionTableLayout.readTables(workbook.content(), workbook.path());
        } catch (IOException | RuntimeException unreadable) {
            problems.add(new RuleSetProblem(RuleSetProblem.Kind.UNREADABLE_FILE, RuleLocation.ofFile(workbook.path()),
                    "cannot be opened as an Excel workbook; it may be corrupt or was not saved completely. Open it in "
                            + "Excel or LibreOffice and save it again as .xlsx (" + rootMessage(unreadable) + ")"));
            return new Translation(List.of(), List.of(), problems);
        }
        if (tables.isEmpty()) {
            problems.add(new RuleSetProblem(RuleSetProblem.Kind.TABLE_LAYOUT, RuleLocation.ofFile(workbook.path()),
                    "has no decision table: a table starts with a cell reading 'RuleTable' followed by its name"));
            return new Translation(List.of(), List.of(), problems);
        }
        List<TranslatedSheet> sheets = new ArrayList<>();
        Set<String> sheetsWithTable = new HashSet<>();
        for (DecisionTableLayout.Table table : tables) {
            if (!sheetsWithTable.add(table.sheet())) {
                problems.add(new RuleSetProblem(RuleSetProblem.Kind.TABLE_LAYOUT, table.at(table.startCell()),
                        "a second table on the sheet: keep one table per sheet, on a sheet of its own"));
                continue;
            }
            translate(table, problems).ifPresent(sheets::add);
        }
        return new Translation(sheets, tables, problems);
    }

    private Optional<TranslatedSheet> translate(DecisionTableLayout.Table table, List<RuleSetProblem> problems) {
        ApprovedLayout layout = closestLayout(table);
        List<RuleSetProblem> layoutProblems = new ArrayList<>();
        checkColumns(table, layout, layoutProblems);
        checkSettings(table, layout, layoutProblems);
        if (!layoutProblems.isEmpty()) {
            problems.addAll(layoutProblems);
            return Optional.empty();
        }
        table.cellBelowEnd().ifPresent(cell -> problems.add(new RuleSetProblem(RuleSetProblem.Kind.TABLE_LAYOUT, table.at(cell),
                "this row is below a blank row, and a table ends at its first blank row, so it would be ignored: "
                        + "delete the blank row above it, or clear this row")));
        String header = table.startCell();
        StringBuilder drl = new StringBuilder();
        drl.append("package ").append(table.setting("RuleSet").orElseThrow().value()).append(";\n");
        for (String imported : imports(layout)) {
            drl.append("import ").append(imported).append(";\n");
        }
        int salience = FIRST_ROW_SALIENCE;
        for (DecisionTableLayout.TableRow row : table.rows()) {
            Optional<Map<Role, Object>> values = read(table, layout, row, problems);
            if (values.isPresent()) {
                drl.append('\n').append("// rule values at ").append(table.columns().get(0).letter()).append(row.number())
                        .append(", header at ").append(header).append('\n');
                drl.append(rule(layout, values.get(), salience));
            }
            salience--;
        }
        return Optional.of(new TranslatedSheet(table.file(), table.sheet(), drl.toString()));
    }

    // ------------------------------------------------------------------------------------------------ the grey rows

    /** The layout the table's grey cells agree with most; the one to report differences against. */
    private static ApprovedLayout closestLayout(DecisionTableLayout.Table table) {
        ApprovedLayout closest = ApprovedLayout.CRITERIA;
        int best = -1;
        for (ApprovedLayout layout : ApprovedLayout.values()) {
            int agreeing = 0;
            for (int index = 0; index < Math.min(layout.columns().size(), table.columns().size()); index++) {
                ApprovedColumn approved = layout.columns().get(index);
                DecisionTableLayout.Column actual = table.columns().get(index);
                agreeing += ApprovedLayout.sameKeyword(approved.keyword(), actual.keyword()) ? 1 : 0;
                agreeing += approved.code().equals(ApprovedLayout.normalised(actual.snippet())) ? 2 : 0;
            }
            agreeing += layout.setting("RULEFLOW-GROUP").map(setting -> table.setting(setting.key())
                    .filter(actual -> actual.value().equalsIgnoreCase(setting.value())).isPresent() ? 3 : 0).orElse(0);
            if (agreeing > best) {
                best = agreeing;
                closest = layout;
            }
        }
        return closest;
    }

    private static void checkColumns(DecisionTableLayout.Table table, ApprovedLayout layout, List<RuleSetProblem> problems) {
        List<ApprovedColumn> approved = layout.columns();
        List<DecisionTableLayout.Column> actual = table.columns();
        String keep = " The grey rows tell the service how to read the table and are the same in every " + layout.title()
                + ": copy them from a current workbook rather than editing them.";
        if (actual.size() > 0 && actual.get(0).index() != table.startColumn()) {
            problems.add(layoutProblem(table, table.keywordCell(table.startColumn()), "the table's first column must start under the "
                    + "'RuleTable' cell, with " + approved.get(0).keyword() + "." + keep));
        }
        for (int index = 0; index < Math.max(approved.size(), actual.size()) && problems.size() < LAYOUT_PROBLEMS_SHOWN; index++) {
            if (index >= approved.size()) {
                problems.add(layoutProblem(table, table.keywordCell(actual.get(index).index()), "the approved " + layout.title()
                        + " has " + approved.size() + " columns; this one ('" + actual.get(index).label() + "') is not part of it." + keep));
                continue;
            }
            ApprovedColumn column = approved.get(index);
            int expectedIndex = table.startColumn() + index;
            if (index >= actual.size() || actual.get(index).index() != expectedIndex) {
                problems.add(layoutProblem(table, table.keywordCell(expectedIndex), "the approved " + layout.title() + " has a "
                        + column.keyword() + " column here" + (column.code().isEmpty() ? "" : " reading " + column.code()) + "; it is missing."
                        + keep));
                break;
            }
            DecisionTableLayout.Column cells = actual.get(index);
            if (!ApprovedLayout.sameKeyword(column.keyword(), cells.keyword())) {
                problems.add(layoutProblem(table, table.keywordCell(cells.index()), "'" + cells.keyword() + "' is not the keyword of this "
                        + "column in the approved " + layout.title() + ": write " + column.keyword() + "." + keep));
            }
            String pattern = ApprovedLayout.normalised(cells.pattern());
            boolean continuesPattern = pattern.isEmpty() && index > 0 && approved.get(index - 1).pattern().equals(column.pattern());
            if (!pattern.equals(column.pattern()) && !continuesPattern) {
                problems.add(layoutProblem(table, table.patternCell(cells.index()), expected(column.pattern(), pattern) + keep));
            }
            String code = ApprovedLayout.normalised(cells.snippet());
            if (!code.equals(column.code())) {
                problems.add(layoutProblem(table, table.codeCell(cells.index()), expected(column.code(), code) + keep));
            }
        }
    }

    private static void checkSettings(DecisionTableLayout.Table table, ApprovedLayout layout, List<RuleSetProblem> problems) {
        for (DecisionTableLayout.Setting setting : table.settings()) {
            Optional<ApprovedLayout.Setting> approved = layout.setting(setting.key());
            if (approved.isEmpty()) {
                problems.add(layoutProblem(table, setting.keyCell(), "'" + setting.key() + "' is not a setting of the approved "
                        + layout.title() + " (its settings are " + layout.settings().stream().map(ApprovedLayout.Setting::key)
                        .collect(Collectors.joining(", ")) + "): delete this row"));
            } else if (!layout.accepts(approved.get(), setting.value())) {
                problems.add(layoutProblem(table, setting.valueCell(), approved.get().value() == null
                        ? "the RuleSet must be a lower-case package name such as judgementsupport.criteria.limits, not '" + setting.value() + "'"
                        : "the " + setting.key() + " setting of the approved " + layout.title() + " reads '" + approved.get().value()
                        + "', not '" + setting.value() + "'"));
            }
        }
        for (ApprovedLayout.Setting approved : layout.settings()) {
            if (table.setting(approved.key()).isEmpty()) {
                problems.add(layoutProblem(table, table.startCell(), "the settings above the table need a row '" + approved.key() + "'"
                        + (approved.value() == null ? "" : " reading '" + approved.value() + "'")));
            }
        }
        for (String stray : table.strayCells()) {
            problems.add(layoutProblem(table, stray, "the rows above the table hold its settings, a name in the first column and "
                    + "its value beside it; keep other notes on the Read me sheet"));
        }
    }

    private static String expected(String approved, String actual) {
        return approved.isEmpty()
                ? "this cell of the grey rows must be empty in the approved layout, not '" + actual + "'."
                : "this cell of the grey rows must read " + approved + (actual.isEmpty() ? "; it is empty." : ", not " + actual + ".");
    }

    private static RuleSetProblem layoutProblem(DecisionTableLayout.Table table, String cell, String message) {
        return new RuleSetProblem(RuleSetProblem.Kind.TABLE_LAYOUT, table.at(cell), message);
    }

    // ------------------------------------------------------------------------------------------------ the data rows

    /** A row's values by role, or nothing when any cell is at fault (each fault reported at its cell). */
    private static Optional<Map<Role, Object>> read(DecisionTableLayout.Table table, ApprovedLayout layout, DecisionTableLayout.TableRow row,
                                                    List<RuleSetProblem> problems) {
        Map<Role, Object> values = new EnumMap<>(Role.class);
        Map<Role, DecisionTableLayout.Column> columns = new EnumMap<>(Role.class);
        int before = problems.size();
        String name = row.value(table.columns().get(0)).orElse(null);
        String rowName = name == null ? "row " + row.number() : "'" + name + "'";
        for (int index = 0; index < layout.columns().size(); index++) {
            ApprovedColumn approved = layout.columns().get(index);
            DecisionTableLayout.Column column = table.columns().get(index);
            columns.put(approved.role(), column);
            Optional<String> text = row.value(column);
            if (text.isEmpty()) {
                if (approved.required()) {
                    problems.add(missing(table, row, column, approved, rowName, layout.stage()));
                }
                continue;
            }
            CellValue.Read read = approved.type().read(text.get());
            if (read.ok()) {
                values.put(approved.role(), read.value());
            } else {
                problems.add(unreadable(table, row, column, approved, rowName, text.get(), read.problem(), layout.stage()));
            }
        }
        if (values.get(Role.EVIDENCE) instanceof EvidenceField field && values.get(Role.CRITERION) instanceof Criterion criterion
                && criterion.appliesTo() != field.kind()) {
            problems.add(new RuleSetProblem(RuleSetProblem.Kind.CRITERION, table.location(row, columns.get(Role.CRITERION)), rowName
                    + ": the criterion '" + criterion.text() + "' is for " + kindWords(criterion.appliesTo()) + " but " + field.path()
                    + " is " + kindWords(field.kind()) + ", so it could never fire"));
        }
        if (layout == ApprovedLayout.TARGETING_SCORE && problems.size() == before) {
            checkWhatARowCounts(table, row, columns, values, rowName, problems);
        }
        return problems.size() == before ? Optional.of(values) : Optional.empty();
    }

    /**
     * A targeting row gives points for something: findings of an effect, figures that got worse, or the authority's
     * history. Findings and trends together would multiply one by the other, which no policy means.
     */
    private static void checkWhatARowCounts(DecisionTableLayout.Table table, DecisionTableLayout.TableRow row, Map<Role, DecisionTableLayout.Column> columns,
                                            Map<Role, Object> values, String rowName, List<RuleSetProblem> problems) {
        if (values.containsKey(Role.FINDINGS_WITH_EFFECT) && values.containsKey(Role.WORSE_BY_AT_LEAST_PCT)) {
            problems.add(new RuleSetProblem(RuleSetProblem.Kind.CELL_VALUE, table.location(row, columns.get(Role.WORSE_BY_AT_LEAST_PCT)), rowName
                    + " gives points both for each finding and for each figure that got worse: give each its own row"));
        }
        boolean countsSomething = values.containsKey(Role.FINDINGS_WITH_EFFECT) || values.containsKey(Role.WORSE_BY_AT_LEAST_PCT)
                || values.containsKey(Role.PREVIOUS_GRADE) || values.containsKey(Role.MONTHS_SINCE_INSPECTION_AT_LEAST);
        if (!countsSomething) {
            problems.add(new RuleSetProblem(RuleSetProblem.Kind.CELL_VALUE, table.location(row, columns.get(Role.POINTS)), rowName
                    + " says what it gives points for in none of its columns: fill in a finding's effect, a previous grade, the months "
                    + "since the last inspection or how much worse a figure got"));
        }
    }

    private static RuleSetProblem missing(DecisionTableLayout.Table table, DecisionTableLayout.TableRow row, DecisionTableLayout.Column column,
                                          ApprovedColumn approved, String rowName, RuleDescription.Stage stage) {
        RuleLocation cell = table.location(row, column);
        return switch (approved.role()) {
            case NAME -> new RuleSetProblem(RuleSetProblem.Kind.RULE_METADATA, cell,
                    "this row has no name: write a sentence policy staff would recognise in the row's Name column");
            case SOURCE -> new RuleSetProblem(RuleSetProblem.Kind.RULE_METADATA, cell, rowName + " names no source: fill in the row's Source column");
            case AREA -> new RuleSetProblem(RuleSetProblem.Kind.RULE_METADATA, cell, rowName + " declares no area: use one of "
                    + RuleSetChecks.areasOf(stage) + " in the Area column");
            case EFFECT -> new RuleSetProblem(RuleSetProblem.Kind.RULE_METADATA, cell, rowName + " emits no finding: fill in the row's "
                    + "Effect column with one of " + List.of(Effect.values()));
            case CRITERION -> new RuleSetProblem(RuleSetProblem.Kind.CRITERION, cell, rowName + ": the '" + column.label()
                    + "' cell is empty; " + Criterion.HOW_TO_WRITE);
            default -> new RuleSetProblem(RuleSetProblem.Kind.CELL_VALUE, cell, rowName + ": fill in the '" + column.label() + "' column");
        };
    }

    private static RuleSetProblem unreadable(DecisionTableLayout.Table table, DecisionTableLayout.TableRow row, DecisionTableLayout.Column column,
                                             ApprovedColumn approved, String rowName, String text, String problem, RuleDescription.Stage stage) {
        RuleLocation cell = table.location(row, column);
        return switch (approved.role()) {
            case AREA -> new RuleSetProblem(RuleSetProblem.Kind.RULE_METADATA, cell, rowName + " declares area '" + text
                    + "', which " + (stage == RuleDescription.Stage.SIF_CRITERION ? "the single inspection framework's criteria" : "criteria")
                    + " cannot be about: use one of " + RuleSetChecks.areasOf(stage) + " in the Area column");
            case EVIDENCE -> new RuleSetProblem(RuleSetProblem.Kind.RULE_METADATA, cell, rowName + " reads " + problem);
            case CRITERION -> new RuleSetProblem(RuleSetProblem.Kind.CRITERION, cell, rowName + ": " + problem);
            default -> new RuleSetProblem(RuleSetProblem.Kind.CELL_VALUE, cell, rowName + ", column '" + column.label() + "': "
                    + (problem.startsWith("'") ? problem : "the cell " + problem));
        };
    }

    static String kindWords(EvidenceField.Kind kind) {
        return switch (kind) {
            case NUMBER -> "a number";
            case YES_NO -> "a yes/no answer";
            case PRACTICE_QUALITY -> "a practice evaluation";
        };
    }

    // ------------------------------------------------------------------------------------------------ writing rules

    private static List<String> imports(ApprovedLayout layout) {
        return switch (layout) {
            case CRITERIA, SIF_CRITERIA -> List.of("org.judgementsupport.evidence.Indicator", "org.judgementsupport.criteria.Criterion",
                    "org.judgementsupport.criteria.Effect", "org.judgementsupport.ruleset.Findings");
            case OVERALL_EFFECTIVENESS -> List.of("org.judgementsupport.criteria.OverallCase", "org.judgementsupport.framework.Grade",
                    "org.judgementsupport.ruleset.Decisions");
            case SIF_OVERALL_EFFECTIVENESS -> List.of("org.judgementsupport.criteria.KeyJudgementsCase", "org.judgementsupport.framework.Grade",
                    "org.judgementsupport.ruleset.Decisions");
            case SIF_LIMITING_JUDGEMENTS -> List.of("org.judgementsupport.criteria.SubJudgementsCase", "org.judgementsupport.framework.Grade",
                    "org.judgementsupport.ruleset.Decisions");
            case NEXT_STEPS, SIF_NEXT_STEPS -> List.of("org.judgementsupport.criteria.NextStepsCase", "org.judgementsupport.framework.Grade",
                    "org.judgementsupport.evidence.InspectionType", "org.judgementsupport.ruleset.Decisions");
            case TARGETING_SCORE -> List.of("org.judgementsupport.criteria.TargetingCase", "org.judgementsupport.criteria.Trend",
                    "org.judgementsupport.criteria.Finding", "org.judgementsupport.criteria.Effect", "org.judgementsupport.framework.Grade",
                    "org.judgementsupport.ruleset.Scores");
        };
    }

    /** One rule, written from a row's values: only names the model defines, numbers, and quoted text. */
    private static String rule(ApprovedLayout layout, Map<Role, Object> values, int salience) {
        StringBuilder rule = new StringBuilder("rule ").append(RuleExpressions.quote((String) values.get(Role.NAME))).append('\n');
        if (values.get(Role.AREA) instanceof JudgementArea area) {
            rule.append("    @area(").append(area.name()).append(")\n");
        }
        if (values.get(Role.BENCHMARK) instanceof String benchmark) {
            rule.append("    @benchmark(").append(RuleExpressions.quote(benchmark)).append(")\n");
        }
        rule.append("    @source(").append(RuleExpressions.quote((String) values.get(Role.SOURCE))).append(")\n");
        RuleDescription.Stage stage = layout.stage();
        if (layout == ApprovedLayout.TARGETING_SCORE) {
            // Every matching row adds its points: no first match, so no order and no activation group.
            rule.append("    ruleflow-group \"").append(stage.group()).append("\"\n");
        } else if (!stage.isCriteria()) {
            rule.append("    salience ").append(salience).append('\n')
                    .append("    activation-group \"").append(stage.group()).append("\"\n")
                    .append("    ruleflow-group \"").append(stage.group()).append("\"\n");
        } else if (stage != RuleDescription.Stage.CRITERION) {
            // Criteria of their own framework: a rule group of their own, which only judgements under it run.
            rule.append("    ruleflow-group \"").append(stage.group()).append("\"\n");
        }
        rule.append("when\n    ").append(condition(layout, values)).append("\nthen\n    ").append(consequence(layout, values)).append("\nend\n");
        return rule.toString();
    }

    private static String condition(ApprovedLayout layout, Map<Role, Object> values) {
        return switch (layout) {
            case CRITERIA, SIF_CRITERIA -> "$indicator : Indicator(path == " + RuleExpressions.quote(((EvidenceField) values.get(Role.EVIDENCE)).path())
                    + ", $criterion : Criterion.parse(" + RuleExpressions.quote(((Criterion) values.get(Role.CRITERION)).text())
                    + "), $criterion.isMetBy(value))";
            case OVERALL_EFFECTIVENESS -> {
                List<String> constraints = new ArrayList<>();
                grade(values, Role.WORST_PRACTICE_AREA_IS).ifPresent(grade -> constraints.add("worstPracticeArea == Grade." + grade.name()));
                grade(values, Role.LEADERS_ARE).ifPresent(grade -> constraints.add("leaders == Grade." + grade.name()));
                grade(values, Role.LEADERS_AT_LEAST).ifPresent(grade -> constraints.add("leaders.isAtLeast(Grade." + grade.name() + ")"));
                grade(values, Role.EVERY_PRACTICE_AREA_AT_LEAST)
                        .ifPresent(grade -> constraints.add("worstPracticeArea.isAtLeast(Grade." + grade.name() + ")"));
                if (values.get(Role.REQUIRING_IMPROVEMENT_AT_MOST) instanceof Integer most) {
                    constraints.add("practiceAreasRequiringImprovement <= " + most);
                }
                if (values.get(Role.OUTSTANDING_AT_LEAST) instanceof Integer least) {
                    constraints.add("outstandingPracticeAreas >= " + least);
                }
                yield "OverallCase(" + String.join(", ", constraints) + ")";
            }
            case SIF_OVERALL_EFFECTIVENESS -> {
                List<String> constraints = new ArrayList<>();
                grade(values, Role.HELP_AND_PROTECTION_IS).ifPresent(grade -> constraints.add("helpAndProtection == Grade." + grade.name()));
                grade(values, Role.LOOKED_AFTER_IS).ifPresent(grade -> constraints.add("childrenLookedAfter == Grade." + grade.name()));
                grade(values, Role.LEADERSHIP_IS).ifPresent(grade -> constraints.add("leadership == Grade." + grade.name()));
                grade(values, Role.LEADERSHIP_AT_LEAST).ifPresent(grade -> constraints.add("leadership.isAtLeast(Grade." + grade.name() + ")"));
                grade(values, Role.PRACTICE_JUDGEMENTS_AT_LEAST)
                        .ifPresent(grade -> constraints.add("worstPracticeJudgement.isAtLeast(Grade." + grade.name() + ")"));
                if (values.get(Role.PRACTICE_REQUIRING_IMPROVEMENT_AT_MOST) instanceof Integer most) {
                    constraints.add("practiceJudgementsRequiringImprovement <= " + most);
                }
                if (values.get(Role.PRACTICE_OUTSTANDING_AT_LEAST) instanceof Integer least) {
                    constraints.add("outstandingPracticeJudgements >= " + least);
                }
                yield "KeyJudgementsCase(" + String.join(", ", constraints) + ")";
            }
            case SIF_LIMITING_JUDGEMENTS -> {
                List<String> constraints = new ArrayList<>();
                grade(values, Role.ADOPTION_PERFORMANCE_IS).ifPresent(grade -> constraints.add("adoptionPerformance == Grade." + grade.name()));
                grade(values, Role.CARE_LEAVERS_ARE).ifPresent(grade -> constraints.add("careLeavers == Grade." + grade.name()));
                yield "SubJudgementsCase(" + String.join(", ", constraints) + ")";
            }
            case NEXT_STEPS, SIF_NEXT_STEPS -> {
                @SuppressWarnings("unchecked")
                List<Grade> grades = (List<Grade>) values.get(Role.OVERALL_GRADES);
                yield "NextStepsCase(" + grades.stream().map(grade -> "grade == Grade." + grade.name()).collect(Collectors.joining(" || ")) + ")";
            }
            case TARGETING_SCORE -> {
                List<String> patterns = new ArrayList<>();
                if (values.get(Role.FINDINGS_WITH_EFFECT) instanceof Effect effect) {
                    patterns.add("$finding : Finding(effect == Effect." + effect.name() + ")");
                }
                List<String> history = new ArrayList<>();
                grade(values, Role.PREVIOUS_GRADE).ifPresent(grade -> history.add("previousGrade == Grade." + grade.name()));
                if (values.get(Role.MONTHS_SINCE_INSPECTION_AT_LEAST) instanceof Integer months) {
                    history.add("monthsSinceLastInspection >= " + months);
                }
                // Every row matches the one authority being scored, so a row counting findings counts that authority's.
                patterns.add("$case : TargetingCase(" + String.join(", ", history) + ")");
                if (values.get(Role.WORSE_BY_AT_LEAST_PCT) instanceof Integer worse) {
                    patterns.add("$trend : Trend(worseningPct >= " + worse + ")");
                }
                yield String.join("\n    ", patterns);
            }
        };
    }

    private static String consequence(ApprovedLayout layout, Map<Role, Object> values) {
        return switch (layout) {
            case CRITERIA, SIF_CRITERIA -> "insert(Findings.cite(drools, Effect." + ((Effect) values.get(Role.EFFECT)).name() + ", $indicator, $criterion));";
            case OVERALL_EFFECTIVENESS, SIF_OVERALL_EFFECTIVENESS ->
                    "insert(Decisions.overall(drools, Grade." + ((Grade) values.get(Role.OVERALL_GRADE)).name() + "));";
            case SIF_LIMITING_JUDGEMENTS -> "insert(Decisions.limit(drools, Grade." + ((Grade) values.get(Role.LOOKED_AFTER_AT_BEST)).name() + "));";
            case NEXT_STEPS, SIF_NEXT_STEPS -> "insert(Decisions.nextSteps(drools, InspectionType." + values.get(Role.NEXT_INSPECTION) + ", "
                    + (values.get(Role.DUE_AROUND_MONTHS) instanceof Integer months ? months : "null") + ", "
                    + textOrNull(values.get(Role.FOCUSED_VISITS)) + ", " + textOrNull(values.get(Role.MONITORING)) + "));";
            case TARGETING_SCORE -> {
                int points = (Integer) values.get(Role.POINTS);
                if (values.containsKey(Role.FINDINGS_WITH_EFFECT)) {
                    yield "insert(Scores.perFinding(drools, " + points + ", $finding));";
                }
                yield values.containsKey(Role.WORSE_BY_AT_LEAST_PCT)
                        ? "insert(Scores.perTrend(drools, " + points + ", $trend));"
                        : "insert(Scores.once(drools, " + points + ", $case));";
            }
        };
    }

    private static Optional<Grade> grade(Map<Role, Object> values, Role role) {
        return Optional.ofNullable((Grade) values.get(role));
    }

    private static String textOrNull(Object value) {
        return value instanceof String text ? RuleExpressions.quote(text) : "null";
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        return failure == cause || failure.getMessage() == null ? message : failure.getMessage();
    }
}
