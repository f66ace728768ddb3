package org.judgementsupport.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Problems;
import org.springframework.http.HttpStatus;

/**
 * Two ways in, each with its own chain of filters.
 *
 * <p>The API (and health, and its documentation): every request is authenticated on its own (no sessions, no
 * cookies), by a local account over HTTP Basic, or by a JWT from the organisation's OIDC provider when one is
 * configured. There are no CSRF tokens: a request that changes something and that a browser says came from another
 * site is refused ({@link CrossSiteRequests}), as a browser may have remembered a password it was asked for
 * ({@link ProblemResponses}).
 *
 * <p>The pages: a signed-in session started at {@code /sign-in}, CSRF tokens on every form, a content security policy
 * that lets only the service's own files run, and a generated password replaced at the first sign-in
 * ({@link FirstSignIn}).
 */
@Configuration
class SecurityConfiguration {

    /** How long a verified password is remembered; see {@link CachedPasswordEncoder}. */
    private static final Duration PASSWORD_REMEMBERED = Duration.ofMinutes(5);

    /** Only the service's own scripts and styles; no frames; forms post back to the service only. */
    private static final String PAGE_CONTENT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain api(HttpSecurity http, SecuritySettings settings, ObjectProvider<JwtDecoder> jwtDecoder, ObjectMapper json,
                            FailedSignIns failedSignIns,
                            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping endpoints) throws Exception {
        boolean bearerTokens = jwtDecoder.getIfAvailable() != null;
        ProblemResponses problems = new ProblemResponses(json, settings.localAccounts(), bearerTokens);
        UnknownAddresses unknown = UnknownAddresses.ofTheApi(endpoints);
        http.securityMatcher(SecurityPaths.API)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> AccessRules.apply(requests, unknown))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new CrossSiteRequests(json), BasicAuthenticationFilter.class);
        if (settings.localAccounts()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems))
                    .addFilterBefore(new SignInThrottleFilter(failedSignIns, json), BasicAuthenticationFilter.class);
        } else {
            http.httpBasic(AbstractHttpConfigurer::disable);
        }
        if (bearerTokens) {
            http.oauth2ResourceServer(tokens -> tokens.jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtRoles(settings)))
                    .authenticationEntryPoint(problems).accessDeniedHandler(problems));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain pages(HttpSecurity http, SecuritySettings settings, FailedSignIns failedSignIns, UserAccounts accounts,
                              @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping endpoints) throws Exception {
        UnknownAddresses unknown = UnknownAddresses.ofThePages(endpoints);
        http.authorizeHttpRequests(requests -> AccessRules.applyToPages(requests, unknown))
                .headers(headers -> headers.contentSecurityPolicy(policy -> policy.policyDirectives(PAGE_CONTENT_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out"))
                .exceptionHandling(errors -> errors.accessDeniedPage("/forbidden"))
                .addFilterAfter(new FirstSignIn(accounts), AuthorizationFilter.class);
        if (settings.localAccounts()) {
            SignInPageThrottle throttle = new SignInPageThrottle(failedSignIns);
            http.formLogin(form -> form.loginPage("/sign-in").usernameParameter("username").passwordParameter("password")
                            .failureHandler(throttle).successHandler(throttle.onSuccess()).permitAll())
                    .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class);
        } else {
            http.formLogin(AbstractHttpConfigurer::disable);
        }
        return http.build();
    }

    /**
     * Addresses the firewall refuses (encoded slashes or dots, "..", ";", "//": ways to make one path look like another
     * to different parts of the service) are answered as problem details like any other bad request.
     */
    @Bean
    RequestRejectedHandler requestRejected(ObjectMapper json) {
        return (request, response, rejected) -> Problems.write(response, Problems.problem(HttpStatus.BAD_REQUEST, ProblemTypes.REJECTED_ADDRESS,
                "The address was refused", "The request's address was refused (" + rejected.getMessage() + "): send a plain path, "
                        + "without encoded slashes or dots, '..', ';' or '//'. Nothing was read or changed."), json);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt, stored with its {bcrypt} prefix so a stronger scheme can be introduced later without a migration.
        return new CachedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(), PASSWORD_REMEMBERED);
    }
}
