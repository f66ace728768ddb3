package org.judgementsupport.security;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a password a user chooses must be. Its length is counted in characters for the minimum (what a person types)
 * and in UTF-8 bytes for the maximum, because bcrypt reads only the first 72 bytes: a longer password would be cut
 * short without anyone knowing, so it is refused instead. A password of only spaces is no password.
 */
final class PasswordRules {

    static final int MINIMUM_CHARACTERS = 12;
    /** bcrypt's own limit. */
    static final int MAXIMUM_BYTES = 72;

    private PasswordRules() {
    }

    /** Why the new password cannot be used, if it cannot. */
    static Optional<String> problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_CHARACTERS) {
            return Optional.of("must be at least " + MINIMUM_CHARACTERS + " characters");
        }
        if (bytes(password) > MAXIMUM_BYTES) {
            return Optional.of("must be at most " + MAXIMUM_BYTES + " bytes in UTF-8 (" + MAXIMUM_BYTES + " letters and digits, fewer with "
                    + "accented letters or symbols): only that much is checked; this one is " + bytes(password) + " bytes");
        }
        if (password.isBlank()) {
            return Optional.of("must not be only spaces");
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("must not contain control characters (tabs, line breaks and the like)");
        }
        return Optional.empty();
    }

    /** A password bcrypt can check; anything longer can never be a stored password. */
    static boolean checkable(CharSequence password) {
        return password != null && bytes(password.toString()) <= MAXIMUM_BYTES;
    }

    private static int bytes(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length;
    }
}
