package org.judgementsupport.security;

import static org.judgementsupport.security.Role.ADMIN;
import static org.judgementsupport.security.Role.INSPECTOR;
import static org.judgementsupport.security.Role.MODERATOR;
import static org.judgementsupport.security.Role.POLICY;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.util.AntPathMatcher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what, in one table. Anything not listed is refused: a new endpoint is closed until it is added here
 * (and to the access test, which fails for any endpoint missing from its own table). Inspectors are further limited
 * to their own judgements by the judgement record itself.
 */
final class AccessRules {

    private AccessRules() {
    }

    /**
     * Who may call an API address: a method (null: any), the address patterns, and the roles allowed (none listed:
     * anyone signed in). The first rule that matches a request decides; the API documentation groups its operations by
     * the same table ({@link ApiGroups}).
     */
    record Rule(HttpMethod method, List<String> patterns, Set<Role> roles) {

        static Rule of(HttpMethod method, Set<Role> roles, String... patterns) {
            return new Rule(method, List.of(patterns), roles);
        }

        boolean matches(HttpMethod requested, String path) {
            return (method == null || method.equals(requested)) && patterns.stream().anyMatch(pattern -> PATHS.match(pattern, path));
        }
    }

    private static final AntPathMatcher PATHS = new AntPathMatcher();
    private static final Set<Role> SIGNED_IN = Set.of();

    static final List<Rule> API = List.of(
            // Judgements: inspectors request them; moderators read them all and check the chain.
            Rule.of(POST, EnumSet.of(INSPECTOR), "/api/v1/judgements"),
            Rule.of(GET, EnumSet.of(MODERATOR, ADMIN), "/api/v1/judgements/chain/verification", "/api/v1/judgements/chain/checkpoints"),
            Rule.of(POST, EnumSet.of(MODERATOR, ADMIN), "/api/v1/judgements/chain/checkpoints"),
            Rule.of(GET, EnumSet.of(INSPECTOR, MODERATOR), "/api/v1/judgements", "/api/v1/judgements/*"),
            Rule.of(POST, EnumSet.of(INSPECTOR, MODERATOR), "/api/v1/judgements/*/replay"),
            // What the criteria are: anyone signed in.
            Rule.of(GET, SIGNED_IN, "/api/v1/frameworks", "/api/v1/rules"),
            // Rule sets: anyone signed in reads them; policy staff change them; the change log is for oversight too.
            Rule.of(GET, EnumSet.of(POLICY, MODERATOR, ADMIN), "/api/v1/rulesets/changes"),
            Rule.of(GET, SIGNED_IN, "/api/v1/rulesets", "/api/v1/rulesets/**"),
            Rule.of(POST, EnumSet.of(POLICY), "/api/v1/rulesets", "/api/v1/rulesets/**"),
            // Moderation.
            Rule.of(null, EnumSet.of(MODERATOR), "/api/v1/moderation/**"),
            // Published statistics: evidence for an authority helps inspectors too; the corpus is for oversight.
            Rule.of(GET, EnumSet.of(INSPECTOR, MODERATOR, POLICY), "/api/v1/real-data/evidence"),
            Rule.of(GET, EnumSet.of(MODERATOR, POLICY), "/api/v1/real-data/corpus"),
            // Where to look next: inspectors plan from it, moderators and policy staff oversee it; it is built from
            // published figures only, and names no one's judgement.
            Rule.of(GET, EnumSet.of(INSPECTOR, MODERATOR, POLICY), "/api/v1/targeting", "/api/v1/targeting/ranking.csv"),
            // Accounts: each user exactly these two routes about themselves; everything else under /users is for
            // administrators, whatever name follows (an account called "me" must not open the administrators' routes).
            Rule.of(GET, SIGNED_IN, "/api/v1/users/me"),
            Rule.of(POST, SIGNED_IN, "/api/v1/users/me/password"),
            Rule.of(null, EnumSet.of(ADMIN), "/api/v1/users", "/api/v1/users/**"));

    /** The rule for a call to the API, if any: anything without one is refused. */
    static Optional<Rule> ruleFor(HttpMethod method, String path) {
        return API.stream().filter(rule -> rule.matches(method, path)).findFirst();
    }

    static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
                      RequestMatcher unknownAddresses) {
        // Public: health for load balancers and monitoring; the API documentation for anyone building a client.
        requests.requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                "/swagger-ui/**", "/error").permitAll();
        // An address no endpoint answers is answered "not found" (or "method not allowed") whoever asks, not
        // "not allowed": the API documentation lists every address anyway.
        requests.requestMatchers(unknownAddresses).permitAll();
        for (Rule rule : API) {
            String[] patterns = rule.patterns().toArray(String[]::new);
            var matched = rule.method() == null ? requests.requestMatchers(patterns) : requests.requestMatchers(rule.method(), patterns);
            if (rule.roles().isEmpty()) {
                matched.authenticated();
            } else {
                matched.hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
            }
        }
        requests.anyRequest().denyAll();
    }

    /**
     * The pages, by the same roles. Unlike the API, a page path not listed is open to anyone signed in, who then gets
     * "page not found" for a path that does not exist rather than "not allowed".
     */
    static void applyToPages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
                             RequestMatcher unknownPages) {
        requests
                // The sign-in page and what every page loads: GOV.UK Frontend's styles, scripts, fonts and images.
                .requestMatchers("/sign-in", "/accessibility", "/assets/**", "/webjars/**", "/js/**", "/css/**", "/error", "/favicon.ico").permitAll()
                // A page that does not exist is "page not found" to anyone signed in, whatever their roles, even under a
                // path whose pages are for other roles.
                .requestMatchers(unknownPages).authenticated()
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
