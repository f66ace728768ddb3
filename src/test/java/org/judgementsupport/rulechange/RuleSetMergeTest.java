package org.judgementsupport.rulechange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.judgementsupport.ruleset.SourceFile;
import org.judgementsupport.ruleset.WorkbookDiff;
import org.judgementsupport.ruleset.WorkbookEdit;
import org.junit.jupiter.api.Test;

/** A rebase keeps both sides' changes where they do not meet, and lists every place where they do. */
class RuleSetMergeTest {

    private static final String CONCERNS = "decision-tables/criteria/national-benchmark-concerns.drl.xlsx";

    @Test
    void aFileOnlyOneSideChangedTakesThatSidesContentAndFilesAddedOrRemovedFollow() {
        RuleSetSnapshot base = snapshot(Map.of("rules/a.drl", "a", "rules/b.drl", "b", "scenarios/old.yaml", "old"));
        RuleSetSnapshot candidate = snapshot(Map.of("rules/a.drl", "a changed", "rules/b.drl", "b", "scenarios/new.yaml", "new"));
        RuleSetSnapshot inService = snapshot(Map.of("rules/a.drl", "a", "rules/b.drl", "b in service", "scenarios/old.yaml", "old"));

        RuleSetMerge.Result merge = RuleSetMerge.merge(base, candidate, inService);

        assertThat(merge.conflicts()).isEmpty();
        assertThat(contents(merge.merged())).containsExactly("rules/a.drl=a changed", "rules/b.drl=b in service", "scenarios/new.yaml=new");
    }

    @Test
    void aRuleFileBothChangedOrOneRemovedAndTheOtherChangedIsAConflictAndNothingIsMerged() {
        RuleSetSnapshot base = snapshot(Map.of("rules/a.drl", "a", "rules/b.drl", "b"));
        RuleSetSnapshot candidate = snapshot(Map.of("rules/a.drl", "a by the candidate"));
        RuleSetSnapshot inService = snapshot(Map.of("rules/a.drl", "a in service", "rules/b.drl", "b in service"));

        RuleSetMerge.Result merge = RuleSetMerge.merge(base, candidate, inService);

        assertThat(merge.merged()).isNull();
        assertThat(merge.conflicts()).containsExactly(
                new RuleSetMerge.Conflict("rules/a.drl", null, null, "present", "changed", "changed"),
                new RuleSetMerge.Conflict("rules/b.drl", null, null, "present", "removed", "changed"));
    }

    @Test
    void aWorkbookBothChangedInDifferentCellsKeepsBothCellsAndTheSameCellChangedDifferentlyIsListed() throws IOException {
        byte[] original = Files.readAllBytes(Path.of(CONCERNS));
        byte[] candidate = WorkbookEdit.setCell(original, "Caseloads are above the national 90th percentile", "National benchmark", "caseload A");
        byte[] inService = WorkbookEdit.setCell(original, "Re-referrals are above the national 90th percentile", "National benchmark", "re-referrals B");

        RuleSetMerge.Result merge = RuleSetMerge.merge(workbook(original), workbook(candidate), workbook(inService));

        assertThat(merge.conflicts()).isEmpty();
        List<String> after = WorkbookDiff.between(original, merge.merged().files().get(0).content()).stream().map(WorkbookDiff.CellChange::after).toList();
        assertThat(after).containsExactlyInAnyOrder("caseload A", "re-referrals B");

        byte[] clashing = WorkbookEdit.setCell(original, "Caseloads are above the national 90th percentile", "National benchmark", "caseload C");
        RuleSetMerge.Result conflict = RuleSetMerge.merge(workbook(original), workbook(candidate), workbook(clashing));
        assertThat(conflict.merged()).isNull();
        assertThat(conflict.conflicts()).singleElement().satisfies(cell -> {
            assertThat(cell.path()).isEqualTo(CONCERNS);
            assertThat(cell.sheet()).isEqualTo("Concerns");
            assertThat(cell.candidate()).isEqualTo("caseload A");
            assertThat(cell.inService()).isEqualTo("caseload C");
            assertThat(cell.before()).isEqualTo("DfE 2025: 90th percentile 18.1; England 15.2");
        });
    }

    private static RuleSetSnapshot workbook(byte[] content) {
        return new RuleSetSnapshot(List.of(new SourceFile(CONCERNS, content)), List.of());
    }

    private static RuleSetSnapshot snapshot(Map<String, String> files) {
        List<SourceFile> sources = new ArrayList<>();
        files.forEach((path, text) -> sources.add(new SourceFile(path, text.getBytes(StandardCharsets.UTF_8))));
        return new RuleSetSnapshot(sources, List.of());
    }

    private static List<String> contents(RuleSetSnapshot snapshot) {
        return snapshot.files().stream().map(file -> file.path() + "=" + new String(file.content(), StandardCharsets.UTF_8)).toList();
    }
}
