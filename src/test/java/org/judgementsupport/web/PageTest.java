package org.judgementsupport.web;

import java.nio.file.Path;
import org.judgementsupport.realdata.SharedData;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every page test shares, so they share one running service: the published statistics, a copy of the rules
 * (policy staff's pages put versions into service, which writes the rule folder), and a fresh browser per test.
 */
@ExtendWith(Browser.Installed.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PageTest {

    static final Path RULE_FOLDER = RuleFolderFixture.temporaryCopyOfRepository("rule-folder-pages").root();

    @DynamicPropertySource
    static void realDataAndRules(DynamicPropertyRegistry properties) {
        properties.add("judgement-support.real-data.folder", () -> SharedData.dataFolder().toString());
        properties.add("judgement-support.rule-set.folder", RULE_FOLDER::toString);
    }

    @LocalServerPort
    int port;

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
