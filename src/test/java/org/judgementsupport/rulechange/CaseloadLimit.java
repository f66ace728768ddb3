package org.judgementsupport.rulechange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.judgementsupport.ruleset.SourceFile;
import org.judgementsupport.ruleset.WorkbookEdit;

/**
 * A rule change for tests about what happens once the rules have changed: the caseload limit ("more than 25 children
 * per social worker") given another "Fires when", so that good leadership with 23 children per social worker is
 * limited to requires improvement by a limit of 20 or 21 and not by the repository's.
 */
public final class CaseloadLimit {

    public static final String WORKBOOK = "decision-tables/criteria/limits-to-requires-improvement.drl.xlsx";
    public static final String RULE = "Caseloads are high: more than 25 children per social worker";

    private CaseloadLimit() {
    }

    /** The repository's limits workbook with the caseload limit's "Fires when" cell changed. */
    public static byte[] firingWhen(String firesWhen) {
        try {
            return WorkbookEdit.setCell(Files.readAllBytes(Path.of(WORKBOOK)), RULE, "Fires when", firesWhen);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rules in service with this limits workbook, validated and put into service as an upload is; the version.
     *
     * @throws AssertionError when the change does not validate
     */
    public static String putIntoService(RuleSetChanges changes, byte[] workbook) {
        List<SourceFile> files = new ArrayList<>();
        for (SourceFile file : changes.activeSnapshot().files()) {
            files.add(file.path().equals(WORKBOOK) ? new SourceFile(WORKBOOK, workbook) : file);
        }
        RuleSetChanges.Attempt attempt = changes.activate(new RuleSetSnapshot(files, List.of()), ActivatedBy.UPLOAD, "policy",
                "caseload limit changed");
        if (attempt.outcome() != RuleSetChanges.Outcome.ACTIVATED) {
            throw new AssertionError("the changed caseload limit did not go into service: " + attempt.outcome() + "\n"
                    + (attempt.report() == null ? "" : attempt.report().toText()));
        }
        return attempt.version();
    }
}
