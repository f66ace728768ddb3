package org.judgementsupport.rulechange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.judgementsupport.ruleset.RuleFolderFixture;
import org.judgementsupport.ruleset.RuleSetFolder;
import org.judgementsupport.ruleset.RuleSetRegistry;
import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A change that validates but cannot be written into the rule folder (here a file stands where the change needs a
 * folder, as a full disk or a read-only folder would stop it too) never goes into service: the version before keeps
 * serving throughout, the attempt is recorded as it happened, and the answer says so. Nothing is ever in service
 * unrecorded, and no temporary file is left behind.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class RuleFolderNotWrittenTest {

    private static final Path FOLDER = RuleFolderFixture.temporaryCopyOfRepository("rule-folder-not-written").root();

    @DynamicPropertySource
    static void ruleFolder(DynamicPropertyRegistry properties) {
        properties.add("judgement-support.rule-set.folder", FOLDER::toString);
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    RuleSetRegistry registry;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aVersionThatCannotBeWrittenIntoTheFolderNeverGoesIntoServiceAndTheAttemptIsRecorded() throws Exception {
        Files.writeString(FOLDER.resolve("rules/blocked"), "a file where the change needs a folder");
        String original = registry.active().version();
        List<String> historyBefore = history();

        ResponseEntity<String> response = upload("rules/blocked/extra.drl", "package rules;\n");

        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(500);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("type").asText()).isEqualTo("/problems/rule-folder-not-written");
        assertThat(problem.path("detail").asText()).contains("was not put into service", original + " is still in service");
        assertThat(problem.path("inService").asText()).isEqualTo(original);
        String candidate = problem.path("version").asText();
        assertThat(candidate).isNotEqualTo(original);
        assertThat(registry.active().version()).isEqualTo(original);

        List<String> changeLog = jdbc.sql("select version || ' ' || action || ' ' || outcome || ' ' || comment from rule_change order by id")
                .query(String.class).list();
        assertThat(changeLog.get(changeLog.size() - 1)).startsWith(candidate + " ACTIVATION NOT_WRITTEN a rule in a new folder")
                .contains("could not be written into the rule folder", "nothing changed");
        assertThat(history()).as("versions that went into service").isEqualTo(historyBefore).doesNotContain(candidate);
        try (Stream<Path> files = Files.walk(FOLDER)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".incoming-"));
        }
        assertThat(Files.readString(FOLDER.resolve("rules/blocked"))).isEqualTo("a file where the change needs a folder");
        assertThat(new RuleSetFolder(FOLDER).read().version()).isEqualTo(original);
    }

    private List<String> history() {
        return jdbc.sql("select version from rule_set_activation order by id").query(String.class).list();
    }

    private ResponseEntity<String> upload(String path, String content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add(path, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return path;
            }
        });
        parts.add("comment", "a rule in a new folder");
        return http.withBasicAuth(TestAccounts.POLICY, TestAccounts.password(TestAccounts.POLICY))
                .postForEntity("/api/v1/rulesets", new HttpEntity<>(parts, headers), String.class);
    }
}
