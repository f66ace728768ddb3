package org.judgementsupport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.EnumSet;
import java.util.UUID;
import org.judgementsupport.security.Role;
import org.judgementsupport.security.TestAccounts;
import org.judgementsupport.security.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator's journey in a real browser: a refused new account says why at each field and creates nothing; a
 * created one shows its password once, and its owner signs in with it and is asked to choose their own; roles are
 * changed (none refused, nothing changed), the account disabled and enabled, and its password reset.
 */
class AccountPagesTest extends BrowserTest {

    @Autowired
    UserAccounts accounts;

    @BeforeEach
    void signIn() {
        signedInAs(TestAccounts.ADMIN);
    }

    @Test
    void aRefusedNewAccountSaysWhyAtEachFieldKeepsWhatWasTypedAndCreatesNothing() {
        long before = accounts.count();
        browser.go("/accounts");
        assertThat(browser.heading()).isEqualTo("Accounts");
        assertThat(browser.find("#accounts-table").getText()).contains(TestAccounts.INSPECTOR, "Inspector", "Active");
        browser.assertAccessible().screenshot("accounts");

        browser.click("#create-account");
        assertThat(browser.path()).isEqualTo("/accounts/new");
        browser.assertAccessible();
        browser.type("username", "-jo").click("form[action$='/accounts/new'] button[type=submit]");

        assertThat(browser.errorSummary()).containsOnlyKeys("username", "roles");
        assertThat(browser.errorSummary().get("username")).startsWith("Username ");
        assertThat(browser.errorSummary().get("roles")).startsWith("Roles ");
        assertThat(browser.find("#username").getAttribute("value")).isEqualTo("-jo");
        browser.assertAccessible().screenshot("accounts-new-refused");

        browser.type("username", TestAccounts.INSPECTOR).click("#roles-2").click("form[action$='/accounts/new'] button[type=submit]");
        assertThat(browser.errorSummary()).containsOnly(entry("username",
                "Username is taken; accounts are never deleted, so choose another name"));
        assertThat(browser.find("#roles-2").isSelected()).as("the roles ticked are kept").isTrue();
        assertThat(accounts.count()).isEqualTo(before);
        assertThat(accounts.find(TestAccounts.INSPECTOR).orElseThrow().roles()).containsExactly(Role.INSPECTOR);
    }

    @Test
    void aNewAccountShowsItsPasswordOnceAndItsOwnerSignsInWithItAndChoosesTheirOwn() {
        String username = "jo.smith-" + UUID.randomUUID().toString().substring(0, 8);
        browser.go("/accounts/new").type("username", username).click("#roles").click("#roles-2")
                .click("form[action$='/accounts/new'] button[type=submit]");

        assertThat(browser.heading()).isEqualTo("Account created");
        String password = browser.find("#generated-password").getText();
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        assertThat(accounts.find(username).orElseThrow().roles()).containsExactlyInAnyOrder(Role.INSPECTOR, Role.MODERATOR);
        browser.assertAccessible().screenshot("account-created");

        try (Browser owner = Browser.open(port)) {
            owner.signIn(username, password);
            assertThat(owner.path()).startsWith("/account/password");
            assertThat(owner.heading()).isEqualTo("Choose your password");
        }
    }

    @Test
    void anAccountsRolesAreChangedNoneIsRefusedAndItIsDisabledEnabledAndItsPasswordReset() {
        String username = "sam.jones-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(username, EnumSet.of(Role.INSPECTOR), TestAccounts.ADMIN);
        browser.go("/accounts").click("#accounts-table a[href$='/accounts/" + username + "']");
        assertThat(browser.heading()).isEqualTo(username);
        browser.assertAccessible().screenshot("account");

        browser.click("#roles").click("#save-roles");
        assertThat(browser.errorSummary()).containsOnlyKeys("roles");
        assertThat(browser.errorSummary().get("roles")).startsWith("Roles ");
        assertThat(browser.find("#roles").isSelected()).as("as sent: nothing ticked").isFalse();
        assertThat(accounts.find(username).orElseThrow().roles()).containsExactly(Role.INSPECTOR);
        browser.assertAccessible();

        browser.click("#roles-3").click("#save-roles");
        assertThat(browser.find(".govuk-notification-banner").getText()).contains(username + "'s roles have been changed");
        assertThat(accounts.find(username).orElseThrow().roles()).containsExactly(Role.POLICY);
        browser.assertAccessible();

        browser.click("#enabled");
        assertThat(browser.find(".govuk-notification-banner").getText()).contains(username + " can no longer sign in");
        assertThat(accounts.find(username).orElseThrow().enabled()).isFalse();
        browser.click("#enabled");
        assertThat(accounts.find(username).orElseThrow().enabled()).isTrue();

        browser.click("#password-reset");
        assertThat(browser.heading()).isEqualTo("Password reset");
        String password = browser.find("#generated-password").getText();
        browser.assertAccessible();
        try (Browser owner = Browser.open(port)) {
            owner.signIn(username, password);
            assertThat(owner.path()).startsWith("/account/password");
        }
    }

    @Test
    void anAccountThatDoesNotExistIsPageNotFound() {
        browser.go("/accounts/no-such-" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(browser.heading()).isEqualTo("Page not found");
    }
}
