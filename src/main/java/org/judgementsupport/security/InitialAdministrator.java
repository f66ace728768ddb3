package org.judgementsupport.security;

import java.io.PrintStream;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start with no accounts, creates an administrator with a generated password and prints it once, to the
 * console only (never to the log files): there is no default password to leave unchanged. With
 * {@code judgement-support.security.reset-password-of} set, replaces that account's password the same way.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class InitialAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccounts accounts;
    private final SecuritySettings settings;
    private final PrintStream console;

    @Autowired
    InitialAdministrator(UserAccounts accounts, SecuritySettings settings) {
        this(accounts, settings, System.out);
    }

    InitialAdministrator(UserAccounts accounts, SecuritySettings settings, PrintStream console) {
        this.accounts = accounts;
        this.settings = settings;
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!settings.localAccounts()) {
            return;
        }
        if (accounts.count() == 0) {
            UserAccounts.AccountWithPassword created = accounts.create(USERNAME, EnumSet.of(Role.ADMIN), "first start");
            show("An administrator account was created on this first start.", created);
            log.info("Created the administrator account '{}'; its password was printed to the console once", USERNAME);
        }
        if (settings.resetPasswordOf() != null && !settings.resetPasswordOf().isBlank()) {
            UserAccounts.AccountWithPassword reset = accounts.resetPassword(settings.resetPasswordOf().trim());
            show("The password of '" + reset.account().username() + "' was replaced, as judgement-support.security.reset-password-of asked.", reset);
            log.warn("Replaced the password of '{}' at start-up; its new password was printed to the console once", reset.account().username());
        }
    }

    private void show(String what, UserAccounts.AccountWithPassword account) {
        console.println();
        console.println("=".repeat(78));
        console.println(" " + what);
        console.println("   username: " + account.account().username());
        console.println("   password: " + account.password());
        console.println(" It is shown only now and stored only as a bcrypt hash. Sign in with it to create");
        console.println(" accounts (POST /api/v1/users) and choose your own password (POST /api/v1/users/me/password).");
        console.println("=".repeat(78));
        console.println();
    }
}
