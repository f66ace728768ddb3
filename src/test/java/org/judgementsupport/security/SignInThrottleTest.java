package org.judgementsupport.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * Guessing passwords over the API: after a few failures the account must wait, answered 429 with Retry-After as a
 * problem, without its password being checked; other users carry on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "judgement-support.security.sign-in.free-failures-per-account=3", "judgement-support.security.sign-in.first-wait=1m",
        "judgement-support.security.sign-in.free-failures-per-address=40"})
class SignInThrottleTest {

    @LocalServerPort
    int port;

    /**
     * A client that never retries by itself. The default one (Apache HttpClient 5) waits out a 429's Retry-After and
     * sends the request again, as a good client should, which would hide from this test the 429 it is about.
     */
    TestRestTemplate http;

    @BeforeEach
    void clientThatDoesNotRetry() {
        http = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port).requestFactory(JdkClientHttpRequestFactory.class));
    }

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void guessingAPasswordMakesTheAccountWaitEvenForTheRightPasswordWhileOthersCarryOn() throws Exception {
        String victim = newAccount("guessed-at");
        List<Integer> guesses = new ArrayList<>();
        for (int guess = 0; guess < 6; guess++) {
            guesses.add(http.withBasicAuth(victim, "guess number " + guess).getForEntity("/api/v1/users/me", String.class).getStatusCode().value());
        }

        ResponseEntity<String> rightPassword = http.withBasicAuth(victim, "the right passphrase").getForEntity("/api/v1/users/me", String.class);
        ResponseEntity<String> someoneElse = http.withBasicAuth(TestAccounts.INSPECTOR, TestAccounts.password(TestAccounts.INSPECTOR))
                .getForEntity("/api/v1/users/me", String.class);

        assertThat(guesses).containsExactly(401, 401, 401, 429, 429, 429);
        assertThat(rightPassword.getStatusCode().value()).isEqualTo(429);
        assertThat(rightPassword.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("60");
        JsonNode problem = json.readTree(rightPassword.getBody());
        assertThat(problem.path("type").asText()).isEqualTo("/problems/too-many-sign-in-attempts");
        assertThat(problem.path("retryAfterSeconds").asLong()).isEqualTo(60);
        assertThat(someoneElse.getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        String user = newAccount("forgetful");
        for (int round = 0; round < 3; round++) {
            assertThat(http.withBasicAuth(user, "a wrong one").getForEntity("/api/v1/users/me", String.class).getStatusCode().value()).isEqualTo(401);
            assertThat(http.withBasicAuth(user, "a wrong one").getForEntity("/api/v1/users/me", String.class).getStatusCode().value()).isEqualTo(401);
            assertThat(http.withBasicAuth(user, "the right passphrase").getForEntity("/api/v1/users/me", String.class).getStatusCode().value())
                    .isEqualTo(200);
        }
    }

    private String newAccount(String prefix) {
        String name = prefix + "-" + System.nanoTime();
        TestRestTemplate admin = http.withBasicAuth(TestAccounts.ADMIN, TestAccounts.password(TestAccounts.ADMIN));
        try {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            JsonNode created = json.readTree(admin.postForEntity("/api/v1/users",
                    new HttpEntity<>("{\"username\": \"" + name + "\", \"roles\": [\"INSPECTOR\"]}", headers), String.class).getBody());
            String generated = created.path("password").asText();
            ResponseEntity<String> changed = http.withBasicAuth(name, generated).postForEntity("/api/v1/users/me/password",
                    new HttpEntity<>("{\"currentPassword\": \"" + generated + "\", \"newPassword\": \"the right passphrase\"}", headers), String.class);
            assertThat(changed.getStatusCode().value()).isEqualTo(204);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return name;
    }
}
