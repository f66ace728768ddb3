package org.judgementsupport.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signing in with the organisation's provider: a JWT signed by its key, roles from the configured claim (here nested,
 * as Keycloak puts them), the user's name from the configured claim. The provider is stood in for by a key pair; the
 * service is given only the public key, as it would be given the provider's. Local accounts are turned off, as a
 * deployment signing everyone in through its provider would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "judgement-support.security.roles-claim=realm_access.roles", "judgement-support.security.local-accounts=false"})
@DirtiesContext
class TokenSignInTest {

    private static final KeyPair PROVIDER = keyPair();
    private static final KeyPair IMPOSTOR = keyPair();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) throws Exception {
        Path publicKey = Files.createTempFile("provider", ".pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(PROVIDER.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + publicKey);
    }

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void rolesAndNameComeFromTheConfiguredClaims() throws Exception {
        String token = token(PROVIDER, "a.policy.officer", List.of("Policy", "offline_access"), Instant.now().plusSeconds(300));

        JsonNode me = json.readTree(call(HttpMethod.GET, "/api/v1/users/me", token, null).getBody());

        assertThat(me.path("username").asText()).isEqualTo("a.policy.officer");
        assertThat(me.path("roles")).extracting(JsonNode::asText).containsExactly("POLICY");
        assertThat(me.path("signedInWith").asText()).isEqualTo("sign-in provider token");
        assertThat(call(HttpMethod.GET, "/api/v1/moderation/reports", token, null).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void aTokenWhoseUserNameCouldNotBeRecordedAsItIsIsNotSignedIn() throws Exception {
        for (String name : List.of("n".repeat(201), "an.inspector\u202Eevil", "line\nbreak")) {
            String token = token(PROVIDER, name, List.of("INSPECTOR"), Instant.now().plusSeconds(300));

            assertThat(call(HttpMethod.POST, "/api/v1/judgements", token, """
                    {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"}}""").getStatusCode().value())
                    .as(name).isEqualTo(401);
        }
    }

    @Test
    void aJudgementRecordsTheProvidersNameForTheInspector() throws Exception {
        String token = token(PROVIDER, "an.inspector", List.of("INSPECTOR"), Instant.now().plusSeconds(300));

        ResponseEntity<String> judged = call(HttpMethod.POST, "/api/v1/judgements", token, """
                {"localAuthority": {"code": "E09000002"}, "inspection": {"startDate": "2024-05-13"}}""");

        assertThat(judged.getStatusCode().value()).isEqualTo(201);
        assertThat(json.readTree(judged.getBody()).path("recordedBy").asText()).isEqualTo("an.inspector");
    }

    @Test
    void withLocalAccountsTurnedOffAPasswordSignsNobodyIn() {
        ResponseEntity<String> withPassword = http.withBasicAuth(TestAccounts.EVERYTHING, TestAccounts.password(TestAccounts.EVERYTHING))
                .getForEntity("/api/v1/frameworks", String.class);
        String token = token(PROVIDER, TestAccounts.EVERYTHING, List.of("INSPECTOR"), Instant.now().plusSeconds(300));

        assertThat(withPassword.getStatusCode().value()).isEqualTo(401);
        assertThat(withPassword.getHeaders().get("WWW-Authenticate")).as("no Basic challenge when passwords sign nobody in")
                .containsExactly("Bearer realm=\"judgement-support\"");
        assertThat(call(HttpMethod.GET, "/api/v1/frameworks", token, null).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenOrOneSignedByAnotherKeyIsNotSignedIn() {
        ResponseEntity<String> expired = call(HttpMethod.GET, "/api/v1/frameworks", token(PROVIDER, "someone", List.of("INSPECTOR"),
                Instant.now().minusSeconds(600)), null);
        ResponseEntity<String> forged = call(HttpMethod.GET, "/api/v1/frameworks", token(IMPOSTOR, "someone", List.of("ADMIN"),
                Instant.now().plusSeconds(300)), null);

        assertThat(expired.getStatusCode().value()).isEqualTo(401);
        assertThat(forged.getStatusCode().value()).isEqualTo(401);
        assertThat(expired.getHeaders().get("WWW-Authenticate")).containsExactly("Bearer realm=\"judgement-support\", error=\"invalid_token\"");
        assertThat(forged.getHeaders().get("WWW-Authenticate")).containsExactly("Bearer realm=\"judgement-support\", error=\"invalid_token\"");
    }

    @Test
    void aTokenWithoutRolesSignsInButMayOnlyRead() {
        String token = token(PROVIDER, "a.visitor", List.of(), Instant.now().plusSeconds(300));

        assertThat(call(HttpMethod.GET, "/api/v1/frameworks", token, null).getStatusCode().value()).isEqualTo(200);
        assertThat(call(HttpMethod.POST, "/api/v1/judgements", token, "{}").getStatusCode().value()).isEqualTo(403);
    }

    private ResponseEntity<String> call(HttpMethod method, String path, String token, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private static String token(KeyPair signer, String username, List<String> roles, Instant expires) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                    .subject("f3a1c2d4-subject")
                    .claim("preferred_username", username)
                    .claim("realm_access", Map.of("roles", roles))
                    .issueTime(Date.from(expires.minusSeconds(900)))
                    .expirationTime(Date.from(expires))
                    .build());
            jwt.sign(new RSASSASigner((RSAPrivateKey) signer.getPrivate()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
