package org.judgementsupport.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as problem details, like every other error. Every 401 says how to sign in, as HTTP requires: a
 * {@code WWW-Authenticate} challenge for each way in that is turned on (Basic for local accounts, Bearer for the
 * sign-in provider's tokens), so a browser asks for a password and a client knows what to send. A browser that
 * remembers that password would send it with cross-site requests too; {@link CrossSiteRequests} refuses those.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "judgement-support";

    private final ObjectMapper json;
    private final boolean localAccounts;
    private final boolean bearerTokens;

    ProblemResponses(ObjectMapper json, boolean localAccounts, boolean bearerTokens) {
        this.json = json;
        this.localAccounts = localAccounts;
        this.bearerTokens = bearerTokens;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) throws IOException {
        String sent = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (localAccounts) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        }
        if (bearerTokens) {
            // RFC 6750: a token that was sent and refused is named as such, so a client knows to fetch a new one.
            boolean tokenRefused = sent != null && sent.regionMatches(true, 0, "Bearer ", 0, 7);
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"" + (tokenRefused ? ", error=\"invalid_token\"" : ""));
        }
        Problems.write(response, Problems.problem(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Sign-in needed",
                sent != null ? "The credentials sent were not accepted: a wrong or disabled account, or an expired or invalid token."
                        : "Sign in first: " + howToSignIn()), json);
    }

    private String howToSignIn() {
        String password = "send a local account's username and password (HTTP Basic, e.g. curl -u name:password)";
        String token = "a token from the sign-in provider (Authorization: Bearer …)";
        if (localAccounts && bearerTokens) {
            return password + ", or " + token + ".";
        }
        return (localAccounts ? password : "send " + token) + ".";
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) throws IOException {
        Problems.write(response, forbidden(), json);
    }

    private static ProblemDetail forbidden() {
        return Problems.problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Not allowed",
                "Your account's roles do not allow this. Inspectors request judgements and read their own; moderators read all "
                        + "judgements and run consistency reports; policy staff change the rules; administrators manage accounts.");
    }
}
