package org.judgementsupport.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Builds a {@link RuleSet} from a snapshot of rule files, or refuses it with every problem found and where.
 *
 * <p>Steps: workbooks are translated sheet by sheet, everything is compiled together, the compiled rules are checked
 * against the house rules ({@link RuleSetChecks}), the thresholds row against row ({@link ThresholdAnalysis}) and the
 * overall and next-steps tables on every case ({@link GradeTableChecks}). Any error refuses the rule set, with every
 * problem found; warnings travel with the rule set. Nothing partial is ever returned.
 */
@Component
public class RuleSetLoader {

    private final SpreadsheetTranslator translator = new SpreadsheetTranslator();
    private final RuleSetCompiler compiler = new RuleSetCompiler();

    /**
     * @throws RuleSetInvalidException listing every problem, when there is an error
     */
    public RuleSet load(RuleSetSnapshot snapshot) {
        List<RuleSetProblem> problems = new ArrayList<>(snapshot.fileProblems());
        if (snapshot.files().isEmpty()) {
            throw new RuleSetInvalidException(problems.isEmpty()
                    ? List.of(new RuleSetProblem(RuleSetProblem.Kind.MISSING_TABLE, RuleLocation.ofFile(RuleSetFolder.RULES), "the rule set has no files"))
                    : problems);
        }
        List<RuleSource> sources = new ArrayList<>();
        List<DecisionTableLayout.Table> tables = new ArrayList<>();
        for (SourceFile drl : snapshot.drlFiles()) {
            sources.add(new RuleSource(drl.path(), null, drl.text()));
        }
        for (SourceFile table : snapshot.decisionTables()) {
            translator.translate(table, problems)
                    .forEach(sheet -> sources.add(new RuleSource(sheet.file(), sheet.sheet(), sheet.drl())));
            tables.addAll(DecisionTableLayout.read(table));
        }
        CellLocator cells = new CellLocator(tables);
        // Compile even when some files were refused, so one report lists compile errors too.
        Optional<RuleSetCompiler.Compiled> compiled = compiler.compile(sources, cells, problems);
        if (compiled.isEmpty() || !problems.isEmpty()) {
            throw new RuleSetInvalidException(problems);
        }
        RuleCatalogue catalogue = RuleCatalogue.describe(compiled.get().kieBase(), sources);
        problems.addAll(RuleSetChecks.check(compiled.get().kieBase(), catalogue, cells));
        if (!problems.isEmpty()) {
            throw new RuleSetInvalidException(problems);
        }
        problems.addAll(ThresholdAnalysis.check(catalogue, cells));
        RuleSet ruleSet = new RuleSet(snapshot.version(), catalogue, compiled.get().kieBase(), snapshot.files(), List.of());
        problems.addAll(GradeTableChecks.check(ruleSet));
        if (problems.stream().anyMatch(RuleSetProblem::isError)) {
            throw new RuleSetInvalidException(problems);
        }
        return ruleSet.withWarnings(problems);
    }
}
