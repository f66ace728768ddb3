package org.judgementsupport.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as problem details, like every other error. The 401 deliberately carries no Basic challenge: a browser
 * that saw one would prompt, remember the password and send it with any request to the service, cross-site ones
 * included, which is what would make a stateless API open to cross-site request forgery. Clients send credentials
 * unasked (curl -u, or a Bearer token).
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;
    private final boolean bearerTokens;

    ProblemResponses(ObjectMapper json, boolean bearerTokens) {
        this.json = json;
        this.bearerTokens = bearerTokens;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) throws IOException {
        if (bearerTokens) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"judgement-support\"");
        }
        boolean sentCredentials = request.getHeader("Authorization") != null;
        Problems.write(response, Problems.problem(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Sign-in needed",
                sentCredentials ? "The credentials sent were not accepted: a wrong or disabled account, or an expired or invalid token."
                        : "Sign in first: send a local account's username and password (HTTP Basic, e.g. curl -u name:password)"
                        + (bearerTokens ? ", or a token from the sign-in provider (Authorization: Bearer …)." : ".")), json);
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
