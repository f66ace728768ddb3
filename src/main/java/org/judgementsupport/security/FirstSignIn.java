package org.judgementsupport.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A password the service generated (for a new account or on a reset) was passed on by someone else; the first page a
 * user signs in to is the one that replaces it with their own, and no other page opens until they have.
 */
final class FirstSignIn extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD = "/account/password";
    private static final Set<String> ALWAYS_OPEN = Set.of(CHANGE_PASSWORD, "/sign-out", "/sign-in", "/error", "/forbidden");
    private static final Set<String> ASSET_FOLDERS = Set.of("/assets/", "/webjars/", "/js/", "/css/");

    private final UserAccounts accounts;

    FirstSignIn(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean open = ALWAYS_OPEN.contains(path) || ASSET_FOLDERS.stream().anyMatch(path::startsWith);
        if (!open && user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)
                && accounts.mustChangePassword(user.getName())) {
            response.sendRedirect(request.getContextPath() + CHANGE_PASSWORD);
            return;
        }
        chain.doFilter(request, response);
    }
}
