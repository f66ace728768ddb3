package org.judgementsupport.web;

import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** A page test in a real browser: a fresh Chromium per test, closed after it. */
@ExtendWith(Browser.Installed.class)
abstract class BrowserTest extends PageTest {

    Browser browser;

    @BeforeEach
    void openTheBrowser() {
        browser = Browser.open(port);
    }

    @AfterEach
    void closeTheBrowser() {
        browser.close();
    }

    Browser signedInAs(String account) {
        return browser.signIn(account, TestAccounts.password(account));
    }
}
