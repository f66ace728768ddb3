package org.judgementsupport.web;

import java.nio.file.Path;
import org.judgementsupport.realdata.SharedData;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What every page test shares, so they share one running service: the published statistics and a copy of the rules
 * (policy staff's pages put versions into service, which writes the rule folder). {@link BrowserTest} adds a browser.
 */
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
}
