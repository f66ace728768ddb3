package org.judgementsupport.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Accounts for the tests, one per role and one with every role, created through the same service administrators use
 * and given known passwords the way users choose theirs. Only where the test configuration asks for them
 * ({@code judgement-support.test-accounts=true}); the service itself never has a known password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty("judgement-support.test-accounts")
public class TestAccounts implements ApplicationRunner {

    public static final String INSPECTOR = "inspector";
    public static final String OTHER_INSPECTOR = "inspector2";
    public static final String MODERATOR = "moderator";
    public static final String POLICY = "policy";
    /** A second policy officer: a change proposed by one is approved by the other. */
    public static final String OTHER_POLICY = "policy2";
    public static final String ADMIN = "administrator";
    /** Every role at once: for tests about something other than access. */
    public static final String EVERYTHING = "everything";

    private static final Map<String, Set<Role>> ACCOUNTS = Map.of(
            INSPECTOR, EnumSet.of(Role.INSPECTOR),
            OTHER_INSPECTOR, EnumSet.of(Role.INSPECTOR),
            MODERATOR, EnumSet.of(Role.MODERATOR),
            POLICY, EnumSet.of(Role.POLICY),
            OTHER_POLICY, EnumSet.of(Role.POLICY),
            ADMIN, EnumSet.of(Role.ADMIN),
            EVERYTHING, EnumSet.allOf(Role.class));

    private final UserAccounts accounts;

    TestAccounts(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public static String password(String username) {
        return username + "-test-password";
    }

    /** The Authorization header value signing in as the account. */
    public static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password(username)).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void run(ApplicationArguments arguments) {
        ACCOUNTS.forEach((username, roles) -> {
            if (accounts.find(username).isEmpty()) {
                String generated = accounts.create(username, roles, "tests").password();
                accounts.changePassword(username, generated, password(username));
            }
        });
    }
}
