package org.judgementsupport.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.judgementsupport.system.RawHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The account routes under every name an attacker might give: "me" (the route about yourself), an account actually
 * called "me" from before the name was reserved, its other spellings, and paths that try to step out of the name.
 * Only an administrator reaches the administrators' routes; the two routes about yourself mean whoever is signed in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountRoutesTest {

    /** An account named before "me" was reserved, as the README once suggested. */
    private static final String LEGACY_ME = "me";
    private static final String LEGACY_ME_PASSWORD = "legacy-me-password";

    private static final List<String> TARGETS = List.of("me", "ME", "Me", "%6De", "me/", "me/..", "me/../me", "me%2F..", "me%2f%2e%2e",
            "me%2e%2e", "..", ".", "me;x=1", "me%3B", "me%00", TestAccounts.INSPECTOR, TestAccounts.ADMIN, "nobody");

    /** The two routes any signed-in user may call, each about themselves. */
    private static final List<String> ABOUT_YOURSELF = List.of("GET /api/v1/users/me", "POST /api/v1/users/me/password");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final ObjectMapper json = new ObjectMapper();
    private RawHttp http;

    @BeforeEach
    void anAccountCalledMeExists() {
        http = new RawHttp(port);
        if (jdbc.sql("select count(*) from app_user where username = ?").param(LEGACY_ME).query(Long.class).single() == 0) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            jdbc.sql("""
                            insert into app_user (username, password_hash, roles, enabled, created_at, created_by, password_changed_at)
                            values (?, ?, 'INSPECTOR', true, ?, 'before names were reserved', ?)""")
                    .params(LEGACY_ME, passwords.encode(LEGACY_ME_PASSWORD), now, now).update();
        }
    }

    @Test
    void noAccountRouteButTheTwoAboutYourselfLetsANonAdministratorInWhateverNameItIsGiven() {
        List<String> routes = userRoutes();
        assertThat(routes).as("the routes this test walks").contains("PUT /api/v1/users/{username}/roles",
                "POST /api/v1/users/{username}/password-reset", "PUT /api/v1/users/{username}/enabled", "GET /api/v1/users/{username}");
        List<String> let = new ArrayList<>();
        int tried = 0;
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String pattern = route.substring(route.indexOf(' ') + 1);
            for (String target : pattern.contains("{username}") ? TARGETS : List.of("")) {
                String path = pattern.replace("{username}", target);
                if (ABOUT_YOURSELF.contains(method + " " + path)) {
                    continue;
                }
                for (Map.Entry<String, String> caller : nonAdministrators().entrySet()) {
                    String before = accounts();
                    RawHttp.Response response = http.send(method, path, body(pattern), basic(caller.getKey(), caller.getValue()),
                            "Content-Type: application/json");
                    tried++;
                    // 404: an address no route has, such as one with a trailing slash, is not found whoever asks.
                    boolean refused = (response.status() == 403 || response.status() == 400 || response.status() == 404)
                            && response.contentType().startsWith("application/problem+json");
                    // "%6De" is "me" once decoded: the route about yourself, which must then be about the caller.
                    boolean aboutThemselves = method.equals("GET") && response.status() == 200
                            && response.body().contains("\"username\":\"" + caller.getKey() + "\"");
                    if (!(refused || aboutThemselves) || !accounts().equals(before)) {
                        let.add(method + " " + path + " as " + caller.getKey() + ": " + response.status() + " " + response.body());
                    }
                }
            }
        }
        assertThat(tried).isGreaterThan(250);
        assertThat(let).as("calls a non-administrator got through, or that changed an account").isEmpty();
    }

    @Test
    void theRoutesAboutYourselfMeanWhoeverIsSignedInEvenBesideAnAccountCalledMe() throws Exception {
        String me = "someone-" + UUID.randomUUID().toString().substring(0, 8);
        String password = create(me);
        String legacyHash = hashOf(LEGACY_ME);

        JsonNode whoAmI = json.readTree(http.send("GET", "/api/v1/users/me", basic(me, password)).body());
        RawHttp.Response changed = http.send("POST", "/api/v1/users/me/password",
                bytes("{\"currentPassword\": \"" + password + "\", \"newPassword\": \"a brand new passphrase\"}"), basic(me, password),
                "Content-Type: application/json");

        assertThat(whoAmI.path("username").asText()).isEqualTo(me);
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(http.send("GET", "/api/v1/users/me", basic(me, "a brand new passphrase")).status()).isEqualTo(200);
        assertThat(hashOf(LEGACY_ME)).as("the account called me is untouched").isEqualTo(legacyHash);
        JsonNode legacyWhoAmI = json.readTree(http.send("GET", "/api/v1/users/me", basic(LEGACY_ME, LEGACY_ME_PASSWORD)).body());
        assertThat(legacyWhoAmI.path("roles").toString()).isEqualTo("[\"INSPECTOR\"]");
    }

    @Test
    void anAdministratorStillManagesAnAccountCalledMeFromBeforeTheNameWasReserved() throws Exception {
        RawHttp.Response disabled = http.send("PUT", "/api/v1/users/me/enabled", bytes("{\"enabled\": false}"), admin(), "Content-Type: application/json");
        RawHttp.Response enabled = http.send("PUT", "/api/v1/users/me/enabled", bytes("{\"enabled\": true}"), admin(), "Content-Type: application/json");

        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(json.readTree(disabled.body()).path("username").asText()).isEqualTo(LEGACY_ME);
        assertThat(json.readTree(disabled.body()).path("enabled").asBoolean()).isFalse();
        assertThat(json.readTree(enabled.body()).path("enabled").asBoolean()).isTrue();
    }

    @Test
    void accountNamesAreLettersDigitsAndAFewMarksAndNeverAWordTheRoutesUse() throws Exception {
        List<String> refused = List.of("me", "ME", "..", ".hidden", "trailing.", "a", "x".repeat(101), "nul\\u0000name", "tab\\tname",
                "evil\\u202Egnp.exe", "zero\\u200Bwidth", "\\uFF41\\uFF44\\uFF4D\\uFF49\\uFF4E", "lone\\uD800surrogate", "slash/name",
                "percent%2F", "space name", "\\u00E9mile");
        long before = count();
        for (String name : refused) {
            RawHttp.Response response = http.send("POST", "/api/v1/users", bytes("{\"username\": \"" + name + "\", \"roles\": [\"INSPECTOR\"]}"),
                    admin(), "Content-Type: application/json");
            assertThat(response.status()).as(name + ": " + response.body()).isEqualTo(400);
            JsonNode problem = json.readTree(response.body());
            assertThat(problem.path("errors").get(0).path("field").asText()).as(name).isEqualTo("username");
        }
        assertThat(count()).as("no account created").isEqualTo(before);

        RawHttp.Response accepted = http.send("POST", "/api/v1/users", bytes("{\"username\": \"jane.doe@la-7\", \"roles\": [\"INSPECTOR\"]}"),
                admin(), "Content-Type: application/json");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    }

    @Test
    void aNewPasswordIsTwelveCharactersToSeventyTwoBytesAndNotOnlySpaces() throws Exception {
        String name = "chooser-" + UUID.randomUUID().toString().substring(0, 8);
        String password = create(name);
        String hash = hashOf(name);
        Map<String, String> refused = Map.of(
                "x".repeat(100), "72 bytes",
                "\u00e9".repeat(37), "72 bytes",
                " ".repeat(12), "only spaces",
                "short", "at least 12",
                "twelve chars\u0007bell", "control characters");
        for (Map.Entry<String, String> attempt : refused.entrySet()) {
            RawHttp.Response response = http.send("POST", "/api/v1/users/me/password",
                    bytes(json.writeValueAsString(Map.of("currentPassword", password, "newPassword", attempt.getKey()))), basic(name, password),
                    "Content-Type: application/json");
            assertThat(response.status()).as(attempt.getValue() + ": " + response.body()).isEqualTo(400);
            JsonNode error = json.readTree(response.body()).path("errors").get(0);
            assertThat(error.path("field").asText()).isEqualTo("newPassword");
            assertThat(error.path("reason").asText()).contains(attempt.getValue());
        }
        assertThat(hashOf(name)).as("the password is unchanged").isEqualTo(hash);

        RawHttp.Response longCurrent = http.send("POST", "/api/v1/users/me/password",
                bytes(json.writeValueAsString(Map.of("currentPassword", "y".repeat(100), "newPassword", "a perfectly good one"))), basic(name, password),
                "Content-Type: application/json");
        assertThat(longCurrent.status()).as(longCurrent.body()).isEqualTo(400);
        assertThat(json.readTree(longCurrent.body()).path("errors").get(0).path("field").asText()).isEqualTo("currentPassword");
        assertThat(http.send("GET", "/api/v1/users/me", basic(name, "z".repeat(100))).status()).as("a sign-in too long to check").isEqualTo(401);

        String accented = "\u00e9".repeat(36);
        RawHttp.Response seventyTwoBytes = http.send("POST", "/api/v1/users/me/password",
                bytes(json.writeValueAsString(Map.of("currentPassword", password, "newPassword", accented))), basic(name, password),
                "Content-Type: application/json");
        assertThat(seventyTwoBytes.status()).as(seventyTwoBytes.body()).isEqualTo(204);
        assertThat(http.send("GET", "/api/v1/users/me", basic(name, accented)).status()).isEqualTo(200);
    }

    @Test
    void rolesAndTheEnabledFlagMustBeSaidNotLeftOut() throws Exception {
        String name = "flagged-" + UUID.randomUUID().toString().substring(0, 8);
        create(name);
        String before = accounts();

        RawHttp.Response nullRole = http.send("PUT", "/api/v1/users/" + name + "/roles", bytes("{\"roles\": [null]}"), admin(),
                "Content-Type: application/json");
        RawHttp.Response noFlag = http.send("PUT", "/api/v1/users/" + name + "/enabled", bytes("{}"), admin(), "Content-Type: application/json");

        assertThat(nullRole.status()).as(nullRole.body()).isEqualTo(400);
        assertThat(json.readTree(nullRole.body()).path("errors").get(0).path("field").asText()).isEqualTo("roles");
        assertThat(noFlag.status()).as(noFlag.body()).isEqualTo(400);
        assertThat(json.readTree(noFlag.body()).path("errors").get(0).path("field").asText()).isEqualTo("enabled");
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void aRefusedAccountRequestListsEveryFieldAtFaultWithWhatWasSentAndWhy() throws Exception {
        String roles = "[INSPECTOR, MODERATOR, POLICY, ADMIN]";
        assertRefused(http.send("POST", "/api/v1/users", bytes("{\"username\": \"a\", \"roles\": []}"), admin(), "Content-Type: application/json"),
                "/api/v1/users", """
                        [{"field": "username", "rejectedValue": "a",
                          "reason": "must be 2 to 100 letters (A to Z), digits, '.', '_', '@' or '-', starting and ending with a letter or digit"},
                         {"field": "roles", "rejectedValue": [], "reason": "must name at least one of %s"}]""".formatted(roles));
        assertRefused(http.send("POST", "/api/v1/users", bytes("{\"username\": \"" + TestAccounts.INSPECTOR + "\", \"roles\": [\"INSPECTOR\", null]}"),
                        admin(), "Content-Type: application/json"), "/api/v1/users", """
                        [{"field": "username", "rejectedValue": "inspector", "reason": "is taken; accounts are never deleted, so choose another name"},
                         {"field": "roles", "rejectedValue": null, "reason": "must name only roles, each one of %s"}]""".formatted(roles));
        String name = "refused-" + UUID.randomUUID().toString().substring(0, 8);
        String password = create(name);
        assertRefused(http.send("PUT", "/api/v1/users/" + name + "/roles", bytes("{}"), admin(), "Content-Type: application/json"),
                "/api/v1/users/" + name + "/roles", """
                        [{"field": "roles", "rejectedValue": null, "reason": "must name at least one of %s"}]""".formatted(roles));
        assertRefused(http.send("PUT", "/api/v1/users/" + name + "/enabled", bytes("{}"), admin(), "Content-Type: application/json"),
                "/api/v1/users/" + name + "/enabled", """
                        [{"field": "enabled", "rejectedValue": null, "reason": "is required: true or false"}]""");
        assertRefused(http.send("POST", "/api/v1/users/me/password", bytes("{\"currentPassword\": \"not it at all\", \"newPassword\": \"short\"}"),
                        basic(name, password), "Content-Type: application/json"), "/api/v1/users/me/password", """
                        [{"field": "currentPassword", "rejectedValue": null, "reason": "is not the account's current password"},
                         {"field": "newPassword", "rejectedValue": null, "reason": "must be at least 12 characters"}]""");
        assertRefused(http.send("POST", "/api/v1/users/me/password",
                        bytes(json.writeValueAsString(Map.of("currentPassword", password, "newPassword", password))), basic(name, password),
                        "Content-Type: application/json"), "/api/v1/users/me/password", """
                        [{"field": "newPassword", "rejectedValue": null, "reason": "must differ from the username and the current password"}]""");
    }

    private void assertRefused(RawHttp.Response response, String path, String errors) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode expectedErrors = json.readTree(errors);
        JsonNode expected = json.readTree("""
                {"type": "/problems/invalid-account-request", "title": "The account request was not accepted", "status": 400,
                 "detail": "%d field(s) need correcting; nothing was changed.", "instance": "%s"}""".formatted(expectedErrors.size(), path));
        ((ObjectNode) expected).set("errors", expectedErrors);
        assertThat(json.readTree(response.body())).isEqualTo(expected);
    }

    /** Every route under /api/v1/users, as "METHOD pattern". */
    private List<String> userRoutes() {
        List<String> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (pattern.startsWith("/api/v1/users")) {
                    for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
                        routes.add(method.name() + " " + pattern);
                    }
                }
            }
        }
        return routes;
    }

    private static Map<String, String> nonAdministrators() {
        return Map.of(TestAccounts.INSPECTOR, TestAccounts.password(TestAccounts.INSPECTOR),
                TestAccounts.MODERATOR, TestAccounts.password(TestAccounts.MODERATOR),
                TestAccounts.POLICY, TestAccounts.password(TestAccounts.POLICY),
                LEGACY_ME, LEGACY_ME_PASSWORD);
    }

    private static byte[] body(String pattern) {
        if (pattern.endsWith("/roles")) {
            return bytes("{\"roles\": [\"ADMIN\"]}");
        }
        if (pattern.endsWith("/enabled")) {
            return bytes("{\"enabled\": false}");
        }
        if (pattern.equals("/api/v1/users")) {
            return bytes("{\"username\": \"sneaky\", \"roles\": [\"ADMIN\"]}");
        }
        return bytes("{}");
    }

    private String create(String name) throws Exception {
        RawHttp.Response created = http.send("POST", "/api/v1/users", bytes("{\"username\": \"" + name + "\", \"roles\": [\"INSPECTOR\"]}"),
                admin(), "Content-Type: application/json");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).path("password").asText();
    }

    /** Every account with its roles, whether enabled, and its password hash. */
    private String accounts() {
        return String.join(";", jdbc.sql("select username, roles, enabled, password_hash from app_user order by username")
                .query((row, number) -> row.getString(1) + " " + row.getString(2) + " " + row.getBoolean(3) + " " + row.getString(4)).list());
    }

    private long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    private String hashOf(String name) {
        return jdbc.sql("select password_hash from app_user where username = ?").param(name).query(String.class).single();
    }

    private static String admin() {
        return "Authorization: " + TestAccounts.basic(TestAccounts.ADMIN);
    }

    private static String basic(String name, String password) {
        return "Authorization: Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
