package org.judgementsupport.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.judgementsupport.ruleset.RuleFolderFixture.criteriaWorkbook;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.criteria.Finding;
import org.judgementsupport.evidence.Indicator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the loader reports for each way policy staff can break a rule folder, and where it says the problem is.
 */
class RuleSetLoaderTest {

    private static final String CASELOAD = "workforce.caseloadPerSocialWorker";
    private static final String SOURCE = "DfE 2025 national 90th percentile";

    @TempDir
    Path directory;

    private RuleFolderFixture fixture;
    private final RuleSetLoader loader = new RuleSetLoader();

    @BeforeEach
    void copyRepositoryRules() {
        fixture = RuleFolderFixture.copyOfRepository(directory);
    }

    @Test
    void aCopyOfTheRepositoryLoadsWithEveryRule() {
        RuleSet ruleSet = loader.load(fixture.folder().read());

        assertThat(ruleSet.catalogue().rules()).hasSameSizeAs(RepositoryRuleSet.get().catalogue().rules());
        assertThat(ruleSet.version()).isEqualTo(RepositoryRuleSet.get().version());
    }

    @Test
    void theVersionChangesWhenAnyFileChangesAndOnlyThen() {
        String before = fixture.folder().read().version();
        assertThat(fixture.folder().read().version()).isEqualTo(before);

        fixture.write("rules/leadership-instability.drl", new String(fixture.read("rules/leadership-instability.drl")) + "\n");

        assertThat(fixture.folder().read().version()).isNotEqualTo(before).hasSize(64);
    }

    @Test
    void aFolderWithoutRulesIsReportedAsTheWrongFolder(@TempDir Path empty) {
        assertThatThrownBy(() -> loader.load(new RuleSetFolder(empty).read()))
                .isInstanceOfSatisfying(RuleSetInvalidException.class, invalid -> assertThat(invalid.problems()).singleElement()
                        .satisfies(problem -> assertThat(problem.message()).contains("neither rules/ nor decision-tables/", "judgement-support.rule-set.folder")));
    }

    @Test
    void aSpreadsheetNotNamedDrlXlsxIsReportedBecauseDroolsWouldSkipItSilently() {
        fixture.write("decision-tables/criteria/extra.xlsx", criteriaWorkbook("fixture.extra",
                row("Caseloads are very high", "IMPACT_OF_LEADERS", CASELOAD, "at least 40", "INADEQUACY_TRIGGER")));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.UNREADABLE_FILE);
            assertThat(problem.location().file()).isEqualTo("decision-tables/criteria/extra.xlsx");
            assertThat(problem.message()).contains("*.drl.xlsx", "skip this one silently", "extra.drl.xlsx");
        });
    }

    @Test
    void officeAndLibreOfficeLockFilesAreIgnored() {
        fixture.write("decision-tables/criteria/~$limits-to-requires-improvement.drl.xlsx", new byte[] {1, 2, 3});
        fixture.write("decision-tables/criteria/.~lock.limits-to-requires-improvement.drl.xlsx#", "lock");

        assertThat(problems()).isEmpty();
    }

    @Test
    void aCorruptWorkbookIsReportedNotThrown() {
        fixture.write("decision-tables/criteria/broken.drl.xlsx", "this is not a workbook".getBytes());

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.UNREADABLE_FILE);
            assertThat(problem.location().file()).isEqualTo("decision-tables/criteria/broken.drl.xlsx");
            assertThat(problem.message()).contains("cannot be opened as an Excel workbook", "save it again");
        });
    }

    @Test
    void aHalfSavedWorkbookIsReportedNotThrown() {
        byte[] whole = fixture.read("decision-tables/criteria/strengths.drl.xlsx");
        fixture.write("decision-tables/criteria/strengths.drl.xlsx", Arrays.copyOf(whole, whole.length / 2));

        assertThat(problems()).anySatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.UNREADABLE_FILE);
            assertThat(problem.location().file()).isEqualTo("decision-tables/criteria/strengths.drl.xlsx");
        });
    }

    @Test
    void aWorkbookWithoutARuleTableIsReported() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("Thresholds to discuss");
            fixture.write("decision-tables/notes.drl.xlsx", bytes(workbook));
        }

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.TABLE_LAYOUT);
            assertThat(problem.location().file()).isEqualTo("decision-tables/notes.drl.xlsx");
            assertThat(problem.message()).contains("RuleTable");
        });
    }

    @Test
    void aMisspeltColumnKeywordIsReportedAtItsCell() throws Exception {
        byte[] workbook = criteriaWorkbook("fixture.extra",
                row("Caseloads are very high", "IMPACT_OF_LEADERS", CASELOAD, "at least 40", "INADEQUACY_TRIGGER"));
        fixture.write("decision-tables/extra.drl.xlsx", withCell(workbook, "Extra", 4, 2, "CONDITON"));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.TABLE_LAYOUT);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell("decision-tables/extra.drl.xlsx", "Extra", "C5"));
            assertThat(problem.message()).contains("'CONDITON'", "write CONDITION");
        });
    }

    @Test
    void aDrlSyntaxErrorIsReportedAtItsFileAndLine() {
        fixture.write("rules/broken.drl", """
                package fixture.broken;
                import org.judgementsupport.evidence.Indicator;

                rule "Missing its closing parenthesis"
                when
                    Indicator(path == "workforce.caseloadPerSocialWorker"
                then
                end
                """);

        assertThat(problems()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.COMPILE_ERROR);
            assertThat(problem.location()).isIn(RuleLocation.ofLine("rules/broken.drl", 6), RuleLocation.ofLine("rules/broken.drl", 7));
        });
    }

    @Test
    void aTableCellThatDoesNotReadAsItsColumnsTypeIsReportedAtThatCellNeverAGeneratedFile() {
        fixture.write("decision-tables/extra.drl.xlsx", criteriaWorkbook("fixture.extra",
                row("Caseloads are very high", "IMPACT_OF_LEADERS", CASELOAD, "at least 40", "INADEQUACY_TRIGGER"),
                row("Caseloads are extreme", "IMPACT_OF_LEADERS", CASELOAD, "at least 50", "INADEQUACY_TRIGER")));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.CELL_VALUE);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell("decision-tables/extra.drl.xlsx", "Extra", "E10"));
            assertThat(problem.message()).doesNotContain(".java", "drl").contains("'INADEQUACY_TRIGER' is not an effect", "INADEQUACY_TRIGGER");
        });
    }

    @Test
    void aRowWithoutANameIsReportedAtItsRow() {
        fixture.write("decision-tables/extra.drl.xlsx", criteriaWorkbook("fixture.extra",
                row("", "IMPACT_OF_LEADERS", CASELOAD, "at least 40", "INADEQUACY_TRIGGER")));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.RULE_METADATA);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell("decision-tables/extra.drl.xlsx", "Extra", "A9"));
            assertThat(problem.message()).contains("no name");
        });
    }

    @Test
    void aRowWithoutASourceIsReported() {
        fixture.write("decision-tables/extra.drl.xlsx", criteriaWorkbook("fixture.extra",
                new Object[] {"Caseloads are very high", "IMPACT_OF_LEADERS", CASELOAD, "at least 40", "INADEQUACY_TRIGGER", "", ""}));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.RULE_METADATA);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell("decision-tables/extra.drl.xlsx", "Extra", "G9"));
            assertThat(problem.message()).contains("names no source", "Source column");
        });
    }

    @Test
    void anAreaCriteriaCannotBeAboutIsReported() {
        fixture.write("decision-tables/extra.drl.xlsx", criteriaWorkbook("fixture.extra",
                row("Caseloads are very high", "OVERALL_EFFECTIVENESS", CASELOAD, "at least 40", "INADEQUACY_TRIGGER")));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.RULE_METADATA);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell("decision-tables/extra.drl.xlsx", "Extra", "B9"));
            assertThat(problem.message()).contains("OVERALL_EFFECTIVENESS", "Area column", "HELP_AND_PROTECTION");
        });
    }

    @Test
    void aMisspeltEvidenceFieldIsReportedBecauseTheRuleCouldNeverFire() {
        fixture.write("decision-tables/extra.drl.xlsx", criteriaWorkbook("fixture.extra",
                row("Caseloads are very high", "IMPACT_OF_LEADERS", "workforce.caseloadPerSocialWorkr", "at least 40", "INADEQUACY_TRIGGER")));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.RULE_METADATA);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell("decision-tables/extra.drl.xlsx", "Extra", "C9"));
            assertThat(problem.message()).contains("could never fire", "did you mean '" + CASELOAD + "'");
        });
    }

    @Test
    void aCriterionThatCannotBeReadIsReportedWithHowToWriteOne() {
        fixture.write("decision-tables/extra.drl.xlsx", criteriaWorkbook("fixture.extra",
                row("Caseloads are very high", "IMPACT_OF_LEADERS", CASELOAD, "belwo 40", "INADEQUACY_TRIGGER")));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.CRITERION);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell("decision-tables/extra.drl.xlsx", "Extra", "D9"));
            assertThat(problem.message()).contains("'belwo 40' is not a criterion", "at least N");
        });
    }

    @Test
    void aCriterionForAnotherKindOfEvidenceIsReported() {
        fixture.write("decision-tables/extra.drl.xlsx", criteriaWorkbook("fixture.extra",
                row("Interim directors", "IMPACT_OF_LEADERS", "workforce.directorIsInterim", "at least 1", "CONCERN")));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.CRITERION);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell("decision-tables/extra.drl.xlsx", "Extra", "D9"));
            assertThat(problem.message()).contains("is for a number", "a yes/no answer");
        });
    }

    @Test
    void twoRulesWithTheSameNameAreBothReported() {
        fixture.write("decision-tables/extra.drl.xlsx", criteriaWorkbook("fixture.extra",
                row("Caseloads are above the national 90th percentile", "IMPACT_OF_LEADERS", CASELOAD, "more than 19", "CONCERN")));

        List<RuleSetProblem> problems = problems();

        assertThat(problems).hasSize(2).allSatisfy(problem -> assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.DUPLICATE_NAME));
        assertThat(problems).extracting(problem -> problem.location().file())
                .containsExactlyInAnyOrder("decision-tables/extra.drl.xlsx", "decision-tables/criteria/national-benchmark-concerns.drl.xlsx");
    }

    @Test
    void aRuleSetWithoutAnOverallEffectivenessTableIsReported() {
        fixture.delete("decision-tables/overall-effectiveness.drl.xlsx");

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.MISSING_TABLE);
            assertThat(problem.message()).contains("overall-effectiveness");
        });
    }

    @Test
    void everyProblemInOneLoadIsReportedTogether() {
        fixture.write("decision-tables/criteria/broken.drl.xlsx", "not a workbook".getBytes());
        fixture.write("rules/broken.drl", "package fixture.broken;\nrule \"Unfinished\"\nwhen\n");

        assertThat(problems()).extracting(problem -> problem.location().file())
                .contains("decision-tables/criteria/broken.drl.xlsx", "rules/broken.drl");
    }

    @Test
    void aRuleThatWouldKeepRetriggeringItselfIsRefusedBeforeItCompiles() {
        fixture.write("rules/runaway.drl", """
                package fixture.runaway;
                import org.judgementsupport.criteria.Effect;
                import org.judgementsupport.criteria.Finding;
                import org.judgementsupport.ruleset.Findings;

                rule "Every concern makes another"
                    @area(IMPACT_OF_LEADERS) @source("a test")
                when
                    $concern : Finding(effect == Effect.CONCERN)
                then
                    insert(Findings.combine(drools, Effect.CONCERN, $concern));
                end
                """);

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.UNSAFE_CODE);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofLine("rules/runaway.drl", 9));
            assertThat(problem.message()).contains("reads CONCERN findings and emits CONCERN", "trigger itself again");
        });
    }

    @Test
    void aCriterionRowCitesTheEvidenceAndCriterionThatFired() {
        List<Finding> findings = RepositoryRuleSet.get().findings(List.of(new Indicator(CASELOAD, 33.0)));

        assertThat(findings).extracting(Finding::effect)
                .containsExactly(Effect.INADEQUACY_TRIGGER, Effect.LIMITS_TO_REQUIRES_IMPROVEMENT, Effect.CONCERN);
        assertThat(findings.get(0).evidence()).singleElement().satisfies(cited -> {
            assertThat(cited.field()).isEqualTo(CASELOAD);
            assertThat(cited.formattedValue()).isEqualTo("33 cases");
            assertThat(cited.criterion()).isEqualTo("at least 32 cases");
            assertThat(cited.toLift()).isEqualTo("Caseload per case-holding social worker must fall below 32 cases");
            assertThat(cited.nationalBenchmark()).contains("15.2");
        });
    }

    @Test
    void aFindingThatCombinesOthersCitesItsEvidenceInTheSameOrderEveryTime() {
        List<Indicator> unstable = List.of(new Indicator("workforce.directorChangesLast12Months", 2),
                new Indicator("workforce.vacancyRatePct", 30.0), new Indicator("workforce.turnoverRatePct", 25.0));

        java.util.Set<List<String>> orders = new java.util.HashSet<>();
        for (int run = 0; run < 60; run++) {
            RepositoryRuleSet.get().findings(unstable).stream()
                    .filter(finding -> finding.effect() == Effect.INADEQUACY_TRIGGER)
                    .forEach(finding -> orders.add(finding.evidence().stream().map(cited -> cited.field()).toList()));
        }

        // Replay compares judgements byte for byte: the same evidence must always be cited in the same order.
        assertThat(orders).singleElement().satisfies(order -> assertThat(order)
                .containsExactlyInAnyOrder("workforce.directorChangesLast12Months", "workforce.vacancyRatePct", "workforce.turnoverRatePct"));
    }

    private List<RuleSetProblem> problems() {
        try {
            loader.load(fixture.folder().read());
            return List.of();
        } catch (RuleSetInvalidException invalid) {
            return invalid.problems();
        }
    }

    private static Object[] row(String name, String area, String field, String firesWhen, String effect) {
        return new Object[] {name, area, field, firesWhen, effect, "", SOURCE};
    }

    private static byte[] withCell(byte[] workbook, String sheet, int row, int column, String value) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            Sheet target = book.getSheet(sheet);
            target.getRow(row).getCell(column).setCellValue(value);
            return bytes(book);
        }
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
