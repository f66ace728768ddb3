package org.judgementsupport.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.judgementsupport.ruleset.RuleFolderFixture.CRITERIA_IMPORTS;
import static org.judgementsupport.ruleset.RuleFolderFixture.criteriaWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.judgementsupport.criteria.Finding;
import org.judgementsupport.evidence.Indicator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decision table is data: its grey rows must be an approved layout, and every cell policy staff type is read by its
 * column's type. Whatever a cell holds, it can only ever be a name, a number, a criterion or a quoted text in the rule
 * the service writes from it.
 */
class TablesAreDataTest {

    private static final String WORKBOOK = "decision-tables/extra.drl.xlsx";
    private static final String CASELOAD = "workforce.caseloadPerSocialWorker";
    private static final String EFFECT_ACTION = "insert(Findings.cite(drools, Effect.$param, $indicator, $criterion));";

    @TempDir
    Path directory;

    private Path written;
    private RuleFolderFixture fixture;

    @BeforeEach
    void copyRepositoryRules() {
        fixture = RuleFolderFixture.copyOfRepository(directory.resolve("folder"));
        written = directory.resolve("written-by-a-cell");
    }

    @Test
    void aFiresWhenCellThatTriesToBreakOutOfItsQuotesIsACriterionThatDoesNotReadAndNothingRuns() {
        String attack = "more than 1\" + new java.util.Formatter(\"" + written + "\").toString() + \"";
        fixture.write(WORKBOOK, criteriaWorkbook("fixture.extra", row("Caseloads are very high", attack, "s")));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.CRITERION);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell(WORKBOOK, "Extra", "D9"));
            assertThat(problem.message()).contains("criterion", "below N");
        });
        assertThat(Files.exists(written)).isFalse();
    }

    @Test
    void namesAndSourcesAreOnlyEverTextWhateverTheyHold() {
        String name = "Caseloads \"are\" high\"); System.exit(1); //";
        String source = "s\") @evil(new java.util.Formatter(\"" + written + "\")) @x(\"";
        fixture.write(WORKBOOK, criteriaWorkbook("fixture.extra", row(name, "at least 40", source)));

        RuleSet ruleSet = new RuleSetLoader().load(fixture.folder().read());
        List<Finding> findings = ruleSet.findings(List.of(new Indicator(CASELOAD, 45.0)));

        assertThat(findings).filteredOn(finding -> finding.rule().equals(name)).singleElement()
                .satisfies(finding -> assertThat(finding.source()).isEqualTo(source));
        assertThat(Files.exists(written)).isFalse();
    }

    @Test
    void anActionCellChangedFromTheApprovedLayoutIsRefusedAtThatCell() {
        fixture.write(WORKBOOK, criteriaWorkbook("fixture.extra", CRITERIA_IMPORTS,
                EFFECT_ACTION + " new java.util.Formatter(\"" + written + "\");", row("Caseloads are very high", "at least 40", "s")));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.TABLE_LAYOUT);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell(WORKBOOK, "Extra", "E7"));
            assertThat(problem.message()).contains("must read " + EFFECT_ACTION, "grey rows");
        });
        assertThat(Files.exists(written)).isFalse();
    }

    @Test
    void anImportCellChangedFromTheApprovedLayoutIsRefusedAtThatCell() {
        fixture.write(WORKBOOK, criteriaWorkbook("fixture.extra", CRITERIA_IMPORTS + ", java.io.File", EFFECT_ACTION,
                row("Caseloads are very high", "at least 40", "s")));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.TABLE_LAYOUT);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell(WORKBOOK, "Extra", "B2"));
        });
    }

    @Test
    void aSettingTheApprovedLayoutsDoNotHaveIsRefusedAtItsCell() {
        fixture.write(WORKBOOK, criteriaWorkbook("fixture.extra", CRITERIA_IMPORTS, EFFECT_ACTION, false,
                row("Caseloads are very high", "at least 40", "s")));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(RuleSetProblem.Kind.TABLE_LAYOUT);
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell(WORKBOOK, "Extra", "A3"));
            assertThat(problem.message()).contains("'EscapeQuotes' is not a setting");
        });
    }

    @Test
    void aRowBelowABlankRowIsReportedRatherThanSilentlyIgnored() throws IOException {
        byte[] workbook = criteriaWorkbook("fixture.extra", row("Caseloads are very high", "at least 40", "s"));
        fixture.write(WORKBOOK, edit(workbook, sheet -> {
            Row below = sheet.createRow(10);
            below.createCell(0).setCellValue("Caseloads are extreme");
        }));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell(WORKBOOK, "Extra", "A11"));
            assertThat(problem.message()).contains("below a blank row");
        });
    }

    @Test
    void aWorkbookWithoutTheCellsAMergedRangeCoversReadsTheSameRules() throws IOException {
        String file = "decision-tables/criteria/limits-to-requires-improvement.drl.xlsx";
        byte[] original = fixture.read(file);
        // openpyxl and some other tools write only the top-left cell of a merged range.
        byte[] withoutCoveredCells = edit(original, "Limits", sheet -> sheet.getRow(5).removeCell(sheet.getRow(5).getCell(3)));
        TableTranslator translator = new TableTranslator();

        TableTranslator.Translation before = translator.translate(new SourceFile(file, original));
        TableTranslator.Translation after = translator.translate(new SourceFile(file, withoutCoveredCells));

        assertThat(after.problems()).isEmpty();
        assertThat(after.sheets()).isEqualTo(before.sheets());
    }

    @Test
    void invisibleDirectionChangingCharactersInANameAreRefusedAtTheCell() {
        fixture.write(WORKBOOK, criteriaWorkbook("fixture.extra", row("Caseloads \u202Eare high", "at least 40", "s")));

        assertThat(problems()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo(RuleLocation.ofCell(WORKBOOK, "Extra", "A9"));
            assertThat(problem.message()).contains("invisible control character");
        });
    }

    private static Object[] row(String name, String firesWhen, String source) {
        return new Object[] {name, "IMPACT_OF_LEADERS", CASELOAD, firesWhen, "CONCERN", "", source};
    }

    private interface SheetEdit {
        void apply(Sheet sheet) throws IOException;
    }

    private static byte[] edit(byte[] workbook, SheetEdit change) throws IOException {
        return edit(workbook, "Extra", change);
    }

    private static byte[] edit(byte[] workbook, String sheet, SheetEdit change) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            change.apply(book.getSheet(sheet));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
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
