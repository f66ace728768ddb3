package org.judgementsupport.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

/** Local accounts: the first administrator, accounts administrators create, passwords users choose. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AccountsTest {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("password: (\\S+)");

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestRestTemplate http;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    @DirtiesContext
    void theFirstStartCreatesAnAdministratorWithAPasswordPrintedOnceAndStoredOnlyAsABcryptHash() {
        jdbc.sql("delete from app_user").update();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        InitialAdministrator firstStart = new InitialAdministrator(accounts, new SecuritySettings(true, "roles", "preferred_username", null),
                new PrintStream(console, true, StandardCharsets.UTF_8));

        firstStart.run(new DefaultApplicationArguments());

        Matcher printed = PRINTED_PASSWORD.matcher(console.toString(StandardCharsets.UTF_8));
        assertThat(printed.find()).isTrue();
        String password = printed.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        String stored = jdbc.sql("select password_hash from app_user where username = 'admin'").query(String.class).single();
        assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(password);
        assertThat(passwords.matches(password, stored)).isTrue();
        assertThat(accounts.find("admin").orElseThrow().roles()).containsExactly(Role.ADMIN);

        console.reset();
        firstStart.run(new DefaultApplicationArguments());

        assertThat(console.size()).as("printed once: a later start finds the account and prints nothing").isZero();
        assertThat(accounts.count()).isEqualTo(1);
    }

    @Test
    void anAdministratorCreatesAnAccountWhosePasswordIsShownOnceAndTheUserChoosesTheirOwn() throws Exception {
        String username = "new.moderator";
        ResponseEntity<String> created = asAdmin(HttpMethod.POST, "/api/v1/users", "{\"username\": \"" + username + "\", \"roles\": [\"MODERATOR\"]}");

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        String generated = json.readTree(created.getBody()).path("password").asText();
        assertThat(json.readTree(created.getBody()).at("/account/createdBy").asText()).isEqualTo(TestAccounts.ADMIN);
        JsonNode listed = json.readTree(asAdmin(HttpMethod.GET, "/api/v1/users/" + username, null).getBody());
        assertThat(listed.has("password")).isFalse();
        assertThat(listed.path("roles")).extracting(JsonNode::asText).containsExactly("MODERATOR");

        ResponseEntity<String> tooShort = as(username, generated, HttpMethod.POST, "/api/v1/users/me/password",
                "{\"currentPassword\": \"" + generated + "\", \"newPassword\": \"short\"}");
        assertThat(tooShort.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(tooShort.getBody()).at("/errors/0/field").asText()).isEqualTo("newPassword");

        ResponseEntity<String> changed = as(username, generated, HttpMethod.POST, "/api/v1/users/me/password",
                "{\"currentPassword\": \"" + generated + "\", \"newPassword\": \"a long passphrase of my own\"}");
        assertThat(changed.getStatusCode().value()).isEqualTo(204);
        assertThat(as(username, generated, HttpMethod.GET, "/api/v1/users/me", null).getStatusCode().value()).isEqualTo(401);
        assertThat(as(username, "a long passphrase of my own", HttpMethod.GET, "/api/v1/users/me", null).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aResetPasswordReplacesTheOldOne() throws Exception {
        String old = accounts.create("forgetful", EnumSet.of(Role.INSPECTOR), "tests").password();

        String fresh = json.readTree(asAdmin(HttpMethod.POST, "/api/v1/users/forgetful/password-reset", null).getBody()).path("password").asText();

        assertThat(fresh).isNotEqualTo(old);
        assertThat(as("forgetful", old, HttpMethod.GET, "/api/v1/users/me", null).getStatusCode().value()).isEqualTo(401);
        assertThat(as("forgetful", fresh, HttpMethod.GET, "/api/v1/users/me", null).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void theLastAdministratorCannotBeDisabledOrLoseTheRole() {
        List<String> otherAdministrators = jdbc.sql("select username from app_user where enabled and username <> ? and roles like '%ADMIN%'")
                .param(TestAccounts.ADMIN).query(String.class).list();
        otherAdministrators.forEach(username -> accounts.setEnabled(username, false));
        try {
            ResponseEntity<String> disabled = asAdmin(HttpMethod.PUT, "/api/v1/users/" + TestAccounts.ADMIN + "/enabled", "{\"enabled\": false}");
            ResponseEntity<String> demoted = asAdmin(HttpMethod.PUT, "/api/v1/users/" + TestAccounts.ADMIN + "/roles", "{\"roles\": [\"INSPECTOR\"]}");

            assertThat(disabled.getStatusCode().value()).isEqualTo(409);
            assertThat(demoted.getStatusCode().value()).isEqualTo(409);
            assertThat(accounts.find(TestAccounts.ADMIN).orElseThrow().roles()).contains(Role.ADMIN);
        } finally {
            // Only the accounts this test disabled: any other disabled account stays as it was.
            otherAdministrators.forEach(username -> accounts.setEnabled(username, true));
        }
    }

    @Test
    void anAdministratorChangesAnAccountsRolesAndTheyApplyFromItsNextRequest() throws Exception {
        String password = accounts.create("moving.on", EnumSet.of(Role.INSPECTOR), "tests").password();
        assertThat(as("moving.on", password, HttpMethod.GET, "/api/v1/moderation/reports", null).getStatusCode().value()).isEqualTo(403);

        ResponseEntity<String> changed = asAdmin(HttpMethod.PUT, "/api/v1/users/moving.on/roles", "{\"roles\": [\"MODERATOR\"]}");

        assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
        assertThat(json.readTree(changed.getBody()).path("roles")).extracting(JsonNode::asText).containsExactly("MODERATOR");
        assertThat(accounts.find("moving.on").orElseThrow().roles()).containsExactly(Role.MODERATOR);
        assertThat(as("moving.on", password, HttpMethod.GET, "/api/v1/moderation/reports", null).getStatusCode().value()).isEqualTo(200);
        assertThat(as("moving.on", password, HttpMethod.POST, "/api/v1/judgements",
                "{\"localAuthority\": {\"code\": \"E09000002\"}, \"inspection\": {\"startDate\": \"2024-05-13\"}}").getStatusCode().value())
                .as("no longer an inspector").isEqualTo(403);
    }

    @Test
    void aStartWithResetPasswordOfPrintsANewPasswordOnceAndTheOldOneNoLongerSignsIn() {
        String old = accounts.create("locked.out", EnumSet.of(Role.ADMIN), "tests").password();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        InitialAdministrator start = new InitialAdministrator(accounts, new SecuritySettings(true, "roles", "preferred_username", "locked.out"),
                new PrintStream(console, true, StandardCharsets.UTF_8));

        start.run(new DefaultApplicationArguments());

        String printed = console.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("username: locked.out", "reset-password-of");
        Matcher password = PRINTED_PASSWORD.matcher(printed);
        assertThat(password.find()).isTrue();
        assertThat(password.group(1)).isNotEqualTo(old);
        assertThat(as("locked.out", old, HttpMethod.GET, "/api/v1/users/me", null).getStatusCode().value()).isEqualTo(401);
        assertThat(as("locked.out", password.group(1), HttpMethod.GET, "/api/v1/users", null).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void accountNamesAreCheckedAndNeverReused() {
        assertThatThrownBy(() -> accounts.create("no spaces allowed", EnumSet.of(Role.INSPECTOR), "tests"))
                .isInstanceOf(AccountRequestException.class);
        assertThatThrownBy(() -> accounts.create(TestAccounts.INSPECTOR, EnumSet.of(Role.INSPECTOR), "tests"))
                .isInstanceOf(AccountRequestException.class).satisfies(refused ->
                        assertThat(((AccountRequestException) refused).problems().get(0).reason()).contains("taken"));
        assertThatThrownBy(() -> accounts.create("nobody.at.all", EnumSet.noneOf(Role.class), "tests"))
                .isInstanceOf(AccountRequestException.class);
    }

    private ResponseEntity<String> asAdmin(HttpMethod method, String path, String body) {
        return as(TestAccounts.ADMIN, TestAccounts.password(TestAccounts.ADMIN), method, path, body);
    }

    private ResponseEntity<String> as(String username, String password, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(username, password).exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
