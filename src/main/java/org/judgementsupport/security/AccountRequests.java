package org.judgementsupport.security;

import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.judgementsupport.system.RequestValidation;

/**
 * What requests about accounts carry, each field with the rule it must meet. {@link UserAccounts} checks them with Bean
 * Validation, adds what only the stored accounts can say (a name taken, the current password), and refuses with every
 * field at fault at once.
 */
final class AccountRequests {

    private AccountRequests() {
    }

    record NewAccount(@AccountName String username, @SomeRoles Set<@KnownRole Role> roles) {
    }

    record Roles(@SomeRoles Set<@KnownRole Role> roles) {
    }

    /** A Boolean, not a boolean: an empty body must be refused, not read as "disable". */
    record Enabled(@NotNull(message = "is required: true or false") Boolean enabled) {
    }

    /** The current password is checked against the account's, never repeated back; the new one must meet the rules. */
    record PasswordChange(String currentPassword, @ChosenPassword(payload = RequestValidation.Undisclosed.class) String newPassword) {
    }
}
