package org.judgementsupport.moderation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.judgementsupport.evidence.EvidenceField;
import org.judgementsupport.evidence.InspectionType;
import org.judgementsupport.evidence.PracticeQuality;
import org.judgementsupport.framework.Grade;

/**
 * The batch template as an Excel workbook: the CSV template's columns and example case, with the grades and
 * evaluations of practice as drop-down lists in Ofsted's words, yes/no and the inspection type likewise, and the start
 * date as a date. A list refuses anything else typed in its cells, so a panel's spreadsheet is right as it is filled in.
 */
final class WorkbookTemplate {

    static final String SHEET = "Cases";
    private static final String[] YES_NO = {"Yes", "No"};

    private WorkbookTemplate() {
    }

    static byte[] workbook(int maxCases) {
        List<String> columns = ModerationBatches.columns();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet(SHEET);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row header = sheet.createRow(0);
            Row example = sheet.createRow(1);
            for (int column = 0; column < columns.size(); column++) {
                String name = columns.get(column);
                header.createCell(column).setCellValue(name);
                String value = example(name);
                if (name.equals(SpreadsheetCells.START_DATE)) {
                    example.createCell(column).setCellValue(LocalDate.parse(value));
                    example.getCell(column).setCellStyle(date);
                    sheet.setDefaultColumnStyle(column, date);
                } else if (!value.isEmpty() && EvidenceField.byPath(name).filter(field -> field.kind() == EvidenceField.Kind.NUMBER).isPresent()) {
                    example.createCell(column).setCellValue(Double.parseDouble(value));
                } else if (!value.isEmpty()) {
                    example.createCell(column).setCellValue(value);
                }
                int at = column;
                choices(name).ifPresent(choices -> dropDown(sheet, at, choices, maxCases));
            }
            sheet.createFreezePane(1, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The choices a column offers, when it is a closed list. */
    private static Optional<String[]> choices(String column) {
        if (column.startsWith(ModerationBatches.RECORDED) || column.equals(SpreadsheetCells.PREVIOUS_GRADE)) {
            return Optional.of(SpreadsheetCells.gradeWords());
        }
        if (column.equals("inspection.type")) {
            return Optional.of(Arrays.stream(InspectionType.values()).map(InspectionType::name).toArray(String[]::new));
        }
        return EvidenceField.byPath(column).flatMap(field -> switch (field.kind()) {
            case PRACTICE_QUALITY -> Optional.of(SpreadsheetCells.practiceWords());
            case YES_NO -> Optional.of(YES_NO);
            case NUMBER -> Optional.empty();
        });
    }

    private static void dropDown(XSSFSheet sheet, int column, String[] choices, int maxCases) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation list = helper.createValidation(helper.createExplicitListConstraint(choices),
                new CellRangeAddressList(1, maxCases, column, column));
        list.setSuppressDropDownArrow(true);
        list.setShowErrorBox(true);
        list.setErrorStyle(DataValidation.ErrorStyle.STOP);
        list.createErrorBox("Choose from the list", "Choose one of: " + String.join(", ", choices));
        sheet.addValidationData(list);
    }

    /** The example case, as the CSV template has it, in the words a spreadsheet user would choose. */
    private static String example(String column) {
        return switch (column) {
            case ModerationBatches.CASE_ID -> "Example 1";
            case "localAuthority.code" -> "E09000002";
            case "localAuthority.name" -> "Barking and Dagenham";
            case SpreadsheetCells.START_DATE -> "2024-05-13";
            case "inspection.type" -> InspectionType.STANDARD.name();
            case "workforce.caseloadPerSocialWorker" -> "19";
            case "missingChildren.returnInterviewsOfferedPct" -> "72";
            case "leadership.practiceQuality" -> SpreadsheetCells.capitalised(PracticeQuality.CONSISTENTLY_EFFECTIVE);
            case "recorded.OVERALL_EFFECTIVENESS", "recorded.HELP_AND_PROTECTION" -> Grade.REQUIRES_IMPROVEMENT.ofstedWording();
            case "recorded.IMPACT_OF_LEADERS" -> Grade.GOOD.ofstedWording();
            default -> "";
        };
    }
}
