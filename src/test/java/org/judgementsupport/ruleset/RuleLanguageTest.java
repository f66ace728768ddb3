package org.judgementsupport.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rule file may say only what judging evidence needs: patterns on the judgement model's facts and inserting
 * findings. Every other construct is refused at its line before anything compiles, so nothing in it ever runs — not
 * even while the rule set is only being validated.
 */
class RuleLanguageTest {

    private static final String FILE = "rules/attack.drl";

    @TempDir
    Path directory;

    /** Where an attack would write if any of its code ran; it must never exist. */
    private Path written;
    private RuleFolderFixture fixture;

    @BeforeEach
    void copyRepositoryRules() {
        fixture = RuleFolderFixture.copyOfRepository(directory.resolve("folder"));
        written = directory.resolve("written-by-a-rule");
    }

    /** A name, the DRL after the package line and imports (line 8 on), the line refused, and words the refusal must hold. */
    static Stream<Arguments> refused() {
        String formatter = "new java.util.Formatter(\"%s\")";
        return Stream.of(
                Arguments.of("a Java object made in a consequence", rule("then java.util.Formatter f = " + formatter + ";"), 12, "may only insert findings"),
                Arguments.of("a Java object made after the insert",
                        rule("then insert(Findings.cite(drools, Effect.CONCERN, $indicator, $criterion)); " + formatter + ";"), 12, "'new'"),
                Arguments.of("eval", condition("eval(" + formatter + " != null)"), 11, "'eval' is not allowed"),
                Arguments.of("from", condition("$x : Indicator(path == \"a\") from " + formatter), 11, "'from' is not allowed"),
                Arguments.of("accumulate with init code",
                        condition("$n : Number() from accumulate(Indicator(), init(Object o = " + formatter + ";), action(), result(1))"), 11, "not allowed"),
                Arguments.of("collect", condition("$all : java.util.List() from collect(Indicator())"), 11, "not allowed"),
                Arguments.of("the rule engine reached from a consequence",
                        rule("then drools.getKieRuntime().getKieBase().removeRule(\"judgementsupport.criteria.limits\", \"x\");"), 12, "'drools'"),
                Arguments.of("reflection through the stack", rule("then StackWalker.getInstance().getCallerClass().getConstructors();"), 12, "'StackWalker'"),
                Arguments.of("a class loader from the module layer", rule("then ModuleLayer.boot().findLoader(\"java.base\");"), 12, "'ModuleLayer'"),
                Arguments.of("changing the time zone of the service", rule("then java.util.TimeZone.setDefault(null);"), 12, "'java'"),
                Arguments.of("a loop that never ends", rule("then long i = 1; while (i > 0) i++;"), 12, "'long' is not allowed"),
                Arguments.of("a statement hidden behind a unicode escape", rule("then insert(Findings.cite(drools, Effect.CONCERN, $indicator, $criterion));\n"
                        + "// \\u000a java.util.TimeZone.setDefault(null);"), 13, "unicode escapes"),
                Arguments.of("metadata Drools evaluates while it builds", "rule \"Attack\" @area(IMPACT_OF_LEADERS) @source(" + formatter + ")\n"
                        + "when $indicator : Indicator(path == \"workforce.caseloadPerSocialWorker\")\nthen\nend\n", 8, "@source takes one text"),
                Arguments.of("an unknown metadata key", "rule \"Attack\" @area(IMPACT_OF_LEADERS) @source(\"s\") @evil(" + formatter + ")\n"
                        + "when\nthen\nend\n", 8, "@evil is not allowed"),
                Arguments.of("a salience computed by code", "rule \"Attack\" @area(IMPACT_OF_LEADERS) @source(\"s\") salience (" + formatter + " != null ? 1 : 2)\n"
                        + "when\nthen\nend\n", 8, "'salience' is not allowed"),
                Arguments.of("the Java dialect", "rule \"Attack\" @area(IMPACT_OF_LEADERS) @source(\"s\") dialect \"java\"\nwhen\nthen\nend\n", 8,
                        "'dialect' is not allowed"),
                Arguments.of("a global", "global java.util.List out;\n", 8, "'global' is not allowed"),
                Arguments.of("a function", "function int twice(int v) { return v * 2; }\n", 8, "'function' blocks are not allowed"),
                Arguments.of("a declared type", "declare Extra\n    name : String\nend\n", 8, "'declare' is not allowed"),
                Arguments.of("a query", "query \"everything\"\n    Indicator()\nend\n", 8, "queries are not allowed"),
                Arguments.of("a pattern on a type outside the model", condition("$file : java.io.File()"), 11, "is not a fact rules can match"),
                Arguments.of("a method the model does not allow", condition("Indicator(path.toString() == \"x\")"), 11, "'toString(…)' is not a question"),
                Arguments.of("a property the model does not expose", condition("Finding(evidence != null)"), 11, "'evidence' is not something"),
                Arguments.of("arithmetic in a constraint", condition("Indicator(path == \"a\" + \"b\")"), 11, "'+' is not allowed"),
                Arguments.of("a text breaking out of its quotes", condition("Indicator(path == \"x\\\" + " + formatter + " + \\\"\")"), 11,
                        "mismatched input"),
                Arguments.of("an escape other than a quote or a backslash", condition("Indicator(path == \"x\\n\")"), 11,
                        "the only escapes allowed"),
                Arguments.of("too many patterns joined", condition("Indicator(path == \"a\") Indicator(path == \"b\") Indicator(path == \"c\") Indicator(path == \"d\") "
                        + "Indicator(path == \"e\")"), 8,
                        "at most 4"),
                Arguments.of("evidence read without saying which", condition("$any : Indicator()"), 11, "must say which evidence it reads"),
                Arguments.of("three findings joined", condition("$a : Finding(effect == Effect.CONCERN) $b : Finding(effect == Effect.CONCERN) "
                        + "$c : Finding(effect == Effect.STRENGTH)"), 8, "at most 2"),
                Arguments.of("a direction-changing character hidden in a text", condition("Indicator(path == \"x\u202Ey\")"), 11,
                        "direction-changing"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void anythingButJudgingEvidenceIsRefusedAtItsLineAndNeverRuns(String name, String code, int line, String words) throws Exception {
        fixture.write(FILE, file(code.replace("%s", written.toString())));

        List<RuleSetProblem> problems = problems();

        assertThat(problems).as(name).isNotEmpty().allSatisfy(problem -> assertThat(problem.kind()).isIn(RuleSetProblem.Kind.UNSAFE_CODE,
                RuleSetProblem.Kind.COMPILE_ERROR));
        assertThat(problems).as(name).anySatisfy(problem -> {
            assertThat(problem.location()).isEqualTo(RuleLocation.ofLine(FILE, line));
            assertThat(problem.message()).contains(words);
        });
        assertThat(Files.exists(written)).as("nothing of the rule ran").isFalse();
    }

    static Stream<Arguments> refusedImports() {
        return Stream.of(
                Arguments.of("import java.util.*;", "java.util.*"),
                Arguments.of("import java.util.Formatter;", "java.util.Formatter"),
                Arguments.of("import java.lang.System;", "java.lang.System"),
                Arguments.of("import org.judgementsupport.system.Problems;", "org.judgementsupport.system.Problems"),
                Arguments.of("import function java.lang.System.exit;", "import function"),
                Arguments.of("import static java.lang.Runtime.getRuntime;", "is not allowed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedImports")
    void onlyTheJudgementModelCanBeImported(String importLine, String words) {
        fixture.write(FILE, "package fixture.attack;\n\n" + importLine + "\n");

        assertThat(problems()).anySatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.UNSAFE_CODE);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofLine(FILE, 3));
            assertThat(problem.message()).contains(words);
        });
    }

    @Test
    void aRuleReadingFindingsMustEmitAMoreSevereEffectThanItReads() {
        fixture.write(FILE, file("""
                rule "Concerns about the workforce become a limit"
                    @area(IMPACT_OF_LEADERS) @source("s")
                when
                    $vacancies : Finding(effect == Effect.CONCERN, cites("workforce.vacancyRatePct"))
                    $limit : Finding(effect == Effect.LIMITS_TO_REQUIRES_IMPROVEMENT || effect == Effect.CONCERN, cites("workforce.turnoverRatePct"))
                then
                    insert(Findings.combine(drools, Effect.LIMITS_TO_REQUIRES_IMPROVEMENT, $vacancies, $limit));
                end
                """));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo(RuleLocation.ofLine(FILE, 12));
            assertThat(problem.message()).contains("reads LIMITS_TO_REQUIRES_IMPROVEMENT findings and emits LIMITS_TO_REQUIRES_IMPROVEMENT");
        });
    }

    @Test
    void aFindingPatternMustSayWhichEffectItReads() {
        fixture.write(FILE, file("""
                rule "Anything at all becomes a trigger"
                    @area(IMPACT_OF_LEADERS) @source("s")
                when
                    $any : Finding(cites("workforce.vacancyRatePct"))
                then
                    insert(Findings.combine(drools, Effect.INADEQUACY_TRIGGER, $any));
                end
                """));

        assertThat(problems()).singleElement().satisfies(problem -> assertThat(problem.message()).contains("must say which effect it reads"));
    }

    @Test
    void whatJudgingEvidenceNeedsIsAllowed() {
        fixture.write(FILE, file("""
                // Comments, "quotes" inside texts, and the words System or Runtime in a name are only text.
                rule "System and Runtime: a name may say \\"anything\\""
                    @area(HELP_AND_PROTECTION)
                    @source("004_c2c885fd094ce24a.txt para 32: \\"children are left vulnerable or at risk\\"")
                    @benchmark("England 2025: 15.2")
                when
                    $indicator : Indicator(path == "helpAndProtection.casesWithChildrenLeftAtRisk",
                                           $criterion : Criterion.parse("at least 3"), $criterion.isMetBy(value))
                    not Finding(effect == Effect.LIMITS_TO_REQUIRES_IMPROVEMENT, rule == "none", area == JudgementArea.HELP_AND_PROTECTION)
                    exists (Finding(effect == Effect.CONCERN) or Finding(effect == Effect.STRENGTH, !cites("workforce.vacancyRatePct") && source != null))
                then
                    /* one finding */
                    insert(Findings.cite(drools, Effect.INADEQUACY_TRIGGER, $indicator, $criterion));
                end
                """).replace("import org.judgementsupport.criteria.Finding;",
                "import org.judgementsupport.criteria.Finding;\nimport org.judgementsupport.framework.JudgementArea;"));

        assertThat(problems()).isEmpty();
    }

    @Test
    void theRulesGeneratedFromEveryShippedTableAndEveryShippedRuleFilePass() {
        RuleSetSnapshot repository = RepositoryRuleSet.folder().read();
        for (SourceFile drl : repository.drlFiles()) {
            assertThat(DrlAllowlist.check(new RuleSource(drl.path(), null, drl.text()), DrlAllowlist.Origin.RULE_FILE)).as(drl.path()).isEmpty();
        }
        TableTranslator translator = new TableTranslator();
        for (SourceFile workbook : repository.decisionTables()) {
            TableTranslator.Translation translation = translator.translate(workbook);
            assertThat(translation.problems()).as(workbook.path()).isEmpty();
            assertThat(translation.sheets()).as(workbook.path()).isNotEmpty().allSatisfy(sheet -> assertThat(
                    DrlAllowlist.check(new RuleSource(sheet.file(), sheet.sheet(), sheet.drl()), DrlAllowlist.Origin.DECISION_TABLE)).isEmpty());
        }
    }

    /** A file with the model's imports, then the code from line 8. */
    private static String file(String code) {
        return "package fixture.attack;\n"
                + "import org.judgementsupport.evidence.Indicator;\n"
                + "import org.judgementsupport.criteria.Criterion;\n"
                + "import org.judgementsupport.criteria.Effect;\n"
                + "import org.judgementsupport.criteria.Finding;\n"
                + "import org.judgementsupport.ruleset.Findings;\n"
                + "\n"
                + code;
    }

    /** A rule (from line 8) whose consequence starts on line 12 with the given code. */
    private static String rule(String consequence) {
        return "rule \"Attack\"\n"
                + "    @area(IMPACT_OF_LEADERS) @source(\"s\")\n"
                + "when\n"
                + "    $indicator : Indicator(path == \"workforce.caseloadPerSocialWorker\", $criterion : Criterion.parse(\"at least 0\"), $criterion.isMetBy(value))\n"
                + consequence + "\n"
                + "end\n";
    }

    /** A rule (from line 8) whose condition is the given code, on line 11. */
    private static String condition(String condition) {
        return "rule \"Attack\"\n"
                + "    @area(IMPACT_OF_LEADERS) @source(\"s\")\n"
                + "when\n"
                + "    " + condition + "\n"
                + "then\n"
                + "end\n";
    }

    private List<RuleSetProblem> problems() {
        try {
            new RuleSetLoader().load(fixture.folder().read());
            return List.of();
        } catch (RuleSetInvalidException invalid) {
            return invalid.problems();
        }
    }
}
