package org.judgementsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.judgementsupport.security.Role;
import org.judgementsupport.security.TestAccounts;
import org.judgementsupport.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signing in and out in a real browser: an anonymous visit goes to the sign-in page and back after it, a refused
 * sign-in says so and keeps the username, a generated password must be replaced before anything else opens, and the
 * pages for a missing address or a role the user lacks say so plainly. Every page meets WCAG 2.2 AA as axe-core checks.
 */
class SignInPagesTest extends BrowserTest {


    @Autowired
    UserAccounts accounts;




    @Test
    void anAnonymousVisitGoesToSignInAndBackToThePageAskedFor() {
        browser.go("/accessibility");
        assertThat(browser.heading()).isEqualTo("Accessibility statement for Judgement Support");
        browser.assertAccessible();

        browser.go("/judgements");
        assertThat(browser.path()).isEqualTo("/sign-in");
        assertThat(browser.heading()).isEqualTo("Sign in");
        browser.assertAccessible().screenshot("sign-in");

        browser.type("username", TestAccounts.MODERATOR).type("password", TestAccounts.password(TestAccounts.MODERATOR))
                .click("form[action$='/sign-in'] button[type=submit]");
        assertThat(browser.path()).startsWith("/judgements");
    }

    @Test
    void aRefusedSignInSaysSoAtTheTopAndKeepsTheUsername() {
        browser.signIn(TestAccounts.INSPECTOR, "not the password at all");

        assertThat(browser.path()).startsWith("/sign-in");
        assertThat(browser.errorSummary()).containsExactly(java.util.Map.entry("username", "Enter a correct username and password"));
        assertThat(browser.find("#username").getAttribute("value")).isEqualTo(TestAccounts.INSPECTOR);
        assertThat(browser.find("#password").getAttribute("value")).isEmpty();
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        browser.assertAccessible().screenshot("sign-in-refused");
    }

    @Test
    void aGeneratedPasswordMustBeReplacedBeforeAnythingElseOpens() {
        String username = "new-inspector-" + System.nanoTime();
        String generated = accounts.create(username, EnumSet.of(Role.INSPECTOR), TestAccounts.ADMIN).password();

        browser.signIn(username, generated);
        assertThat(browser.path()).isEqualTo("/account/password");
        assertThat(browser.heading()).isEqualTo("Choose your password");
        browser.assertAccessible();
        browser.go("/judgements/new");
        assertThat(browser.path()).isEqualTo("/account/password");

        browser.type("currentPassword", "not the generated one").type("newPassword", "short")
                .click("form[action$='/account/password'] button[type=submit]");
        assertThat(browser.errorSummary()).containsOnlyKeys("currentPassword", "newPassword");
        assertThat(browser.errorSummary().get("currentPassword")).startsWith("Current password ");
        assertThat(browser.find("#newPassword").getAttribute("aria-describedby")).contains("newPassword-error");
        browser.assertAccessible().screenshot("choose-password-refused");

        browser.type("currentPassword", generated).type("newPassword", "a long password of my own")
                .click("form[action$='/account/password'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.find(".govuk-notification-banner").getText()).contains("Your password has been changed");
        assertThat(accounts.mustChangePassword(username)).isFalse();
        browser.assertAccessible().screenshot("home-inspector");

        browser.click(".app-sign-out__button");
        assertThat(browser.path()).isEqualTo("/sign-in?signed-out");
        assertThat(browser.find(".govuk-notification-banner").getText()).contains("You have signed out");
        browser.signIn(username, "a long password of my own");
        assertThat(browser.path()).isEqualTo("/");
    }

    @Test
    void aMissingPageAndAPageTheRolesDoNotOpenSaySoPlainly() {
        browser.signIn(TestAccounts.MODERATOR, TestAccounts.password(TestAccounts.MODERATOR));

        browser.go("/no-such-page");
        assertThat(browser.heading()).isEqualTo("Page not found");
        browser.assertAccessible();

        // A page that does not exist is not found even under a path whose pages are for other roles.
        browser.go("/accounts/no-such/page");
        assertThat(browser.heading()).isEqualTo("Page not found");

        browser.go("/judgements/new");
        assertThat(browser.heading()).isEqualTo("You cannot see this page");
        browser.assertAccessible();
    }
}
