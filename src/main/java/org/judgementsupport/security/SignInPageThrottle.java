package org.judgementsupport.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sign-in page's share of {@link FailedSignIns}: a sign-in that must wait goes back to the page saying how long,
 * before its password is looked at; a refused one is counted; a successful one clears the account's count and goes on
 * to the page the user asked for. The username typed is kept for the page, never the password.
 */
public final class SignInPageThrottle extends OncePerRequestFilter implements AuthenticationFailureHandler {

    /** The session attribute holding the username last typed, so a refused sign-in keeps it in the form. */
    public static final String LAST_USERNAME = "signIn.username";

    private final FailedSignIns failedSignIns;

    SignInPageThrottle(FailedSignIns failedSignIns) {
        this.failedSignIns = failedSignIns;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/sign-in".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        String username = username(request);
        Optional<Duration> wait = failedSignIns.waitFor(username, request.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            request.getSession().setAttribute(LAST_USERNAME, username);
            response.sendRedirect(request.getContextPath() + "/sign-in?wait=" + seconds);
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused) throws IOException {
        String username = username(request);
        failedSignIns.failed(username, request.getRemoteAddr());
        request.getSession().setAttribute(LAST_USERNAME, username);
        response.sendRedirect(request.getContextPath() + "/sign-in?error");
    }

    AuthenticationSuccessHandler onSuccess() {
        SavedRequestAwareAuthenticationSuccessHandler backToTheAskedPage = new SavedRequestAwareAuthenticationSuccessHandler();
        return (HttpServletRequest request, HttpServletResponse response, Authentication user) -> {
            failedSignIns.succeeded(user.getName());
            request.getSession().removeAttribute(LAST_USERNAME);
            backToTheAskedPage.onAuthenticationSuccess(request, response, user);
        };
    }

    private static String username(HttpServletRequest request) {
        String username = request.getParameter("username");
        return username == null ? "" : username.length() > 200 ? username.substring(0, 200) : username;
    }
}
