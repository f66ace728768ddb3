package org.judgementsupport.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a local account may be called. An allowlist: ASCII letters, digits and {@code . _ @ -}, starting and ending
 * with a letter or digit, so a name is always one plain path segment ({@code /api/v1/users/{name}}), never "." or
 * "..", and never holds control characters, bidirectional overrides or look-alike letters. A few words are reserved
 * because the API uses them in the same place as a name: {@code /api/v1/users/me} is whoever is signed in.
 */
final class AccountNames {

    static final int MINIMUM_LENGTH = 2;
    static final int MAXIMUM_LENGTH = 100;

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0," + (MAXIMUM_LENGTH - 2) + "}[A-Za-z0-9]");

    /** Words the account routes use where a name goes; reserved whatever their case. */
    static final Set<String> RESERVED = Set.of("me");

    private AccountNames() {
    }

    /** Why the name cannot be an account's, if it cannot. */
    static Optional<String> problem(String name) {
        if (name == null || !ALLOWED.matcher(name).matches()) {
            return Optional.of("must be " + MINIMUM_LENGTH + " to " + MAXIMUM_LENGTH + " letters (A to Z), digits, '.', '_', '@' or '-', "
                    + "starting and ending with a letter or digit");
        }
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.of("is reserved: /api/v1/users/" + name + " means whoever is signed in; choose another name");
        }
        return Optional.empty();
    }
}
