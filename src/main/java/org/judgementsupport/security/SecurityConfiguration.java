package org.judgementsupport.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Problems;
import org.springframework.http.HttpStatus;

/**
 * Every request is authenticated on its own (no sessions, no cookies): by a local account over HTTP Basic, or by a
 * JWT from the organisation's OIDC provider when one is configured. With no cookies and no browser-remembered
 * credentials (see {@link ProblemResponses}) there is nothing for a cross-site request to ride on, so CSRF tokens
 * are not used.
 */
@Configuration
class SecurityConfiguration {

    /** How long a verified password is remembered; see {@link CachedPasswordEncoder}. */
    private static final Duration PASSWORD_REMEMBERED = Duration.ofMinutes(5);

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain api(HttpSecurity http, SecuritySettings settings, ObjectProvider<JwtDecoder> jwtDecoder, ObjectMapper json,
                            FailedSignIns failedSignIns) throws Exception {
        boolean bearerTokens = jwtDecoder.getIfAvailable() != null;
        ProblemResponses problems = new ProblemResponses(json, bearerTokens);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(AccessRules::apply)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
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
