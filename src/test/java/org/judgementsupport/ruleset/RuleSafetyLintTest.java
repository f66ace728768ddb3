package org.judgementsupport.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judgementsupport.ruleset.RuleFolderFixture.CRITERIA_IMPORTS;
import static org.judgementsupport.ruleset.RuleFolderFixture.criteriaWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule files are code that runs inside the service: each way of reaching outside the judgement model is refused
 * before anything compiles, at the line or cell it is written in.
 */
class RuleSafetyLintTest {

    private static final String FILE = "rules/unsafe.drl";
    private static final String CASELOAD = "workforce.caseloadPerSocialWorker";
    private static final String SOURCE = "DfE 2025 national 90th percentile";

    @TempDir
    Path directory;

    private RuleFolderFixture fixture;

    @BeforeEach
    void copyRepositoryRules() {
        fixture = RuleFolderFixture.copyOfRepository(directory);
    }

    /** A name for the case, the code (placed on line 8 of the file), and the word the report must name. */
    static Stream<Arguments> forbiddenCode() {
        return Stream.of(
                Arguments.of("System", "System.exit(0);", "System"),
                Arguments.of("Runtime", "Runtime.getRuntime().exec(\"rm -rf /\");", "Runtime"),
                Arguments.of("ProcessBuilder", "new ProcessBuilder(\"sh\").start();", "ProcessBuilder"),
                Arguments.of("Thread", "new Thread(() -> {}).start();", "Thread"),
                Arguments.of("Class.forName", "Class.forName(\"java.lang.Runtime\");", "Class"),
                Arguments.of("reflection", "$indicator.getClass().getMethod(\"value\").invoke($indicator);", "getClass"),
                Arguments.of("reflection by name", "Object handle = java.lang.invoke.MethodHandles.lookup();", "java.lang.invoke.MethodHandles.lookup"),
                Arguments.of("java.io", "new java.io.File(\"/etc/passwd\").delete();", "java.io.File"),
                Arguments.of("java.nio", "java.nio.file.Files.delete(null);", "java.nio.file.Files.delete"),
                Arguments.of("java.net", "new java.net.Socket(\"example.org\", 80);", "java.net.Socket"),
                Arguments.of("javax.script", "new javax.script.ScriptEngineManager();", "javax.script.ScriptEngineManager"),
                Arguments.of("class loader", "ClassLoader.getSystemClassLoader();", "ClassLoader"),
                Arguments.of("exit", "drools.getKieRuntime().exit();", "exit"),
                Arguments.of("exec", "$indicator.exec();", "exec"),
                Arguments.of("halt", "drools.halt();", "halt"),
                Arguments.of("a fully qualified name past the import check", "org.judgementsupport.system.Problems.problem(null, null, null, null);",
                        "org.judgementsupport.system.Problems.problem"),
                Arguments.of("a unicode escape", "\\u0053ystem.exit(0);", "\\u"),
                Arguments.of("a unicode escape in a comment", "// \\u000a", "\\u"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbiddenCode")
    void codeReachingOutsideTheJudgementModelIsRefusedAtItsLine(String name, String code, String word) {
        fixture.write(FILE, rule(code));

        List<RuleSetProblem> problems = problems();

        assertThat(problems).as(name).isNotEmpty().allSatisfy(problem -> assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.UNSAFE_CODE));
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.location()).isEqualTo(RuleLocation.ofLine(FILE, 8));
            assertThat(problem.message()).contains(word.equals("\\u") ? "unicode escapes" : "'" + word + "'");
        });
    }

    static Stream<Arguments> forbiddenImports() {
        return Stream.of(
                Arguments.of("import java.io.File;", "java.io.File"),
                Arguments.of("import java.nio.file.*;", "java.nio.file.*"),
                Arguments.of("import java.net.URL;", "java.net.URL"),
                Arguments.of("import javax.script.ScriptEngine;", "javax.script.ScriptEngine"),
                Arguments.of("import java.util.concurrent.Executors;", "java.util.concurrent.Executors"),
                Arguments.of("import java.util.Timer;", "java.util.Timer"),
                Arguments.of("import java.lang.reflect.Method;", "java.lang.reflect.Method"),
                Arguments.of("import java.lang.System;", "java.lang.System"),
                Arguments.of("import function java.lang.System.exit;", "java.lang.System.exit"),
                Arguments.of("import static java.lang.Runtime.getRuntime;", "java.lang.Runtime.getRuntime"),
                Arguments.of("import org.judgementsupport.audit.JudgementRecords;", "org.judgementsupport.audit.JudgementRecords"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forbiddenImports")
    void importsOutsideTheAllowlistAreRefusedAtTheirLine(String importLine, String name) {
        fixture.write(FILE, "package fixture.unsafe;\n\n" + importLine + "\n");

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.UNSAFE_CODE);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofLine(FILE, 3));
            assertThat(problem.message()).contains("import of '" + name + "' is not allowed");
        });
    }

    @Test
    void functionAndDeclareBlocksAreRefusedUnlessTheAllowlistPermitsThem() {
        String code = "package fixture.unsafe;\n\nfunction int twice(int value) { return value * 2; }\n\ndeclare Extra\n    name : String\nend\n";

        assertThat(RuleSafetyLint.scan(code, RuleCodeAllowlist.DEFAULT)).extracting(RuleSafetyLint.Violation::word, RuleSafetyLint.Violation::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("function", 3), org.assertj.core.groups.Tuple.tuple("declare", 5));
        RuleCodeAllowlist permissive = new RuleCodeAllowlist(RuleCodeAllowlist.DEFAULT.allowedNames(), RuleCodeAllowlist.DEFAULT.deniedNames(), true, true);
        assertThat(RuleSafetyLint.scan(code, permissive)).isEmpty();
    }

    @Test
    void theJudgementModelAndPlainJavaValuesAreAllowed() {
        String code = """
                package fixture.safe;
                import java.util.List;
                import java.util.*;
                import java.time.LocalDate;
                import java.time.format.DateTimeFormatter;
                import java.math.BigDecimal;
                import org.judgementsupport.criteria.Effect;
                import org.judgementsupport.ruleset.Findings;
                // System.exit(0) in a comment does nothing
                rule "The words System and Runtime may appear in a name" @source("a \\"quoted\\" Thread")
                when $indicator : Indicator(path == "java.io.File")
                then java.util.Objects.requireNonNull($indicator); Math.max(1, 2); org.judgementsupport.criteria.Effect.valueOf("CONCERN");
                end
                """;

        assertThat(RuleSafetyLint.scan(code, RuleCodeAllowlist.DEFAULT)).isEmpty();
    }

    @Test
    void aWorkbookImportCellOutsideTheAllowlistIsRefusedAtThatCell() {
        fixture.write("decision-tables/extra.drl.xlsx", criteriaWorkbook("fixture.extra", CRITERIA_IMPORTS + ", java.io.File",
                "insert(Findings.cite(drools, Effect.$param, $indicator, $criterion));", row("at least 40")));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.UNSAFE_CODE);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell("decision-tables/extra.drl.xlsx", "Extra", "B2"));
        });
    }

    @Test
    void aWorkbookActionCellReachingTheProcessIsRefusedAtThatCell() {
        fixture.write("decision-tables/extra.drl.xlsx", criteriaWorkbook("fixture.extra", CRITERIA_IMPORTS,
                "insert(Findings.cite(drools, Effect.$param, $indicator, $criterion)); System.exit(1);", row("at least 40")));

        assertThat(problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.UNSAFE_CODE);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell("decision-tables/extra.drl.xlsx", "Extra", "E7"));
        }).anySatisfy(problem -> assertThat(problem.message()).contains("'System'"));
    }

    @Test
    void aValueCellThatBreaksOutOfItsQuotesIntoCodeIsRefusedAtThatCell() {
        // Drools escapes a value's quotes unless the sheet's EscapeQuotes setting says not to.
        fixture.write("decision-tables/extra.drl.xlsx", criteriaWorkbook("fixture.extra", CRITERIA_IMPORTS,
                "insert(Findings.cite(drools, Effect.$param, $indicator, $criterion));", false,
                row("at least 40\"), Runtime.getRuntime().exec(\"sh\") != null, Criterion.parse(\"at least 40")));

        assertThat(problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.UNSAFE_CODE);
            // The value cell: the EscapeQuotes setting row moves the table down one row, to D10.
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell("decision-tables/extra.drl.xlsx", "Extra", "D10"));
        });
    }

    @Test
    void aMacroEnabledWorkbookIsRefusedWhateverItIsCalled() throws IOException {
        byte[] workbook = withExtraPart(fixture.read("decision-tables/next-steps.drl.xlsx"), "xl/vbaProject.bin");
        fixture.write("decision-tables/next-steps.drl.xlsx", workbook);

        assertThat(problems()).anySatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.UNSAFE_WORKBOOK);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofFile("decision-tables/next-steps.drl.xlsx"));
            assertThat(problem.message()).contains("macros");
        });
    }

    @Test
    void aWorkbookLinkedToOtherWorkbooksIsRefused() throws IOException {
        fixture.write("decision-tables/next-steps.drl.xlsx",
                withExtraPart(fixture.read("decision-tables/next-steps.drl.xlsx"), "xl/externalLinks/externalLink1.xml"));

        assertThat(problems()).anySatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.UNSAFE_WORKBOOK);
            assertThat(problem.message()).contains("links to other workbooks");
        });
    }

    private static Object[] row(String firesWhen) {
        return new Object[] {"Caseloads are very high", "IMPACT_OF_LEADERS", CASELOAD, firesWhen, "CONCERN", "", SOURCE};
    }

    /** A DRL file whose rule's action is the given code, on line 8. */
    private static String rule(String action) {
        return "package fixture.unsafe;\n"
                + "import org.judgementsupport.evidence.Indicator;\n"
                + "\n"
                + "rule \"Unsafe\"\n"
                + "    @source(\"DfE 2025 national 90th percentile\")\n"
                + "when\n"
                + "    $indicator : Indicator()\n"
                + "then " + action + "\n"
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

    private static byte[] withExtraPart(byte[] workbook, String partName) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(in.readAllBytes());
            }
            zip.putNextEntry(new ZipEntry(partName));
            zip.write(new byte[] {1, 2, 3});
        }
        return out.toByteArray();
    }
}
