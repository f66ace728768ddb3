package org.judgementsupport.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.util.AntPathMatcher;

/** Which requests are the API's (stateless, problem details) and which are pages (a session, HTML). */
public final class SecurityPaths {

    /** The paths of the API chain; every other path is a page. */
    static final String[] API = {"/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    private static final AntPathMatcher MATCHER = new AntPathMatcher();

    private SecurityPaths() {
    }

    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String pattern : API) {
            if (MATCHER.match(pattern, path)) {
                return true;
            }
        }
        return false;
    }
}
