package org.judgementsupport.ruleset;

import static org.judgementsupport.ruleset.RuleSetProblem.Kind.CRITERION;
import static org.judgementsupport.ruleset.RuleSetProblem.Kind.DUPLICATE_NAME;
import static org.judgementsupport.ruleset.RuleSetProblem.Kind.MISSING_TABLE;
import static org.judgementsupport.ruleset.RuleSetProblem.Kind.RULE_METADATA;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.judgementsupport.criteria.Criterion;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.framework.Framework;
import org.judgementsupport.framework.JudgementArea;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * House rules a rule set must keep beyond compiling: every rule and table row named and sourced, criteria declaring
 * an area and effect that exist, evidence paths that exist (a misspelt path would make a rule that never fires),
 * criteria that read and fit their evidence, unique names, and the tables the service needs.
 */
final class RuleSetChecks {

    /** The areas criteria speak about; frameworks map them onto their graded areas. */
    static final Set<JudgementArea> CRITERIA_AREAS = EnumSet.of(JudgementArea.IMPACT_OF_LEADERS,
            JudgementArea.HELP_AND_PROTECTION, JudgementArea.CHILDREN_IN_CARE, JudgementArea.CARE_LEAVERS);
    /** The areas the single inspection framework's criteria speak about: its own five judgements. */
    static final Set<JudgementArea> SIF_CRITERIA_AREAS = EnumSet.copyOf(Framework.SIF_2013.directlyJudgedAreas());

    private static final LevenshteinDistance EDIT_DISTANCE = new LevenshteinDistance(6);

    private RuleSetChecks() {
    }

    static List<RuleSetProblem> check(KieBase kieBase, RuleCatalogue catalogue, CellLocator cells) {
        List<RuleSetProblem> problems = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleDescription description = catalogue.rules().stream()
                        .filter(candidate -> candidate.name().equals(rule.getName()))
                        .findFirst().orElseThrow();
                checkRule((RuleImpl) rule, description, cells, problems);
            }
        }
        checkUniqueNames(catalogue, problems);
        for (RuleDescription.Stage stage : RuleDescription.Stage.values()) {
            if (!stage.isCriteria() && catalogue.rules(stage).isEmpty()) {
                problems.add(new RuleSetProblem(MISSING_TABLE, RuleLocation.ofFile(RuleSetFolder.DECISION_TABLES),
                        "no " + stage.group() + " table: a workbook whose settings put its rules in RULEFLOW-GROUP '"
                                + stage.group() + "' must decide " + stage.name().toLowerCase().replace('_', ' ')
                                .replaceFirst("^sif ", "the single inspection framework's ")));
            }
        }
        return problems;
    }

    private static void checkRule(RuleImpl rule, RuleDescription description, CellLocator cells, List<RuleSetProblem> problems) {
        RuleLocation where = description.location();
        boolean tableRow = where instanceof RuleLocation.WorkbookCell;
        if (where instanceof RuleLocation.WorkbookCell cell && cell.row() != null && rule.getName().endsWith("_" + cell.row())) {
            problems.add(new RuleSetProblem(RULE_METADATA, cells.cell(where, CellLocator.NAME), "this row has no name: write a sentence policy staff "
                    + "would recognise in the row's Name column"));
        }
        if (description.stage() == null) {
            problems.add(new RuleSetProblem(RULE_METADATA, where, "'" + rule.getName() + "' is in rule group '"
                    + rule.getAgendaGroup() + "', which the service never runs; criteria belong in no group"));
            return;
        }
        if (description.source() == null) {
            problems.add(new RuleSetProblem(RULE_METADATA, cells.cell(where, CellLocator.SOURCE), "'" + rule.getName() + "' names no source: "
                    + (tableRow ? "fill in the row's Source column" : "add @source(\"…\") naming the document and paragraph")));
        }
        if (description.stage().isCriteria()) {
            checkCriterionMetadata(rule, description, tableRow, cells, problems);
            checkEvidenceUses(description, cells, problems);
        }
    }

    private static void checkCriterionMetadata(RuleImpl rule, RuleDescription description, boolean tableRow, CellLocator cells,
                                               List<RuleSetProblem> problems) {
        Map<String, Object> metadata = rule.getMetaData();
        Object area = metadata.get(RuleCatalogue.AREA);
        Set<JudgementArea> areas = areasOf(description.stage());
        if (description.area() == null || !areas.contains(description.area())) {
            problems.add(new RuleSetProblem(RULE_METADATA, cells.cell(description.location(), CellLocator.AREA), "'" + rule.getName() + "' "
                    + (area == null ? "declares no area" : "declares area '" + area + "', which " + (description.stage() == RuleDescription.Stage.SIF_CRITERION
                    ? "the single inspection framework's criteria" : "criteria") + " cannot be about")
                    + ": use one of " + areas + (tableRow ? " in the Area column" : " in @area(…)")));
        }
        if (description.effect() == null) {
            problems.add(new RuleSetProblem(RULE_METADATA, cells.cell(description.location(), CellLocator.EFFECT), "'" + rule.getName() + "' emits no finding: "
                    + (tableRow ? "fill in the row's Effect column with one of " + Arrays.toString(Effect.values())
                    : "its consequence should be insert(Findings.cite(drools, Effect.…, $indicator, $criterion))")));
        }
    }

    /** The areas criteria of that stage may be about. */
    static Set<JudgementArea> areasOf(RuleDescription.Stage stage) {
        return stage == RuleDescription.Stage.SIF_CRITERION ? SIF_CRITERIA_AREAS : CRITERIA_AREAS;
    }

    private static void checkEvidenceUses(RuleDescription description, CellLocator cells, List<RuleSetProblem> problems) {
        for (RuleDescription.EvidenceUse use : description.evidence()) {
            Optional<EvidenceField> field = EvidenceField.byPath(use.field());
            if (field.isEmpty()) {
                problems.add(new RuleSetProblem(RULE_METADATA, cells.cell(description.location(), CellLocator.EVIDENCE), "'" + description.name() + "' reads '"
                        + use.field() + "', which is not an evidence field, so it could never fire" + suggestion(use.field())));
                continue;
            }
            if (use.criterion() == null) {
                continue;
            }
            try {
                Criterion criterion = Criterion.parse(use.criterion());
                if (criterion.appliesTo() != field.get().kind()) {
                    problems.add(new RuleSetProblem(CRITERION, cells.cell(description.location(), CellLocator.CRITERION), "'" + description.name()
                            + "': the criterion '" + use.criterion() + "' is for " + kindWords(criterion.appliesTo())
                            + " but " + use.field() + " is " + kindWords(field.get().kind()) + ", so it could never fire"));
                }
            } catch (IllegalArgumentException unreadable) {
                problems.add(new RuleSetProblem(CRITERION, cells.cell(description.location(), CellLocator.CRITERION), "'" + description.name() + "': " + unreadable.getMessage()));
            }
        }
    }

    private static void checkUniqueNames(RuleCatalogue catalogue, List<RuleSetProblem> problems) {
        Map<String, List<RuleDescription>> byName = catalogue.rules().stream().collect(Collectors.groupingBy(RuleDescription::name));
        byName.forEach((name, rules) -> {
            if (rules.size() > 1) {
                String where = rules.stream().map(rule -> rule.location().describe()).collect(Collectors.joining("; "));
                for (RuleDescription rule : rules) {
                    problems.add(new RuleSetProblem(DUPLICATE_NAME, rule.location(),
                            "the name '" + name + "' is used by " + rules.size() + " rules (" + where + "); each rule needs its own name"));
                }
            }
        });
    }

    private static String suggestion(String path) {
        return Arrays.stream(EvidenceField.values())
                .map(EvidenceField::path)
                .filter(candidate -> EDIT_DISTANCE.apply(candidate.toLowerCase(), path.toLowerCase()) >= 0)
                .min((a, b) -> Integer.compare(EDIT_DISTANCE.apply(a.toLowerCase(), path.toLowerCase()),
                        EDIT_DISTANCE.apply(b.toLowerCase(), path.toLowerCase())))
                .map(candidate -> "; did you mean '" + candidate + "'?")
                .orElse("");
    }

    private static String kindWords(EvidenceField.Kind kind) {
        return switch (kind) {
            case NUMBER -> "a number";
            case YES_NO -> "a yes/no answer";
            case PRACTICE_QUALITY -> "a practice evaluation";
        };
    }
}
