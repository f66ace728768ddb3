package org.judgementsupport.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sits before HTTP Basic sign-in: a local-account sign-in that must wait ({@link FailedSignIns}) is answered 429 with
 * Retry-After before its password is looked at; one that was refused (401) is counted. The client address is the
 * connection's, or the one a trusted proxy gives when {@code server.forward-headers-strategy} says to believe it.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    private final FailedSignIns failedSignIns;
    private final ObjectMapper json;

    SignInThrottleFilter(FailedSignIns failedSignIns, ObjectMapper json) {
        this.failedSignIns = failedSignIns;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        Optional<String> account = basicUsername(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (account.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = failedSignIns.waitFor(account.get(), address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            ProblemDetail problem = Problems.problem(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.TOO_MANY_SIGN_IN_ATTEMPTS, "Too many failed sign-ins",
                    "Too many failed sign-ins to this account or from this address: try again in " + seconds + " second(s). "
                            + "Nothing was checked or changed.");
            problem.setProperty("retryAfterSeconds", seconds);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            Problems.write(response, problem, json);
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            failedSignIns.failed(account.get(), address);
        } else {
            failedSignIns.succeeded(account.get());
        }
    }

    /** The username of an HTTP Basic header; empty for anything else, which the sign-in itself refuses. */
    private static Optional<String> basicUsername(String header) {
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
