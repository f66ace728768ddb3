package org.judgementsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where to look next, as policy staff see it in a real browser: every authority ranked as of a date with each point
 * explained, a date that cannot be used refused at the top of the page, and the ranking downloadable.
 */
class TargetingPageTest extends BrowserTest {



    @BeforeEach
    void signIn() {
        signedInAs(TestAccounts.POLICY);
    }


    @Test
    void everyAuthorityIsRankedAsOfTheDateWithEachPointExplained() {
        browser.go("/targeting?asOf=2024-04-01");

        assertThat(browser.heading()).isEqualTo("Where to look next");
        assertThat(browser.find("main h2").getText()).endsWith("authorities as of 1 April 2024");
        assertThat(browser.findAll("tbody tr")).hasSizeGreaterThan(140);
        String first = browser.find("tbody tr").getText();
        assertThat(first).startsWith("1 ");
        browser.find("tbody tr details summary").click();
        assertThat(browser.find("tbody tr details ul").getText()).contains(" for ");
        assertThat(browser.find("a[href*='ranking.csv']").getAttribute("href")).endsWith("/targeting/ranking.csv?asOf=2024-04-01");
        browser.assertAccessible().screenshot("targeting");
    }

    @Test
    void aDateThatIsNotRealOrTooLateIsRefusedAtTheTop() {
        browser.go("/targeting?asOf-day=31&asOf-month=2&asOf-year=2024");
        assertThat(browser.errorSummary()).containsEntry("asOf-day", "Date must be a real date, like 13 5 2024");
        browser.assertAccessible();

        browser.go("/targeting?asOf-day=1&asOf-month=1&asOf-year=2099");
        assertThat(browser.errorSummary().get("asOf-day")).startsWith("Date must not be after today");
    }
}
