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
 * <p>Steps: workbooks are translated sheet by sheet, everything is compiled together, the compiled rules are checked
 * against the house rules ({@link RuleSetChecks}), the thresholds row against row ({@link ThresholdAnalysis}) and the
 * overall and next-steps tables on every case ({@link GradeTableChecks}). Any error refuses the rule set, with every
 * problem found; warnings travel with the rule set. Nothing partial is ever returned.
 */
@Component
public class RuleSetLoader {

    /** How many translated workbooks to remember: a few versions of every workbook in a rule set. */
    private static final int TRANSLATIONS_KEPT = 64;

    private final SpreadsheetTranslator translator = new SpreadsheetTranslator();
    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private final RuleCodeAllowlist allowlist;

    public RuleSetLoader() {
        this(RuleCodeAllowlist.DEFAULT);
    }

    /** With another allowlist: for tests of the safety lint. */
    public RuleSetLoader(RuleCodeAllowlist allowlist) {
        this.allowlist = allowlist;
    }

    /**
     * Workbooks translated before, by content hash. A change usually touches one workbook, so a reload translates
     * only that one; reading a workbook with POI is a third of a build.
     */
    private final Map<String, Translation> translations = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Translation> eldest) {
            return size() > TRANSLATIONS_KEPT;
        }
    });

    private record Translation(List<SpreadsheetTranslator.TranslatedSheet> sheets, List<DecisionTableLayout.Table> tables,
                               List<RuleSetProblem> problems) {
    }

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
            Translation translation = translate(table);
            problems.addAll(translation.problems());
            translation.sheets().forEach(sheet -> sources.add(new RuleSource(sheet.file(), sheet.sheet(), sheet.drl())));
            tables.addAll(translation.tables());
        }
        CellLocator cells = new CellLocator(tables);
        // Rule code runs inside the service: code that reaches outside the judgement model is never compiled.
        List<RuleSetProblem> unsafe = RuleSafetyLint.check(sources, cells, workbooksByPath(snapshot), allowlist);
        if (!unsafe.isEmpty()) {
            problems.addAll(unsafe);
            throw new RuleSetInvalidException(problems);
        }
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

    private static Map<String, SourceFile> workbooksByPath(RuleSetSnapshot snapshot) {
        Map<String, SourceFile> workbooks = new LinkedHashMap<>();
        snapshot.decisionTables().forEach(workbook -> workbooks.put(workbook.path(), workbook));
        return workbooks;
    }

    private Translation translate(SourceFile workbook) {
        // The path is part of the key: problems and locations name the file.
        String key = workbook.path() + "@" + workbook.sha256();
        Translation cached = translations.get(key);
        if (cached != null) {
            return cached;
        }
        List<RuleSetProblem> problems = new ArrayList<>();
        List<String> refusals = WorkbookSafety.refusals(workbook.content());
        if (!refusals.isEmpty()) {
            // Not even parsed: nothing in it is read beyond its list of parts.
            refusals.forEach(reason -> problems.add(new RuleSetProblem(RuleSetProblem.Kind.UNSAFE_WORKBOOK, RuleLocation.ofFile(workbook.path()),
                    "refused because " + reason)));
            Translation refused = new Translation(List.of(), List.of(), List.copyOf(problems));
            translations.put(key, refused);
            return refused;
        }
        List<SpreadsheetTranslator.TranslatedSheet> sheets = translator.translate(workbook, problems);
        Translation translation = new Translation(sheets, DecisionTableLayout.read(workbook), List.copyOf(problems));
        translations.put(key, translation);
        return translation;
    }
}
