package org.judgementsupport.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a user may do. A user can hold several. */
public enum Role {
    /** Requests judgements and reads their own. */
    INSPECTOR,
    /** Reads every judgement, runs and reads consistency reports. */
    MODERATOR,
    /** Validates, previews, activates and rolls back rule sets. */
    POLICY,
    /** Manages user accounts. */
    ADMIN;

    /** The authority Spring Security checks, e.g. ROLE_POLICY. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** A role named in a token or a request: "policy", "POLICY" or "ROLE_POLICY". */
    public static Optional<Role> named(String text) {
        String name = text.trim().toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", "");
        return Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
    }
}
