package org.judgementsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.judgementsupport.rulechange.ActivatedBy;
import org.judgementsupport.rulechange.CaseloadLimit;
import org.judgementsupport.rulechange.RuleSetArchive;
import org.judgementsupport.rulechange.RuleSetChanges;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A policy officer's journey in a real browser: the rule set in service; a change refused before validation (nothing
 * uploaded, no reason) and one refused by validation (a "Fires when" cell that does not read), each with the GOV.UK
 * error summary naming the file, sheet and cell, and nothing put into service; then a good change validated, its
 * impact previewed as shaded transition tables, put into service with a reason, seen cell by cell in the change log,
 * its workbook downloaded, and rolled back. Every page meets WCAG 2.2 AA as axe-core checks it.
 */
class PolicyPagesTest extends BrowserTest {

    private static final String WORKBOOK_NAME = "limits-to-requires-improvement.drl.xlsx";

    @Autowired
    RuleSetRegistry registry;

    @Autowired
    RuleSetArchive archive;

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

    /** The page tests share one service: whatever a test here did, the rules in service are as it found them. */
    @AfterEach
    void putTheRulesBack() {
        if (!registry.active().version().equals(inServiceBefore)) {
            changes.activateStoredVersion(inServiceBefore, ActivatedBy.ROLLBACK, TestAccounts.POLICY, "put back after a page test");
        }
    }

    @Test
    void aRefusedChangeSaysWhatIsWrongAndWhereAndPutsNothingIntoService() throws IOException {
        String inService = registry.active().version();
        browser.go("/rulesets");
        assertThat(browser.heading()).isEqualTo("Rule sets");
        assertThat(browser.find("#active-version code").getText()).isEqualTo(inService.substring(0, 12));
        assertThat(browser.find("#active-version code").getAttribute("title")).isEqualTo(inService);
        browser.assertAccessible().screenshot("rulesets");

        // Nothing chosen and no reason: the form again, with both problems, and nothing stored.
        int versionsKept = archive.versions().size();
        browser.go("/rulesets/propose").click("form[action$='/rulesets/propose'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/rulesets/propose");
        assertThat(browser.errorSummary()).containsKeys("comment", "files");
        assertThat(browser.errorSummary().get("comment")).startsWith("Why the rules are changing is required");
        assertThat(archive.versions()).hasSize(versionsKept);
        browser.assertAccessible().screenshot("propose-refused");

        // A "Fires when" cell that does not read: the validation report, its error at the cell, nothing put into service.
        Path broken = workbook(CaseloadLimit.firingWhen("now and then"));
        browser.find("#files").sendKeys(broken.toString());
        browser.type("comment", "Caseload limit tried with words");
        browser.click("form[action$='/rulesets/propose'] button[type=submit]");

        assertThat(browser.path()).matches("/rulesets/[0-9a-f]{64}/report");
        assertThat(browser.heading()).isEqualTo("Not valid: it cannot go into service");
        assertThat(browser.errorSummary().values()).anySatisfy(message -> assertThat(message)
                .startsWith("decision-tables/criteria/" + WORKBOOK_NAME + ", sheet '").contains(", cell ").contains("now and then"));
        assertThat(registry.active().version()).isEqualTo(inService);
        browser.assertAccessible().screenshot("validation-report-refused");

        // Asked to put it into service anyway, the service validates it again and refuses; the overview then shows the
        // refusal as the last attempt, at its cell, and the version in service stays.
        String refused = browser.path().split("/")[2];
        browser.go("/rulesets/" + refused + "/activate").type("comment", "Try it anyway").click("form[action$='/activate'] button[type=submit]");
        assertThat(browser.errorSummary().values()).anySatisfy(message -> assertThat(message).startsWith("The rule set has problems"));
        assertThat(registry.active().version()).isEqualTo(inService);
        browser.assertAccessible();
        browser.go("/rulesets");
        assertThat(browser.find("#active-version code").getText()).isEqualTo(inService.substring(0, 12));
        assertThat(browser.find("#last-attempt").getText()).startsWith("Refused").contains(refused.substring(0, 12));
        assertThat(browser.find("#last-attempt-problems").getText()).contains("decision-tables/criteria/" + WORKBOOK_NAME, "Limits", "cell D", "now and then");
        browser.assertAccessible().screenshot("rulesets-last-refused");
    }

    @Test
    void aGoodChangeIsValidatedPreviewedPutIntoServiceDownloadedAndRolledBack() throws Exception {
        String inService = registry.active().version();
        byte[] changed = CaseloadLimit.firingWhen("more than 20");
        browser.go("/rulesets/propose");
        browser.find("#files").sendKeys(workbook(changed).toString());
        browser.type("comment", "Caseload limit lowered to 20 children");
        browser.click("form[action$='/rulesets/propose'] button[type=submit]");

        assertThat(browser.path()).matches("/rulesets/[0-9a-f]{64}/report");
        String candidate = browser.path().split("/")[2];
        assertThat(browser.heading()).isEqualTo("Valid: it may go into service");
        assertThat(browser.findAll(".govuk-error-summary")).isEmpty();
        assertThat(browser.find("#scenarios + p").getText()).matches("(\\d+) of \\1 pass");
        assertThat(registry.active().version()).isEqualTo(inService);
        browser.assertAccessible().screenshot("validation-report");

        // The impact on every published inspection, practice taken from Ofsted's grades.
        browser.click("a[href$='/impact']");
        browser.click("#corpus-real-cases").click("#practiceFromRecordedGrades").click("form[action*='/impact'] button[type=submit]");
        assertThat(browser.heading()).isEqualTo("What it would change");
        assertThat(browser.find("#impact-summary").getText()).matches("\\d+ cases judged: \\d+ with a different result, .*");
        List<WebElement> tables = browser.findAll("table.app-transitions");
        assertThat(tables).isNotEmpty();
        WebElement leaders = browser.find("#transitions-IMPACT_OF_LEADERS");
        assertThat(leaders.findElement(org.openqa.selenium.By.tagName("caption")).getText())
                .matches(".*: \\d+ of \\d+ cases change; of the \\d+ Ofsted graded, \\d+ are graded as Ofsted did with the version in service, \\d+ with this version");
        assertThat(leaders.findElements(org.openqa.selenium.By.cssSelector("tbody th[scope=row]"))).hasSize(5);
        assertThat(leaders.findElements(org.openqa.selenium.By.cssSelector("tbody td"))).hasSize(25);
        assertThat(browser.find("#changed-cases").getText()).contains("Caseloads are high: more than 25 children per social worker");
        assertThat(registry.active().version()).isEqualTo(inService);
        browser.assertAccessible().screenshot("impact-preview");

        // Into service: a reason is required, then the version in service is the candidate.
        browser.click("a[href$='/activate']");
        browser.click("form[action$='/activate'] button[type=submit]");
        assertThat(browser.errorSummary()).containsKey("comment");
        assertThat(registry.active().version()).isEqualTo(inService);
        browser.assertAccessible().screenshot("activate-refused");
        browser.type("comment", "Caseload limit lowered to 20 children").click("form[action$='/activate'] button[type=submit]");

        assertThat(browser.path()).isEqualTo("/rulesets");
        assertThat(registry.active().version()).isEqualTo(candidate);
        assertThat(browser.find(".govuk-notification-banner--success").getText()).contains(candidate.substring(0, 12) + " is in service");
        assertThat(browser.find("#history tbody tr").getText()).contains(candidate.substring(0, 12), "In service", "Caseload limit lowered to 20 children");
        browser.assertAccessible().screenshot("rulesets-after-change");

        // The change log shows the cell before and after, side by side.
        browser.go("/rulesets/changes");
        String newest = browser.find("main section").getText();
        assertThat(newest).contains(" by " + TestAccounts.POLICY, "Caseload limit lowered to 20 children", WORKBOOK_NAME,
                "more than 25", "more than 20");
        browser.assertAccessible().screenshot("change-log");

        // The workbook of the version in service, and the whole rule folder, downloaded to edit.
        browser.go("/rulesets/" + candidate);
        String href = browser.find("#files a[href$='" + WORKBOOK_NAME + "']").getAttribute("href");
        HttpResponse<byte[]> download = get(href);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(changed);
        HttpResponse<byte[]> zip = get(browser.find("a[href$='rule-folder.zip']").getAttribute("href"));
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(entries(zip.body())).contains("decision-tables/criteria/" + WORKBOOK_NAME, "scenarios/limits.yaml");
        browser.assertAccessible();

        // Rolled back to the version before, with a reason.
        browser.go("/rulesets");
        browser.click("#history a[href='/rulesets/" + inService + "/activate']");
        assertThat(browser.heading()).isEqualTo("Roll back to an earlier version");
        browser.assertAccessible();
        browser.type("comment", "Back to 25 until the consultation ends").click("form[action$='/activate'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/rulesets");
        assertThat(registry.active().version()).isEqualTo(inService);
    }

    @Test
    void theCatalogueFindsRulesByWordsAndAreaWithTheirSources() {
        browser.go("/rulesets/catalogue");
        String all = browser.find("#catalogue-count").getText();
        browser.type("search", "return interview").click("form[action$='/rulesets/catalogue'] button[type=submit]");
        assertThat(browser.path()).startsWith("/rulesets/catalogue?search=return+interview");
        assertThat(browser.find("#catalogue-count").getText()).isNotEqualTo(all);
        assertThat(browser.find("#catalogue").getText()).contains("Fewer than 80% of missing children are offered a return interview",
                "missingChildren.returnInterviewsOfferedPct", "prompt and thorough return interview arrangements");
        browser.assertAccessible().screenshot("rule-catalogue");

        browser.go("/rulesets/catalogue?search=" + "x".repeat(201));
        assertThat(browser.errorSummary()).containsKey("search");
        browser.assertAccessible();
    }

    private Path workbook(byte[] content) throws IOException {
        Path folder = Files.createTempDirectory(uploads, "upload");
        return Files.write(folder.resolve(WORKBOOK_NAME), content);
    }

    /** A download as the signed-in browser would fetch it. */
    private HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                        .header("Cookie", "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream input = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = input.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
