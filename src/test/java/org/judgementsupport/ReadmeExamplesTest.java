package org.judgementsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.judgementsupport.security.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README's examples, run: each marked request is sent to the service and the answer must contain the excerpt the
 * README shows, so the documentation cannot drift from what the service does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadmeExamplesTest {

    /** Every role: these tests are about what the service does, not who may ask (see AccessControlTest). */
    private static final String SIGNED_IN = TestAccounts.basic(TestAccounts.EVERYTHING);

    private static final Pattern CURL_BODY = Pattern.compile("-d '(.*?)'", Pattern.DOTALL);

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theJudgementExampleGivesTheAnswerTheReadmeShows() throws Exception {
        String request = example("judgement-request");
        Matcher body = CURL_BODY.matcher(request);
        assertThat(body.find()).as("the request example has a -d '…' body").isTrue();

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/judgements")).header("Authorization", SIGNED_IN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.group(1))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        List<String> mismatches = new ArrayList<>();
        contains(json.readTree(response.body()), json.readTree(example("judgement-response")), "$", mismatches);
        assertThat(mismatches).as("parts of the README's answer the service does not give").isEmpty();
    }

    /** The fenced block after {@code <!-- example: name -->} in README.md. */
    private static String example(String name) throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher block = Pattern.compile("<!-- example: " + Pattern.quote(name) + " -->.*?```\\w*\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README example " + name).isTrue();
        return block.group(1);
    }

    /** Every field of the excerpt is in the actual answer; each excerpt array element matches some actual element. */
    private static void contains(JsonNode actual, JsonNode excerpt, String path, List<String> mismatches) {
        if (excerpt.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = excerpt.properties().iterator(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!actual.has(field.getKey())) {
                    mismatches.add(path + "." + field.getKey() + " is missing");
                } else {
                    contains(actual.get(field.getKey()), field.getValue(), path + "." + field.getKey(), mismatches);
                }
            }
        } else if (excerpt.isArray()) {
            for (JsonNode wanted : excerpt) {
                boolean found = false;
                for (JsonNode candidate : actual) {
                    List<String> inner = new ArrayList<>();
                    contains(candidate, wanted, path + "[]", inner);
                    found |= inner.isEmpty();
                }
                if (!found) {
                    mismatches.add(path + " has no element matching " + wanted);
                }
            }
        } else if (!(excerpt.isNumber() && actual.isNumber() ? excerpt.decimalValue().compareTo(actual.decimalValue()) == 0 : excerpt.equals(actual))) {
            mismatches.add(path + " is " + actual + ", not " + excerpt);
        }
    }
}
