package org.judgementsupport.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.judgementsupport.system.ProblemTypes;
import org.judgementsupport.system.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request that changes something when a browser says it was sent from another site. The API asks browsers
 * for a password (Basic), and a browser sends a remembered password with any request to the service, a form posted
 * from another site included; the API has no sessions, so no CSRF tokens either. Browsers mark where a request comes
 * from ({@code Sec-Fetch-Site}, and {@code Origin} on every cross-origin POST, also in browsers too old for the
 * first), so such a request is refused before any password is checked. Clients that are not browsers (curl, scripts)
 * send neither header and are not affected; nor is Swagger UI, which is served by the service itself.
 */
final class CrossSiteRequests extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** Fetch metadata values for a request the user made on the service itself, or typed in. */
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final ObjectMapper json;

    CrossSiteRequests(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT)) || !fromAnotherSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        Problems.write(response, Problems.problem(HttpStatus.FORBIDDEN, ProblemTypes.CROSS_SITE_REQUEST, "Sent from another site",
                "A browser sent this request from another site, so it was refused before anything was read or changed: "
                        + "use the service's own pages, or a client such as curl, to change anything."), json);
    }

    private static boolean fromAnotherSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !OWN_SITE.contains(site.trim().toLowerCase(Locale.ROOT));
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        return origin != null && !sameOrigin(origin, request);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI from = URI.create(origin.trim());
            return from.getScheme() != null && from.getHost() != null
                    && from.getScheme().equalsIgnoreCase(request.getScheme())
                    && from.getHost().equalsIgnoreCase(request.getServerName())
                    && port(from) == request.getServerPort();
        } catch (IllegalArgumentException notAnOrigin) {
            // "null" (a sandboxed page) or anything else that names no origin: not this service's.
            return false;
        }
    }

    private static int port(URI origin) {
        return origin.getPort() >= 0 ? origin.getPort() : "https".equalsIgnoreCase(origin.getScheme()) ? 443 : 80;
    }
}
