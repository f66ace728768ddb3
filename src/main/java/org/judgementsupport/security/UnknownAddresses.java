package org.judgementsupport.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * An address no endpoint or page answers, or answers only with another method: matched so that it gets "404 not
 * found" (or "405 method not allowed") instead of "403 not allowed", which would send someone with a mistyped address
 * to ask for roles they already have. Nothing runs for such a request but the answer; every address that does lead
 * somewhere keeps its access rule.
 */
final class UnknownAddresses implements RequestMatcher {

    private final RequestMappingHandlerMapping endpoints;
    private final String under;

    private UnknownAddresses(RequestMappingHandlerMapping endpoints, String under) {
        this.endpoints = endpoints;
        this.under = under;
    }

    /** Unknown addresses of the API, under {@code /api/}. */
    static UnknownAddresses ofTheApi(RequestMappingHandlerMapping endpoints) {
        return new UnknownAddresses(endpoints, "/api/");
    }

    /** Unknown addresses of the pages: the page chain sees no API address, so any path. */
    static UnknownAddresses ofThePages(RequestMappingHandlerMapping endpoints) {
        return new UnknownAddresses(endpoints, "/");
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + under)) {
            return false;
        }
        HttpServletRequest probe = new OwnAttributes(request);
        ServletRequestPathUtils.parseAndCache(probe);
        try {
            return endpoints.getHandler(probe) == null;
        } catch (HttpRequestMethodNotSupportedException otherMethodsOnly) {
            return true;
        } catch (Exception answeredByAnEndpoint) {
            // A wrong content type or parameter: the address leads somewhere, so its access rule decides first.
            return false;
        }
    }

    /** The request, with attributes of its own: looking up an endpoint leaves its findings in attributes. */
    private static final class OwnAttributes extends HttpServletRequestWrapper {
        private final Map<String, Object> attributes = new HashMap<>();
        private final Set<String> removed = new HashSet<>();

        OwnAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            if (attributes.containsKey(name)) {
                return attributes.get(name);
            }
            return removed.contains(name) ? null : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new HashSet<>(Collections.list(super.getAttributeNames()));
            names.removeAll(removed);
            names.addAll(attributes.keySet());
            return Collections.enumeration(names);
        }

        @Override
        public void setAttribute(String name, Object value) {
            removed.remove(name);
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
            removed.add(name);
        }
    }
}
