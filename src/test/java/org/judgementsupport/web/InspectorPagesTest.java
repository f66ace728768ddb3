package org.judgementsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.judgementsupport.record.JudgementRecords;
import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An inspector's journey in a real browser: the evidence form refuses what does not read, with the GOV.UK error
 * summary, everything typed kept and nothing stored; a correct form stores the judgement and shows it explained, as a
 * page and as a PDF; the judgement is then among the inspector's own. The form can be completed with the keyboard alone.
 */
class InspectorPagesTest extends BrowserTest {


    @Autowired
    JudgementRecords records;


    @BeforeEach
    void signIn() {
        signedInAs(TestAccounts.INSPECTOR);
    }


    @Test
    void aRefusedFormSaysWhatIsWrongAtTheTopAndAtEachFieldKeepsEverythingAndStoresNothing() {
        long stored = records.count();
        browser.go("/judgements/new");
        assertThat(browser.heading()).isEqualTo("Record evidence");
        browser.assertAccessible().screenshot("evidence-form");

        browser.type("localAuthority.code", "X123").type("inspection.startDate-month", "5").type("inspection.startDate-year", "2024")
                .type("workforce.caseloadPerSocialWorker", "lots").type("missingChildren.returnInterviewsOfferedPct", "150")
                .click("#helpAndProtection\\.practiceQuality-2")
                .click("form[action$='/judgements/new'] > button.govuk-button:not(.govuk-button--secondary)");

        assertThat(browser.path()).isEqualTo("/judgements/new");
        assertThat(browser.errorSummary()).containsKeys("localAuthority.code", "inspection.startDate-day", "workforce.caseloadPerSocialWorker",
                "missingChildren.returnInterviewsOfferedPct");
        assertThat(browser.errorSummary().get("inspection.startDate-day")).isEqualTo("Inspection start date must include a day");
        assertThat(browser.errorSummary().get("workforce.caseloadPerSocialWorker")).startsWith("Caseload per case-holding social worker ");
        assertThat(browser.find("#workforce\\.caseloadPerSocialWorker").getAttribute("value")).isEqualTo("lots");
        assertThat(browser.find("#missingChildren\\.returnInterviewsOfferedPct").getAttribute("value")).isEqualTo("150");
        assertThat(browser.find("#helpAndProtection\\.practiceQuality-2").isSelected()).isTrue();
        assertThat(browser.find("#workforce\\.caseloadPerSocialWorker").getAttribute("aria-describedby"))
                .contains("workforce.caseloadPerSocialWorker-error");
        assertThat(records.count()).isEqualTo(stored);
        browser.assertAccessible().screenshot("evidence-form-refused");

        // The summary's link takes the inspector to the field at fault.
        browser.find(".govuk-error-summary__list a[href='#workforce.caseloadPerSocialWorker']").click();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("workforce.caseloadPerSocialWorker");
    }

    @Test
    void aCorrectFormStoresTheJudgementAndShowsItExplainedAsAPageAndAPdf() throws Exception {
        long stored = records.count();
        browser.go("/judgements/new").type("localAuthority.code", "E09000002").type("localAuthority.name", "Barking and Dagenham")
                .type("inspection.startDate-day", "13").type("inspection.startDate-month", "5").type("inspection.startDate-year", "2024")
                .type("workforce.caseloadPerSocialWorker", "19").type("missingChildren.returnInterviewsOfferedPct", "72")
                .click("#helpAndProtection\\.practiceQuality-2")
                .click("form[action$='/judgements/new'] > button.govuk-button:not(.govuk-button--secondary)");

        assertThat(browser.path()).matches("/judgements/[0-9a-f-]{36}");
        assertThat(records.count()).isEqualTo(stored + 1);
        assertThat(browser.heading()).isEqualTo("Barking and Dagenham (E09000002)");
        String helpAndProtection = browser.find("section[aria-labelledby='HELP_AND_PROTECTION']").getText();
        assertThat(helpAndProtection).contains("Requires improvement to be good", "Fewer than 80% of missing children are offered a return interview",
                "72%", "below 80%", "prompt and thorough return interview arrangements");
        browser.assertAccessible().screenshot("judgement");

        String path = browser.path();
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path + ".pdf"))
                .header("Cookie", "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(text(pdf.body())).contains("Barking and Dagenham", "Requires improvement to be good",
                "Fewer than 80% of missing children are offered a return interview", "Provisional");

        browser.go("/judgements");
        assertThat(browser.heading()).isEqualTo("Your judgements");
        assertThat(browser.find("table.govuk-table").getText()).contains("E09000002");
        browser.assertAccessible();
    }

    @Test
    void theFormCanBeCompletedWithTheKeyboardAlone() {
        browser.go("/judgements/new");
        tabTo("localAuthority.code").sendKeys("E09000002");
        tabTo("inspection.startDate-day").sendKeys("13");
        tabTo("inspection.startDate-month").sendKeys("5");
        tabTo("inspection.startDate-year").sendKeys("2024");
        // Into the help-and-protection radios, on the checked "Not evaluated yet"; the arrow keys choose.
        WebElement practice = tabTo("helpAndProtection.practiceQuality-blank");
        practice.sendKeys(Keys.ARROW_UP);
        assertThat(browser.find("#helpAndProtection\\.practiceQuality-4").isSelected()).isTrue();
        tabTo("missingChildren.returnInterviewsOfferedPct").sendKeys("72" + Keys.ENTER);

        assertThat(browser.path()).matches("/judgements/[0-9a-f-]{36}");
        assertThat(browser.find("section[aria-labelledby='HELP_AND_PROTECTION']").getText()).contains("Inadequate");
    }

    /** Presses Tab until the field has the focus, as a keyboard user would; fails if it is never reached. */
    private WebElement tabTo(String id) {
        for (int presses = 0; presses < 300; presses++) {
            WebElement focused = browser.driver().switchTo().activeElement();
            if (id.equals(focused.getAttribute("id"))) {
                return focused;
            }
            focused.sendKeys(Keys.TAB);
        }
        throw new AssertionError(id + " was never reached with the Tab key");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
