package org.judgementsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.judgementsupport.rulechange.ActivatedBy;
import org.judgementsupport.rulechange.CaseloadLimit;
import org.judgementsupport.rulechange.RuleSetCandidates;
import org.judgementsupport.rulechange.RuleSetChanges;
import org.judgementsupport.rulechange.ValidationReport;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.ruleset.RuleSetSnapshot;
import org.judgementsupport.ruleset.SourceFile;
import org.judgementsupport.ruleset.WorkbookEdit;
import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Policy staff's pages with approvals on, in a real browser: one officer proposes a change and cannot approve it, nor
 * put it into service before a colleague has; the colleague approves it with a reason and puts it into service. A
 * change made while another version went live is shown as stale, and rebased onto the version in service: cleanly, to
 * the new candidate's report, or refused with the cells both changed. Every page meets WCAG 2.2 AA as axe-core checks it.
 */
@TestPropertySource(properties = "judgement-support.rule-set.approvals-required=1")
class PolicyApprovalPagesTest extends BrowserTest {

    private static final String LIMITS_NAME = "limits-to-requires-improvement.drl.xlsx";
    private static final String CONCERNS = "decision-tables/criteria/national-benchmark-concerns.drl.xlsx";
    private static final String CASELOAD_CONCERN = "Caseloads are above the national 90th percentile";

    @Autowired
    RuleSetRegistry registry;

    @Autowired
    RuleSetChanges changes;

    @TempDir
    Path uploads;

    private String inServiceBefore;

    @BeforeEach
    void signIn() {
        inServiceBefore = registry.active().version();
        signedInAs(TestAccounts.POLICY);
    }

    /** The page tests share the rule folder: whatever a test here did, the rules in service are as it found them. */
    @AfterEach
    void putTheRulesBack() {
        if (!registry.active().version().equals(inServiceBefore)) {
            changes.activateStoredVersion(inServiceBefore, ActivatedBy.ROLLBACK, TestAccounts.POLICY, "put back after a page test");
        }
    }

    @Test
    void aChangeProposedByOneOfficerGoesIntoServiceOnlyOnceAColleagueApprovedIt() throws IOException {
        String inService = registry.active().version();
        browser.go("/rulesets/propose");
        browser.find("#files").sendKeys(workbook(CaseloadLimit.firingWhen("more than 19")).toString());
        browser.type("comment", "Caseload limit lowered to 19 children");
        browser.click("form[action$='/rulesets/propose'] button[type=submit]");
        assertThat(browser.path()).matches("/rulesets/[0-9a-f]{64}/report");
        String candidate = browser.path().split("/")[2];
        assertThat(browser.heading()).isEqualTo("Valid: it may go into service");
        browser.assertAccessible();
        browser.go("/rulesets/" + candidate + "/impact");
        assertThat(browser.findAll("a[href='/rulesets/" + candidate + "/approve']")).hasSize(1);
        browser.assertAccessible();
        browser.go("/rulesets/" + candidate + "/report");

        // The proposer is told a colleague must approve, and is offered no approval.
        browser.click("a[href$='/approve']");
        assertThat(browser.path()).isEqualTo("/rulesets/" + candidate + "/approve");
        assertThat(browser.find("#own-change").getText()).contains("a policy colleague must approve it");
        assertThat(browser.findAll("form[action$='/approve']")).isEmpty();
        assertThat(browser.find("#standing").getText()).contains("0 of 1 approvals");
        browser.assertAccessible().screenshot("approval-own-change");

        // Put into service anyway: refused, saying who must still approve, and nothing changes.
        browser.go("/rulesets/" + candidate + "/activate");
        assertThat(browser.find("#approval-needed").getText()).isEqualTo("It needs 1 more approval by policy colleagues other than policy first.");
        browser.type("comment", "Into service straight away").click("form[action$='/activate'] button[type=submit]");
        assertThat(browser.errorSummary().values()).containsExactly("The candidate is not yet approved: it needs 1 approval by policy colleagues "
                + "other than policy; nobody has approved it yet, so 1 more must approve it on its approval page before it can go into service.");
        assertThat(registry.active().version()).isEqualTo(inService);
        browser.assertAccessible().screenshot("activate-not-approved");

        // The overview lists it, awaiting approval.
        browser.go("/rulesets");
        assertThat(awaiting(candidate)).hasSize(1);
        String row = awaiting(candidate).get(0);
        assertThat(row).contains(candidate.substring(0, 12), TestAccounts.POLICY, inService.substring(0, 12), "0 of 1").doesNotContain("Stale");
        assertThat(browser.findAll("#awaiting tbody tr a[href='/rulesets/" + candidate + "/report']")).hasSize(1);
        assertThat(browser.findAll("#awaiting tbody tr a[href='/rulesets/" + candidate + "/impact']")).hasSize(1);
        browser.assertAccessible().screenshot("rulesets-awaiting-approval");

        // A colleague approves it, a reason required, then puts it into service.
        colleague();
        browser.go("/rulesets/" + candidate + "/approve");
        assertThat(browser.findAll("#own-change")).isEmpty();
        browser.click("form[action$='/approve'] button[type=submit]");
        assertThat(browser.errorSummary()).containsOnlyKeys("approve-comment");
        assertThat(browser.errorSummary().get("approve-comment")).startsWith("Why you approve it is required");
        assertThat(changes.proposal(candidate).orElseThrow().approvalsMissing()).isEqualTo(1);
        browser.assertAccessible().screenshot("approval-refused");
        browser.type("approve-comment", "Agreed at the March panel").click("form[action$='/approve'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/rulesets/" + candidate + "/approve");
        assertThat(browser.find(".govuk-notification-banner--success").getText()).contains("You approved " + candidate.substring(0, 12),
                "It may now be put into service");
        assertThat(browser.find("#standing").getText()).contains("1 of 1 approvals");
        assertThat(browser.find("#decisions tbody tr").getText()).contains(TestAccounts.OTHER_POLICY, "Approved", "Agreed at the March panel");
        assertThat(registry.active().version()).isEqualTo(inService);
        browser.assertAccessible().screenshot("approval-approved");

        browser.click("a[href$='/activate']");
        browser.type("comment", "Caseload limit lowered to 19 children").click("form[action$='/activate'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/rulesets");
        assertThat(registry.active().version()).isEqualTo(candidate);
        assertThat(browser.find("#active-version code").getText()).isEqualTo(candidate.substring(0, 12));
        assertThat(browser.find("#history tbody tr").getText()).contains(candidate.substring(0, 12), "In service");
        assertThat(awaiting(candidate)).isEmpty();
        browser.assertAccessible().screenshot("rulesets-approved-in-service");
    }

    @Test
    void aStaleChangeIsRebasedOntoTheVersionInServiceOrRefusedWithTheCellsBothChanged() throws IOException {
        String base = registry.active().version();
        String sameCell = propose(CaseloadLimit.WORKBOOK, CaseloadLimit.firingWhen("more than 21"), "Caseload limit lowered to 21 children");
        String otherFile = propose(CONCERNS, WorkbookEdit.setCell(Files.readAllBytes(Path.of(CONCERNS)), CASELOAD_CONCERN, "National benchmark",
                "England 15.2 (approved wording)"), "Benchmark wording agreed at panel");
        String live = propose(CaseloadLimit.WORKBOOK, CaseloadLimit.firingWhen("more than 22"), "Caseload limit lowered to 22 children");
        changes.approve(live, TestAccounts.OTHER_POLICY, "Agreed");
        changes.activateStoredVersion(live, ActivatedBy.UPLOAD, TestAccounts.OTHER_POLICY, "Caseload limit lowered to 22 children");

        browser.go("/rulesets");
        assertThat(awaiting(sameCell)).singleElement().asString().contains("Stale");
        browser.assertAccessible().screenshot("rulesets-stale");

        // Both changed the caseload limit: the rebase is refused with the cell, and nothing changes.
        browser.go("/rulesets/" + sameCell + "/approve");
        assertThat(browser.find("#stale-detail").getText()).contains(base.substring(0, 12), live.substring(0, 12));
        assertThat(browser.findAll("form[action$='/approve']")).isEmpty();
        browser.click("form[action$='/rebase'] button[type=submit]");
        assertThat(browser.errorSummary()).containsOnlyKeys("rebase-comment");
        browser.type("rebase-comment", "Made again on top of 22").click("form[action$='/rebase'] button[type=submit]");
        assertThat(browser.errorSummary().values()).anySatisfy(message -> assertThat(message)
                .startsWith("Both changed decision-tables/criteria/" + LIMITS_NAME + ", sheet '")
                .contains("'more than 25' became 'more than 21' in this change and 'more than 22' in the version in service"));
        assertThat(browser.find("#conflicts").getText()).contains(LIMITS_NAME, "more than 25", "more than 21", "more than 22");
        assertThat(registry.active().version()).isEqualTo(live);
        browser.assertAccessible().screenshot("rebase-conflict");

        // The benchmark's wording changed another file: rebased cleanly, to the new candidate's report.
        browser.go("/rulesets/" + otherFile + "/approve");
        browser.type("rebase-comment", "Made again on top of 22").click("form[action$='/rebase'] button[type=submit]");
        assertThat(browser.path()).matches("/rulesets/[0-9a-f]{64}/report");
        String rebased = browser.path().split("/")[2];
        assertThat(rebased).isNotEqualTo(otherFile);
        assertThat(browser.heading()).isEqualTo("Valid: it may go into service");
        RuleSetChanges.Proposal proposal = changes.proposal(rebased).orElseThrow();
        assertThat(proposal.basedOn()).isEqualTo(live);
        assertThat(proposal.stale()).isFalse();
        assertThat(registry.active().version()).isEqualTo(live);
        browser.assertAccessible().screenshot("rebased-report");

        // The change that cannot be rebased is withdrawn by its proposer, a reason required; it no longer awaits approval.
        browser.go("/rulesets/" + sameCell + "/approve").click("form[action$='/reject'] button[type=submit]");
        assertThat(browser.errorSummary()).containsOnlyKeys("reject-comment");
        assertThat(changes.proposal(sameCell).orElseThrow().state()).isEqualTo(RuleSetCandidates.State.AWAITING_APPROVAL);
        browser.assertAccessible();
        browser.type("reject-comment", "Overtaken by the limit of 22").click("form[action$='/reject'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/rulesets");
        assertThat(browser.find(".govuk-notification-banner--success").getText()).contains("You rejected " + sameCell.substring(0, 12));
        assertThat(awaiting(sameCell)).isEmpty();
        assertThat(changes.proposal(sameCell).orElseThrow().state()).isEqualTo(RuleSetCandidates.State.REJECTED);
        browser.assertAccessible();
    }

    /** The overview's row for a change awaiting approval, if it lists it; other tests' changes may wait beside it. */
    private List<String> awaiting(String version) {
        return browser.findAll("#awaiting tbody tr").stream().map(WebElement::getText).filter(row -> row.startsWith(version.substring(0, 12))).toList();
    }

    /** The same browser, signed in as the proposer's colleague. */
    private void colleague() {
        browser.close();
        browser = Browser.open(port);
        signedInAs(TestAccounts.OTHER_POLICY);
    }

    /** The rules in service with one file changed, validated and proposed by the first officer, as the upload page does. */
    private String propose(String path, byte[] content, String why) {
        List<SourceFile> files = new ArrayList<>();
        for (SourceFile file : changes.activeSnapshot().files()) {
            files.add(file.path().equals(path) ? new SourceFile(path, content) : file);
        }
        ValidationReport report = changes.validate(new RuleSetSnapshot(files, List.of()), TestAccounts.POLICY, why);
        assertThat(report.valid()).as(report.toText()).isTrue();
        return report.version();
    }

    private Path workbook(byte[] content) throws IOException {
        Path folder = Files.createTempDirectory(uploads, "upload");
        return Files.write(folder.resolve(LIMITS_NAME), content);
    }
}
