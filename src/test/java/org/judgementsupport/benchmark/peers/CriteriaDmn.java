package org.judgementsupport.benchmark.peers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.judgementsupport.criteria.Criterion;
import org.judgementsupport.evidence.EvidenceField;

/**
 * Writes the default criteria as one DMN 1.5 model, the way a team choosing DMN would hold them: one decision table
 * per criteria table (hit policy COLLECT: every matching row is a finding), a decision for the DRL rule that combines
 * findings, a decision listing every finding in the order the rules are written, and the overall-effectiveness table
 * (hit policy FIRST).
 *
 * <p>A criteria table reads each evidence field it uses as an input column; each row tests its own field ("Fires
 * when" as a FEEL unary test: {@code < 80}, {@code >= 2}, {@code false}, {@code "WIDESPREAD_OR_SERIOUS_FAILURES"}) and
 * is "-" (any) elsewhere, and outputs the finding: rule, area, effect and the evidence it cites. Evidence arrives as
 * one input per group ({@code workforce}, {@code helpAndProtection} …), so a column reads
 * {@code workforce.caseloadPerSocialWorker}; a missing group or field is null, which no test matches. The overall
 * table reads the area grades the service works out, as names, and as ranks where a row says "at least".
 */
final class CriteriaDmn {

    static final String NAMESPACE = "https://judgementsupport.org/dmn/criteria";
    static final String MODEL_NAME = "Judgement Support criteria";
    static final String FINDINGS = "Findings";
    static final String OVERALL_EFFECTIVENESS = "Overall effectiveness";
    static final String LEADERS = "leaders";
    static final String WORST_PRACTICE_AREA = "worst practice area";
    static final String LEADERS_RANK = "leaders rank";
    static final String WORST_PRACTICE_AREA_RANK = "worst practice area rank";
    static final String REQUIRING_IMPROVEMENT = "practice areas requiring improvement";
    static final String OUTSTANDING = "outstanding practice areas";

    private static final String LEADERSHIP_INSTABILITY = "Leadership instability";
    /** The overall table's inputs: grades by name, and by rank (1 outstanding … 4 inadequate) for "at least" tests. */
    static final List<String> OVERALL_INPUTS = List.of(LEADERS, WORST_PRACTICE_AREA, LEADERS_RANK, WORST_PRACTICE_AREA_RANK,
            REQUIRING_IMPROVEMENT, OUTSTANDING);

    private final StringBuilder xml = new StringBuilder();
    private final Map<String, String> inputIds = new LinkedHashMap<>();
    private final Map<String, String> decisionIds = new LinkedHashMap<>();
    private int ids;

    private CriteriaDmn() {
    }

    /** The model's XML, ready for any DMN 1.5 engine. */
    static String write(CriteriaTables tables) {
        return new CriteriaDmn().model(tables);
    }

    private String model(CriteriaTables tables) {
        Map<String, List<CriteriaTables.CriterionRow>> byTable = new LinkedHashMap<>();
        for (CriteriaTables.CriterionRow row : tables.criteria()) {
            byTable.computeIfAbsent(row.table(), table -> new ArrayList<>()).add(row);
        }
        Set<String> groups = new LinkedHashSet<>();
        tables.criteria().forEach(row -> groups.add(group(row.field())));

        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<definitions xmlns=\"https://www.omg.org/spec/DMN/20230324/MODEL/\" id=\"criteria\" name=\"").append(attribute(MODEL_NAME))
                .append("\" namespace=\"").append(NAMESPACE).append("\">\n");
        for (String group : groups) {
            inputData(group);
        }
        for (String input : OVERALL_INPUTS) {
            inputData(input);
        }
        List<String> tableDecisions = new ArrayList<>();
        int number = 0;
        for (Map.Entry<String, List<CriteriaTables.CriterionRow>> table : byTable.entrySet()) {
            String name = "Criteria " + (++number);
            tableDecisions.add(name);
            criteriaTable(name, table.getKey(), table.getValue());
        }
        leadershipInstability(tables.leadershipInstability(), tableDecisions);
        List<String> all = new ArrayList<>(tableDecisions);
        all.add(LEADERSHIP_INSTABILITY);
        decisionStart(FINDINGS, "Every finding, in the order the rules are written: the criteria tables, then the combining rule.", List.of(), all);
        xml.append("    <literalExpression><text>").append(text("concatenate(" + String.join(", ", all) + ")"))
                .append("</text></literalExpression>\n  </decision>\n");
        overallTable(tables.overall());
        xml.append("</definitions>\n");
        return xml.toString();
    }

    private void criteriaTable(String name, String source, List<CriteriaTables.CriterionRow> rows) {
        List<String> fields = rows.stream().map(CriteriaTables.CriterionRow::field).distinct().toList();
        List<String> groups = fields.stream().map(CriteriaDmn::group).distinct().toList();
        decisionStart(name, source, groups, List.of());
        xml.append("    <decisionTable id=\"").append(id()).append("\" hitPolicy=\"COLLECT\">\n");
        for (String field : fields) {
            xml.append("      <input id=\"").append(id()).append("\" label=\"").append(attribute(field)).append("\"><inputExpression id=\"")
                    .append(id()).append("\" typeRef=\"").append(feelType(field)).append("\"><text>").append(text(field))
                    .append("</text></inputExpression></input>\n");
        }
        for (String output : List.of("rule", "area", "effect", "evidence")) {
            xml.append("      <output id=\"").append(id()).append("\" name=\"").append(output).append("\"/>\n");
        }
        for (CriteriaTables.CriterionRow row : rows) {
            xml.append("      <rule id=\"").append(id()).append("\"><description>").append(text(row.cell())).append("</description>\n");
            for (String field : fields) {
                entry("inputEntry", field.equals(row.field()) ? unaryTest(row.criterion()) : "-");
            }
            Criterion criterion = row.criterion();
            entry("outputEntry", feelString(row.rule()));
            entry("outputEntry", feelString(row.area().name()));
            entry("outputEntry", feelString(row.effect().name()));
            entry("outputEntry", "[{field: " + feelString(row.field()) + ", value: " + row.field() + ", threshold: "
                    + criterion.threshold().map(BigDecimal::toPlainString).orElse("null") + "}]");
            xml.append("      </rule>\n");
        }
        xml.append("    </decisionTable>\n  </decision>\n");
    }

    /**
     * {@code rules/leadership-instability.drl}: a limit citing director changes with a concern citing the vacancy rate
     * or turnover is an inadequacy trigger, citing the evidence of both.
     */
    private void leadershipInstability(CriteriaTables.CombinedRule rule, List<String> tableDecisions) {
        decisionStart(LEADERSHIP_INSTABILITY, "rules/leadership-instability.drl, written in FEEL", List.of(), tableDecisions);
        String expression = "{\n"
                + "  criteria: concatenate(" + String.join(", ", tableDecisions) + "),\n"
                + "  directorChanges: criteria[effect = \"LIMITS_TO_REQUIRES_IMPROVEMENT\" and list contains(evidence.field, \"workforce.directorChangesLast12Months\")],\n"
                + "  churn: criteria[effect = \"CONCERN\" and (list contains(evidence.field, \"workforce.vacancyRatePct\") or list contains(evidence.field, \"workforce.turnoverRatePct\"))],\n"
                + "  found: if count(directorChanges) > 0 and count(churn) > 0\n"
                + "    then [{rule: " + feelString(rule.rule()) + ", area: " + feelString(rule.area().name()) + ", effect: \"INADEQUACY_TRIGGER\",\n"
                + "           evidence: concatenate(flatten(directorChanges.evidence), flatten(churn.evidence))}]\n"
                + "    else []\n"
                + "}.found";
        xml.append("    <literalExpression><text>").append(text(expression)).append("</text></literalExpression>\n  </decision>\n");
    }

    private void overallTable(List<CriteriaTables.OverallRow> rows) {
        EnumSet<CriteriaTables.OverallColumn> used = EnumSet.noneOf(CriteriaTables.OverallColumn.class);
        rows.forEach(row -> used.addAll(row.tests().keySet()));
        decisionStart(OVERALL_EFFECTIVENESS, "From decision-tables/overall-effectiveness.drl.xlsx", OVERALL_INPUTS, List.of());
        xml.append("    <decisionTable id=\"").append(id()).append("\" hitPolicy=\"FIRST\">\n");
        for (CriteriaTables.OverallColumn column : used) {
            xml.append("      <input id=\"").append(id()).append("\" label=\"").append(attribute(column.label())).append("\"><inputExpression id=\"")
                    .append(id()).append("\" typeRef=\"").append(column == CriteriaTables.OverallColumn.WORST_PRACTICE_AREA_IS
                            || column == CriteriaTables.OverallColumn.LEADERS_ARE ? "string" : "number")
                    .append("\"><text>").append(text(inputExpression(column))).append("</text></inputExpression></input>\n");
        }
        xml.append("      <output id=\"").append(id()).append("\" name=\"rule\"/>\n");
        xml.append("      <output id=\"").append(id()).append("\" name=\"grade\"/>\n");
        for (CriteriaTables.OverallRow row : rows) {
            xml.append("      <rule id=\"").append(id()).append("\">\n");
            for (CriteriaTables.OverallColumn column : used) {
                CriteriaTables.OverallTest test = row.tests().get(column);
                entry("inputEntry", test == null ? "-" : unaryTest(test));
            }
            entry("outputEntry", feelString(row.rule()));
            entry("outputEntry", feelString(row.grade().name()));
            xml.append("      </rule>\n");
        }
        xml.append("    </decisionTable>\n  </decision>\n");
    }

    private static String inputExpression(CriteriaTables.OverallColumn column) {
        return switch (column) {
            case WORST_PRACTICE_AREA_IS -> WORST_PRACTICE_AREA;
            case LEADERS_ARE -> LEADERS;
            case LEADERS_AT_LEAST -> LEADERS_RANK;
            case EVERY_PRACTICE_AREA_AT_LEAST -> WORST_PRACTICE_AREA_RANK;
            case PRACTICE_AREAS_REQUIRING_IMPROVEMENT_AT_MOST -> REQUIRING_IMPROVEMENT;
            case OUTSTANDING_PRACTICE_AREAS_AT_LEAST -> OUTSTANDING;
        };
    }

    /** The FEEL type of an evidence field's values: practice evaluations arrive by name. */
    private static String feelType(String field) {
        EvidenceField.Kind kind = EvidenceField.byPath(field).map(EvidenceField::kind)
                .orElseThrow(() -> new IllegalStateException("'" + field + "' is not an evidence field"));
        return switch (kind) {
            case NUMBER -> "number";
            case YES_NO -> "boolean";
            case PRACTICE_QUALITY -> "string";
        };
    }

    private static String unaryTest(CriteriaTables.OverallTest test) {
        return switch (test.column()) {
            case WORST_PRACTICE_AREA_IS, LEADERS_ARE -> feelString(test.grade().name());
            case LEADERS_AT_LEAST, EVERY_PRACTICE_AREA_AT_LEAST -> "<= " + test.grade().rank();
            case PRACTICE_AREAS_REQUIRING_IMPROVEMENT_AT_MOST -> "<= " + test.count();
            case OUTSTANDING_PRACTICE_AREAS_AT_LEAST -> ">= " + test.count();
        };
    }

    /** "Fires when" as a FEEL unary test. */
    private static String unaryTest(Criterion criterion) {
        if (criterion.condition() instanceof Criterion.YesNo yesNo) {
            return Boolean.toString(yesNo.yes());
        }
        if (criterion.condition() instanceof Criterion.Practice practice) {
            return feelString(practice.quality().name());
        }
        Criterion.Numeric numeric = (Criterion.Numeric) criterion.condition();
        String number = numeric.number().toPlainString();
        return switch (numeric.comparison()) {
            case BELOW -> "< " + number;
            case AT_MOST -> "<= " + number;
            case EXACTLY -> number;
            case AT_LEAST -> ">= " + number;
            case MORE_THAN -> "> " + number;
        };
    }

    private void inputData(String name) {
        String id = id();
        xml.append("  <inputData id=\"").append(id).append("\" name=\"").append(attribute(name)).append("\"><variable id=\"").append(id())
                .append("\" name=\"").append(attribute(name)).append("\"/></inputData>\n");
        inputIds.put(name, id);
    }

    private void decisionStart(String name, String description, List<String> inputs, List<String> decisions) {
        String id = id();
        decisionIds.put(name, id);
        xml.append("  <decision id=\"").append(id).append("\" name=\"").append(attribute(name)).append("\">\n")
                .append("    <description>").append(text(description)).append("</description>\n")
                .append("    <variable id=\"").append(id()).append("\" name=\"").append(attribute(name)).append("\"/>\n");
        for (String input : inputs) {
            xml.append("    <informationRequirement id=\"").append(id()).append("\"><requiredInput href=\"#").append(inputIds.get(input))
                    .append("\"/></informationRequirement>\n");
        }
        for (String decision : decisions) {
            xml.append("    <informationRequirement id=\"").append(id()).append("\"><requiredDecision href=\"#").append(decisionIds.get(decision))
                    .append("\"/></informationRequirement>\n");
        }
    }

    private void entry(String element, String feel) {
        xml.append("        <").append(element).append(" id=\"").append(id()).append("\"><text>").append(text(feel)).append("</text></")
                .append(element).append(">\n");
    }

    private String id() {
        return "_" + (++ids);
    }

    private static String group(String field) {
        int dot = field.indexOf('.');
        if (dot <= 0) {
            throw new IllegalStateException("evidence field '" + field + "' is not written as group.field");
        }
        return field.substring(0, dot);
    }

    private static String feelString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String text(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String attribute(String value) {
        return text(value).replace("\"", "&quot;");
    }
}
