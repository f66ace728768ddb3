package org.judgementsupport.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: who is signed in and the navigation their roles open. Only for page controllers;
 * the API's controllers return JSON and never see it.
 */
@ControllerAdvice(basePackageClasses = PageModelScope.class, annotations = PageController.class)
class PageModel {

    /** The sections of the service, each with the roles that open it, in the order they are shown. */
    private record Section(String text, String href, Set<String> roles) {
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("Judgements", "/judgements", Set.of("INSPECTOR", "MODERATOR")),
            new Section("Where to look next", "/targeting", Set.of("INSPECTOR", "MODERATOR", "POLICY")),
            new Section("Moderation", "/moderation", Set.of("MODERATOR")),
            new Section("Rule sets", "/rulesets", Set.of("POLICY")),
            new Section("Accounts", "/accounts", Set.of("ADMIN")));

    private static final Words WORDS = new Words();

    @ModelAttribute("words")
    Words words() {
        return WORDS;
    }

    @ModelAttribute("signedInAs")
    String signedInAs(Authentication user) {
        return isSignedIn(user) ? user.getName() : null;
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(Authentication user, HttpServletRequest request) {
        if (!isSignedIn(user)) {
            return List.of();
        }
        Set<String> roles = roles(user);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        List<NavigationItem> items = new ArrayList<>();
        for (Section section : SECTIONS) {
            if (section.roles().stream().anyMatch(roles::contains)) {
                items.add(new NavigationItem(section.text(), section.href(), path.equals(section.href()) || path.startsWith(section.href() + "/")));
            }
        }
        return items;
    }

    static boolean isSignedIn(Authentication user) {
        return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
    }

    static Set<String> roles(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(authority -> authority.startsWith("ROLE_") ? authority.substring(5) : authority)
                .collect(Collectors.toSet());
    }
}
