package org.judgementsupport.security;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts: administrators manage them; every user sees who they are signed in as and changes their own password. */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

    /** Who is signed in, with which roles, and how. */
    record Me(String username, Set<Role> roles, String signedInWith) {
    }

    private final UserAccounts accounts;

    UserController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Operation(summary = "Who you are signed in as, and your roles")
    @GetMapping("/me")
    Me me(Authentication authentication) {
        Set<Role> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).map(Role::named)
                .flatMap(java.util.Optional::stream).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new Me(authentication.getName(), roles, authentication instanceof JwtAuthenticationToken ? "sign-in provider token" : "local account");
    }

    @Operation(summary = "Choose your own password (local accounts): the current one and a new one of at least 12 characters and at "
            + "most 72 bytes, not only spaces")
    @PostMapping("/me/password")
    ResponseEntity<Void> changePassword(Authentication authentication, @RequestBody AccountRequests.PasswordChange change) {
        accounts.changePassword(authentication.getName(), change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Every local account")
    @GetMapping
    List<UserAccounts.Account> list() {
        return accounts.list();
    }

    @Operation(summary = "Create a local account; its generated password is in the answer, this once")
    @PostMapping
    ResponseEntity<UserAccounts.AccountWithPassword> create(Authentication authentication, @RequestBody AccountRequests.NewAccount account) {
        UserAccounts.AccountWithPassword created = accounts.create(account.username(), account.roles(), authentication.getName());
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.account().username())).body(created);
    }

    @Operation(summary = "A local account")
    @GetMapping("/{username}")
    UserAccounts.Account account(@PathVariable String username) {
        return accounts.find(username).orElseThrow(() -> new AccountNotFoundException("No account " + username));
    }

    @Operation(summary = "Replace an account's roles")
    @PutMapping("/{username}/roles")
    UserAccounts.Account setRoles(@PathVariable String username, @RequestBody AccountRequests.Roles roles) {
        return accounts.setRoles(username, roles.roles());
    }

    @Operation(summary = "Disable or enable an account (accounts are never deleted: the record names them)")
    @PutMapping("/{username}/enabled")
    UserAccounts.Account setEnabled(@PathVariable String username, @RequestBody AccountRequests.Enabled enabled) {
        return accounts.setEnabled(username, enabled.enabled());
    }

    @Operation(summary = "Replace an account's password with a generated one, in the answer this once")
    @PostMapping("/{username}/password-reset")
    UserAccounts.AccountWithPassword resetPassword(@PathVariable String username) {
        return accounts.resetPassword(username);
    }
}
