package org.judgementsupport.ruleset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Builds a {@link RuleSet} from a snapshot of rule files, or refuses it with every problem found and where.
 *
 * <p>Steps: rule files are checked against the language rules may be written in ({@link DrlAllowlist}); workbooks are
 * read as data against the approved table layouts and their rules written and checked the same way
 * ({@link TableTranslator}); only then is everything compiled together, and the compiled rules are checked
 * against the house rules ({@link RuleSetChecks}), the thresholds row against row ({@link ThresholdAnalysis}) and the
 * overall and next-steps tables on every case ({@link GradeTableChecks}). Any error refuses the rule set, with every
 * problem found; warnings travel with the rule set. Nothing partial is ever returned.
 */
@Component
public class RuleSetLoader {

    /** How many translated workbooks to remember: a few versions of every workbook in a rule set. */
    private static final int TRANSLATIONS_KEPT = 64;

    private final TableTranslator translator = new TableTranslator();
    private final RuleSetCompiler compiler = new RuleSetCompiler();

    /**
     * Workbooks translated before, by content hash. A change usually touches one workbook, so a reload translates
     * only that one; reading a workbook with POI is a third of a build.
     */
    private final Map<String, TableTranslator.Translation> translations = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TableTranslator.Translation> eldest) {
            return size() > TRANSLATIONS_KEPT;
        }
    });

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
        // Rule code runs inside the service: nothing outside the allowlisted language is ever compiled. Rule files are
        // checked as written; workbooks are read as data and the rules written from them are checked again.
        for (SourceFile drl : snapshot.drlFiles()) {
            RuleSource source = new RuleSource(drl.path(), null, drl.text());
            problems.addAll(DrlAllowlist.check(source, DrlAllowlist.Origin.RULE_FILE));
            sources.add(source);
        }
        for (SourceFile table : snapshot.decisionTables()) {
            TableTranslator.Translation translation = translate(table);
            problems.addAll(translation.problems());
            for (TableTranslator.TranslatedSheet sheet : translation.sheets()) {
                RuleSource source = new RuleSource(sheet.file(), sheet.sheet(), sheet.drl());
                problems.addAll(DrlAllowlist.check(source, DrlAllowlist.Origin.DECISION_TABLE));
                sources.add(source);
            }
            tables.addAll(translation.tables());
        }
        if (problems.stream().anyMatch(problem -> problem.kind() == RuleSetProblem.Kind.UNSAFE_CODE
                || problem.kind() == RuleSetProblem.Kind.UNSAFE_WORKBOOK || problem.kind() == RuleSetProblem.Kind.COMPILE_ERROR)) {
            throw new RuleSetInvalidException(problems);
        }
        CellLocator cells = new CellLocator(tables);
        // Compile even when some rows were refused, so one report lists compile errors too.
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

    private TableTranslator.Translation translate(SourceFile workbook) {
        // The path is part of the key: problems and locations name the file.
        String key = workbook.path() + "@" + workbook.sha256();
        TableTranslator.Translation cached = translations.get(key);
        if (cached != null) {
            return cached;
        }
        List<String> refusals = WorkbookSafety.refusals(workbook.content());
        TableTranslator.Translation translation;
        if (!refusals.isEmpty()) {
            // Not even parsed: nothing in it is read beyond its list of parts.
            translation = new TableTranslator.Translation(List.of(), List.of(), refusals.stream()
                    .map(reason -> new RuleSetProblem(RuleSetProblem.Kind.UNSAFE_WORKBOOK, RuleLocation.ofFile(workbook.path()), "refused because " + reason))
                    .toList());
        } else {
            translation = translator.translate(workbook);
        }
        translations.put(key, translation);
        return translation;
    }
}
