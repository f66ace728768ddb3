package org.judgementsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.judgementsupport.moderation.ModerationReports;
import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A moderation panel's journey in a real browser: a batch with a bad cell is refused with the GOV.UK error summary and
 * each problem by case and column, nothing stored; a good batch runs, its progress shown with and without script, and
 * its report reads as agreement by area, shaded confusion matrices, disagreements with their reasons and similar
 * evidence graded differently, with the downloads the API gives.
 */
class ModerationPagesTest extends BrowserTest {

    private static final String HEADER = "caseId,localAuthority.code,inspection.startDate,workforce.caseloadPerSocialWorker,workforce.vacancyRatePct,"
            + "workforce.agencyRatePct,workforce.turnoverRatePct,helpAndProtection.practiceQuality,missingChildren.returnInterviewsOfferedPct,"
            + "recorded.IMPACT_OF_LEADERS,recorded.HELP_AND_PROTECTION\n";

    @Autowired
    ModerationReports reports;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signIn() {
        signedInAs(TestAccounts.MODERATOR);
    }

    @Test
    void aBatchWithABadCellIsRefusedNamingEachCaseAndColumnAndNothingIsStored() throws IOException {
        int stored = reports.list().size();
        browser.go("/moderation");
        assertThat(browser.heading()).isEqualTo("Check consistency across judgements");
        browser.assertAccessible().screenshot("moderation-start");

        upload(HEADER + "Eastshire,E10000014,2024-05-13,lots,20,15,15,CONSISTENTLY_EFFECTIVE,72,GOOD,GOOD\n"
                + "Westshire,E10000015,2024-05-13,22,20,15,15,CONSISTENTLY_EFFECTIVE,90,Very good,GOOD\n");

        assertThat(browser.path()).isEqualTo("/moderation/reports");
        assertThat(browser.errorSummary()).containsOnlyKeys("file");
        assertThat(browser.errorSummary().get("file")).isEqualTo("The selected file has 2 problems, listed below; nothing was stored. "
                + "Correct them and upload the file again");
        assertThat(browser.findAll(".govuk-error-summary__list a")).extracting(org.openqa.selenium.WebElement::getText).containsExactly(
                "The selected file has 2 problems, listed below; nothing was stored. Correct them and upload the file again",
                "Eastshire, column workforce.caseloadPerSocialWorker: must be a number",
                "Westshire, column recorded.IMPACT_OF_LEADERS: 'Very good' is not a grade; use Outstanding, Good, Requires improvement to be good, Inadequate");
        String problems = browser.find("#problems-title + table").getText();
        assertThat(problems).contains("Eastshire workforce.caseloadPerSocialWorker must be a number",
                "Westshire recorded.IMPACT_OF_LEADERS 'Very good' is not a grade");
        assertThat(browser.find("#source").isSelected()).as("the upload still chosen").isTrue();
        assertThat(reports.list()).hasSize(stored);
        browser.assertAccessible().screenshot("moderation-refused");

        browser.find(".govuk-error-summary__list a[href='#file']").click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("file");
    }

    @Test
    void aFormWithoutAChoiceOrWithAThresholdThatIsNotANumberIsRefusedAtItsFields() {
        int stored = reports.list().size();
        browser.go("/moderation").click("form[action$='/moderation/reports'] button.govuk-button");

        assertThat(browser.errorSummary()).containsOnly(org.assertj.core.api.Assertions.entry("source", "Select where the cases come from"));

        browser.click("#source-2").click("details.govuk-details summary").type("similarityThreshold", "1.5")
                .click("form[action$='/moderation/reports'] button.govuk-button");
        assertThat(browser.errorSummary()).containsOnly(org.assertj.core.api.Assertions.entry("similarityThreshold",
                "Similarity threshold must be from 0 to 1: the distance on the 0-to-1 evidence scale within which cases count as similar"));
        assertThat(browser.find("#similarityThreshold").getAttribute("value")).isEqualTo("1.5");
        assertThat(browser.find("#source-2").isSelected()).isTrue();
        assertThat(reports.list()).hasSize(stored);
        browser.assertAccessible();
    }

    @Test
    void aGoodBatchRunsAndItsReportShowsAgreementTheMatricesDisagreementsAndSimilarEvidence() throws Exception {
        upload(HEADER + "Eastshire,E10000014,2024-05-13,19,20,15,15,CONSISTENTLY_EFFECTIVE,72,GOOD,GOOD\n"
                + "Westshire,E10000015,2024-05-13,22,20,15,15,CONSISTENTLY_EFFECTIVE,72,INADEQUATE,GOOD\n"
                + "Northshire,E10000016,2024-05-13,15,5,5,10,EXCEPTIONAL,95,OUTSTANDING,OUTSTANDING\n");

        assertThat(browser.path()).matches("/moderation/reports/[0-9a-f-]{36}");
        String reportPath = browser.path();
        awaitReport();
        assertThat(browser.heading()).isEqualTo("How far 3 cases' recorded grades agree with the criteria");

        String agreement = browser.find("#agreement-table").getText();
        assertThat(agreement).contains("Help and protection 3 0 33.3% 100.0%");
        String matrix = browser.find("#matrix-HELP_AND_PROTECTION").getText();
        assertThat(matrix).contains("Help and protection: recorded grade by provisional grade", "Outstanding 1 0 0 0 0", "Good 0 0 2 0 0");
        // Two of the three help-and-protection cases fall in one cell, the darkest; the third's is lighter, and outlined
        // as grades agree there; an empty cell is not shaded.
        assertThat(browser.find("#matrix-HELP_AND_PROTECTION tbody tr:nth-child(2) td:nth-of-type(3)").getAttribute("class"))
                .contains("app-shade-4").doesNotContain("app-matrix-agree");
        assertThat(browser.find("#matrix-HELP_AND_PROTECTION tbody tr:nth-child(1) td:nth-of-type(1)").getAttribute("class"))
                .contains("app-shade-2", "app-matrix-agree");
        assertThat(browser.find("#matrix-HELP_AND_PROTECTION tbody tr:nth-child(2) td:nth-of-type(2)").getAttribute("class"))
                .contains("app-shade-0", "app-matrix-agree");
        assertThat(browser.find("#matrix-HELP_AND_PROTECTION thead").getText()).contains("Provisional: Requires improvement to be good");
        assertThat(browser.findAll("#matrix-HELP_AND_PROTECTION tbody th[scope=row]")).hasSize(4);

        String disagreements = browser.find("#disagreements-table").getText();
        assertThat(disagreements).contains("Eastshire", "Help and protection", "Requires improvement to be good",
                "Fewer than 80% of missing children are offered a return interview");
        assertThat(browser.find("#similar-table").getText()).contains("Impact of leaders", "Eastshire: Good", "Westshire: Inadequate",
                "Caseload per case-holding social worker: 19 against 22");
        browser.assertAccessible().screenshot("moderation-report");

        HttpResponse<String> areas = get(reportPath + "/areas.csv");
        assertThat(areas.statusCode()).isEqualTo(200);
        assertThat(areas.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", "consistency-areas-");
        assertThat(areas.body()).contains("HELP_AND_PROTECTION,3,3,0,0.3333,1.0000");
        assertThat(get(reportPath + "/cases.csv").body()).contains("Eastshire,HELP_AND_PROTECTION,GOOD");
        assertThat(get(reportPath + "/report.json").body()).contains("\"similarEvidenceDifferentGrades\"");

        browser.go("/moderation");
        assertThat(browser.find("table.govuk-table").getText()).contains("moderator 3", "Complete");
    }

    @Test
    void whileAReportRunsItsProgressShowsAndTheReportFollowsOnceComplete() throws Exception {
        upload(HEADER + "Eastshire,E10000014,2024-05-13,19,20,15,15,CONSISTENTLY_EFFECTIVE,72,GOOD,GOOD\n"
                + "Westshire,E10000015,2024-05-13,22,20,15,15,CONSISTENTLY_EFFECTIVE,90,INADEQUATE,GOOD\n");
        String reportPath = browser.path();
        awaitReport();
        UUID id = UUID.fromString(reportPath.substring(reportPath.lastIndexOf('/') + 1));
        // As it was half way through: running, one case of two judged.
        jdbc.sql("update moderation_report set status = 'RUNNING', done = 1 where id = ?").param(id).update();
        try {
            browser.go(reportPath);
            assertThat(browser.heading()).isEqualTo("Your report is running");
            assertThat(browser.find("#report-progress").getAttribute("value")).isEqualTo("50");
            assertThat(browser.find("#report-progress-text").getText()).isEqualTo("50% done: 1 of 2 cases judged.");
            assertThat(browser.find("#check-progress").getAttribute("href")).endsWith(reportPath);
            assertThat(get(reportPath + "/areas.csv").statusCode()).as("no download until complete").isEqualTo(303);
            browser.assertAccessible().screenshot("moderation-progress");
        } finally {
            jdbc.sql("update moderation_report set status = 'COMPLETE', done = total where id = ?").param(id).update();
        }
        // The page's script notices and shows the report, without the user asking.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(driver -> browser.heading().startsWith("How far"));
        assertThat(browser.path()).isEqualTo(reportPath);
    }

    @Test
    void aReportThatDoesNotExistIsPageNotFound() {
        browser.go("/moderation/reports/" + UUID.randomUUID());
        assertThat(browser.heading()).isEqualTo("Page not found");
        browser.go("/moderation/reports/not-an-id");
        assertThat(browser.heading()).isEqualTo("Page not found");
    }

    private void upload(String csv) throws IOException {
        Path file = Files.createTempFile("batch", ".csv");
        file.toFile().deleteOnExit();
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        browser.go("/moderation").click("#source");
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.click("form[action$='/moderation/reports'] button.govuk-button");
    }

    private void awaitReport() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(driver -> {
            if (!browser.heading().startsWith("How far")) {
                driver.navigate().refresh();
                return false;
            }
            return true;
        });
    }

    /** A download, as the signed-in browser would fetch it. */
    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Cookie", "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
