package org.judgementsupport.impact;

import java.nio.file.Files;
import java.nio.file.Path;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.ruleset.WorkbookEdit;

/** The change the impact tests preview: the caseload limit lowered from more than 25 children per social worker to more than 18. */
final class CaseloadLimitChange {

    static final String WORKBOOK = "decision-tables/criteria/limits-to-requires-improvement.drl.xlsx";
    static final String RULE = "Caseloads are high: more than 25 children per social worker";

    private CaseloadLimitChange() {
    }

    /** The repository's limits workbook with the caseload limit's "Fires when" cell changed. */
    static byte[] changedWorkbook() throws Exception {
        return WorkbookEdit.setCell(Files.readAllBytes(Path.of(WORKBOOK)), RULE, "Fires when", "more than 18");
    }

    /** A copy of the repository's rule folder with the change saved in it. */
    static RuleFolderFixture changedFolder() throws Exception {
        RuleFolderFixture fixture = RuleFolderFixture.temporaryCopyOfRepository("impact-candidate");
        fixture.write(WORKBOOK, changedWorkbook());
        return fixture;
    }
}
