package org.judgementsupport.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table damaged the ways policy staff damage one (a typo in a cell, a value from the wrong list, a grey cell typed
 * over or cleared) is refused in their words: the workbook's sheet and cell, the column's heading where
 * a data cell is at fault, and what is wrong, never a rule-engine parser line such as {@code [ERR 102] mismatched input}.
 */
class DamagedTableMessagesTest {

    private static final String LIMITS = "decision-tables/criteria/limits-to-requires-improvement.drl.xlsx";
    private static final String RETURN_INTERVIEWS = "Fewer than 80% of missing children are offered a return interview";
    /** What the rule engine's own parser says; a policy officer cannot act on it. */
    private static final List<String> PARSER_WORDS = List.of("[ERR", "mismatched input", "no viable alternative", "extraneous input",
            "missing RIGHT_PAREN", "Parser returned", "source-");

    @TempDir
    Path directory;

    @TestFactory
    Stream<DynamicTest> eachDamageIsReportedAtItsCellInPolicyStaffsWords() throws IOException {
        byte[] limits = RuleFolderFixture.copyOfRepository(directory.resolve("original")).read(LIMITS);
        Map<String, byte[]> damaged = new LinkedHashMap<>();
        damaged.put("a typo in a criterion", WorkbookEdit.setCell(limits, RETURN_INTERVIEWS, "Fires when", "bellow 80"));
        damaged.put("a criterion written as code", WorkbookEdit.setCell(limits, RETURN_INTERVIEWS, "Fires when", "below 80\") || true || (\""));
        damaged.put("an effect not on the list", WorkbookEdit.setCell(limits, RETURN_INTERVIEWS, "Effect", "LIMITS TO RI"));
        damaged.put("an area not on the list", WorkbookEdit.setCell(limits, RETURN_INTERVIEWS, "Area", "HELP_AND_PROTECTON"));
        damaged.put("evidence that does not exist", WorkbookEdit.setCell(limits, RETURN_INTERVIEWS, "Evidence", "missingChildren.returnInterviews"));
        damaged.put("a grey cell typed over", edit(limits, sheet -> textCell(sheet, "path == \"$param\"").setCellValue("path == $param,")));
        damaged.put("a grey heading cleared", edit(limits, sheet -> textCell(sheet, "$indicator : Indicator").setBlank()));

        return damaged.entrySet().stream().map(damage -> DynamicTest.dynamicTest(damage.getKey(), () -> {
            RuleFolderFixture fixture = RuleFolderFixture.copyOfRepository(directory.resolve(damage.getKey().replace(' ', '-')));
            fixture.write(LIMITS, damage.getValue());

            List<RuleSetProblem> problems = problems(fixture);

            assertThat(problems).as("the damage is found").isNotEmpty();
            for (RuleSetProblem problem : problems) {
                assertThat(problem.location()).as(problem.message()).isInstanceOfSatisfying(RuleLocation.WorkbookCell.class, cell -> {
                    assertThat(cell.file()).isEqualTo(LIMITS);
                    assertThat(cell.sheet()).isEqualTo("Limits");
                    assertThat(cell.cell()).as("the cell at fault").isNotNull();
                });
                assertThat(PARSER_WORDS).as(problem.message()).noneMatch(problem.message()::contains);
                if (!damage.getKey().startsWith("a grey")) {
                    assertThat(problem.message()).as("names the row by its rule").contains("'" + RETURN_INTERVIEWS + "'");
                }
            }
        }));
    }

    private static List<RuleSetProblem> problems(RuleFolderFixture fixture) {
        try {
            new RuleSetLoader().load(fixture.folder().read());
            return List.of();
        } catch (RuleSetInvalidException invalid) {
            return invalid.problems();
        }
    }

    private interface SheetEdit {
        void apply(Sheet sheet);
    }

    private static byte[] edit(byte[] workbook, SheetEdit change) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.apply(book.getSheet("Limits"));
            book.write(out);
            return out.toByteArray();
        }
    }

    private static Cell textCell(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return cell;
                }
            }
        }
        throw new AssertionError("no cell holds " + text);
    }
}
