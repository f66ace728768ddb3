package org.judgementsupport.security;

import static org.judgementsupport.security.Role.ADMIN;
import static org.judgementsupport.security.Role.INSPECTOR;
import static org.judgementsupport.security.Role.MODERATOR;
import static org.judgementsupport.security.Role.POLICY;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Arrays;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may call what, in one table. Anything not listed is refused: a new endpoint is closed until it is added here
 * (and to the access test, which fails for any endpoint missing from its own table). Inspectors are further limited
 * to their own judgements by the judgement record itself.
 */
final class AccessRules {

    private AccessRules() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests
                // Public: health for load balancers and monitoring; the API documentation for anyone building a client.
                .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                        "/swagger-ui/**", "/error").permitAll()
                // Judgements: inspectors request them; moderators read them all and check the chain.
                .requestMatchers(POST, "/api/v1/judgements").hasRole(INSPECTOR.name())
                .requestMatchers(GET, "/api/v1/judgements/chain/verification", "/api/v1/judgements/chain/checkpoints").hasAnyRole(roles(MODERATOR, ADMIN))
                .requestMatchers(POST, "/api/v1/judgements/chain/checkpoints").hasAnyRole(roles(MODERATOR, ADMIN))
                .requestMatchers(GET, "/api/v1/judgements", "/api/v1/judgements/*").hasAnyRole(roles(INSPECTOR, MODERATOR))
                .requestMatchers(POST, "/api/v1/judgements/*/replay").hasAnyRole(roles(INSPECTOR, MODERATOR))
                // What the criteria are: anyone signed in.
                .requestMatchers(GET, "/api/v1/frameworks", "/api/v1/rules").authenticated()
                // Rule sets: anyone signed in reads them; policy staff change them; the change log is for oversight too.
                .requestMatchers(GET, "/api/v1/rulesets/changes").hasAnyRole(roles(POLICY, MODERATOR, ADMIN))
                .requestMatchers(GET, "/api/v1/rulesets", "/api/v1/rulesets/**").authenticated()
                .requestMatchers(POST, "/api/v1/rulesets", "/api/v1/rulesets/**").hasRole(POLICY.name())
                // Moderation.
                .requestMatchers("/api/v1/moderation/**").hasRole(MODERATOR.name())
                // Published statistics: evidence for an authority helps inspectors too; the corpus is for oversight.
                .requestMatchers(GET, "/api/v1/real-data/evidence").hasAnyRole(roles(INSPECTOR, MODERATOR, POLICY))
                .requestMatchers(GET, "/api/v1/real-data/corpus").hasAnyRole(roles(MODERATOR, POLICY))
                // Where to look next: inspectors plan from it, moderators and policy staff oversee it; it is built from
                // published figures only, and names no one's judgement.
                .requestMatchers(GET, "/api/v1/targeting", "/api/v1/targeting/ranking.csv").hasAnyRole(roles(INSPECTOR, MODERATOR, POLICY))
                // Accounts: each user exactly these two routes about themselves; everything else under /users is for
                // administrators, whatever name follows (an account called "me" must not open the administrators' routes).
                .requestMatchers(GET, "/api/v1/users/me").authenticated()
                .requestMatchers(POST, "/api/v1/users/me/password").authenticated()
                .requestMatchers("/api/v1/users", "/api/v1/users/**").hasRole(ADMIN.name())
                .anyRequest().denyAll();
    }

    /**
     * The pages, by the same roles. Unlike the API, a page path not listed is open to anyone signed in, who then gets
     * "page not found" for a path that does not exist rather than "not allowed".
     */
    static void applyToPages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests
                // The sign-in page and what every page loads: GOV.UK Frontend's styles, scripts, fonts and images.
                .requestMatchers("/sign-in", "/accessibility", "/assets/**", "/webjars/**", "/js/**", "/css/**", "/error", "/favicon.ico").permitAll()
                // Inspectors record judgements; moderators read them all.
                .requestMatchers("/judgements/new", "/judgements/new/**").hasRole(INSPECTOR.name())
                .requestMatchers("/judgements", "/judgements/**").hasAnyRole(roles(INSPECTOR, MODERATOR))
                // Policy staff change the rules; the catalogue of rules in service is for anyone signed in.
                .requestMatchers("/rulesets", "/rulesets/**").hasRole(POLICY.name())
                .requestMatchers("/moderation", "/moderation/**").hasRole(MODERATOR.name())
                .requestMatchers("/targeting", "/targeting/**").hasAnyRole(roles(INSPECTOR, MODERATOR, POLICY))
                .requestMatchers("/accounts", "/accounts/**").hasRole(ADMIN.name())
                .anyRequest().authenticated();
    }

    private static String[] roles(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
