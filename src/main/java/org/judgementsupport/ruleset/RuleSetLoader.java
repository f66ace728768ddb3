package org.judgementsupport.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Builds a {@link RuleSet} from a snapshot of rule files, or refuses it with every problem found and where.
 *
 * <p>Steps: workbooks are translated sheet by sheet, everything is compiled together, and the compiled rules are
 * checked against the house rules ({@link RuleSetChecks}). Nothing partial is ever returned.
 */
@Component
public class RuleSetLoader {

    private final SpreadsheetTranslator translator = new SpreadsheetTranslator();
    private final RuleSetCompiler compiler = new RuleSetCompiler();

    /**
     * @throws RuleSetInvalidException listing every problem, when there is any
     */
    public RuleSet load(RuleSetSnapshot snapshot) {
        List<RuleSetProblem> problems = new ArrayList<>(snapshot.fileProblems());
        if (snapshot.files().isEmpty()) {
            throw new RuleSetInvalidException(problems.isEmpty()
                    ? List.of(new RuleSetProblem(RuleSetProblem.Kind.MISSING_TABLE, RuleLocation.ofFile(RuleSetFolder.RULES), "the rule set has no files"))
                    : problems);
        }
        List<RuleSource> sources = new ArrayList<>();
        for (SourceFile drl : snapshot.drlFiles()) {
            sources.add(new RuleSource(drl.path(), null, drl.text()));
        }
        for (SourceFile table : snapshot.decisionTables()) {
            translator.translate(table, problems)
                    .forEach(sheet -> sources.add(new RuleSource(sheet.file(), sheet.sheet(), sheet.drl())));
        }
        // Compile even when some files were refused, so one report lists compile errors too.
        Optional<RuleSetCompiler.Compiled> compiled = compiler.compile(sources, problems);
        if (compiled.isEmpty() || !problems.isEmpty()) {
            throw new RuleSetInvalidException(problems);
        }
        RuleCatalogue catalogue = RuleCatalogue.describe(compiled.get().kieBase(), sources);
        problems.addAll(RuleSetChecks.check(compiled.get().kieBase(), catalogue));
        if (!problems.isEmpty()) {
            throw new RuleSetInvalidException(problems);
        }
        return new RuleSet(snapshot.version(), catalogue, compiled.get().kieBase(), snapshot.files());
    }
}
