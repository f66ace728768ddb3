package org.judgementsupport.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How users sign in. The OIDC provider itself is Spring Boot's standard setting
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, or {@code jwk-set-uri}); these say how to read its tokens.
 *
 * @param localAccounts   whether local accounts (HTTP Basic, bcrypt) can sign in; a deployment signing everyone in
 *                        through its provider turns them off
 * @param rolesClaim      the token claim holding the user's roles, a dotted path for nested claims (Keycloak puts
 *                        them in {@code realm_access.roles}); values are matched to roles ignoring case and a
 *                        {@code ROLE_} prefix, others are ignored
 * @param usernameClaim   the token claim naming the user, as judgements and rule changes record it; the subject when
 *                        the token has no such claim
 * @param resetPasswordOf an account whose password is replaced at start-up and printed once: for an administrator
 *                        who has lost theirs
 */
@ConfigurationProperties("judgement-support.security")
public record SecuritySettings(@DefaultValue("true") boolean localAccounts, @DefaultValue("roles") String rolesClaim,
                               @DefaultValue("preferred_username") String usernameClaim, String resetPasswordOf) {
}
