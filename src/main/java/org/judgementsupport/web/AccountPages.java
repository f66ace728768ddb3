package org.judgementsupport.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.judgementsupport.security.Role;
import org.judgementsupport.security.UserAccounts;
import org.judgementsupport.system.Refusal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * Administrators' pages for local accounts: the list, a new account, and for each account its roles, whether it may
 * sign in, and a new password. The same service and refusals as {@code /api/v1/users}: a name taken, no role chosen or
 * the last administrator removed are shown with the GOV.UK error summary, and nothing is changed. A generated password
 * is shown once, on the page that answers the form, and never stored where it could be shown again.
 */
@Controller
class AccountPages {

    static final String USERNAME = "username";
    static final String ROLES = "roles";
    static final String ENABLED = "enabled";
    static final String RESET = "password-reset";

    private static final Map<String, String> LABELS = Map.of(USERNAME, "Username", ROLES, "Roles", ENABLED, "Whether the account may sign in");

    /** A role as the form offers it: its value is the API's name for it. */
    record RoleChoice(Role role, String label, String hint) {

        public String value() {
            return role.name();
        }
    }

    static final List<RoleChoice> ROLE_CHOICES = List.of(
            new RoleChoice(Role.INSPECTOR, "Inspector", "Records evidence, gets provisional judgements and reads their own"),
            new RoleChoice(Role.MODERATOR, "Moderator", "Reads every judgement and runs consistency reports"),
            new RoleChoice(Role.POLICY, "Policy officer", "Changes the rules: validates, previews, approves and rolls back rule sets"),
            new RoleChoice(Role.ADMIN, "Administrator", "Manages accounts"));

    private final UserAccounts accounts;

    AccountPages(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/accounts")
    String list(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("roleChoices", ROLE_CHOICES);
        return "accounts/list";
    }

    @GetMapping("/accounts/new")
    ModelAndView newAccount() {
        return showNew(Map.of(), Set.of(), FormErrors.none());
    }

    @PostMapping("/accounts/new")
    ModelAndView create(@RequestParam(name = USERNAME, defaultValue = "") String username,
                        @RequestParam(name = ROLES, required = false) List<String> roles, Authentication user, HttpServletResponse response) {
        FormErrors errors = FormErrors.none();
        Set<Role> chosen = roles(roles, errors);
        if (!errors.any()) {
            try {
                UserAccounts.AccountWithPassword created = accounts.create(username.trim(), chosen, user.getName());
                return showPassword(created, true, response);
            } catch (Refusal refused) {
                errors = FormErrors.of(refused, LABELS, USERNAME);
            }
        }
        return showNew(Map.of(USERNAME, username), chosen, errors);
    }

    @GetMapping("/accounts/{username}")
    ModelAndView account(@PathVariable String username) {
        return accountPage(username, null, FormErrors.none());
    }

    @PostMapping("/accounts/{username}/roles")
    ModelAndView setRoles(@PathVariable String username, @RequestParam(name = ROLES, required = false) List<String> roles,
                          RedirectAttributes redirect) {
        if (accounts.find(username).isEmpty()) {
            return notFound();
        }
        FormErrors errors = FormErrors.none();
        Set<Role> chosen = roles(roles, errors);
        if (!errors.any()) {
            try {
                accounts.setRoles(username, chosen);
                redirect.addFlashAttribute("notice", username + "'s roles have been changed");
                return redirectTo(username);
            } catch (Refusal refused) {
                errors = FormErrors.of(refused, LABELS, ROLES);
            }
        }
        return accountPage(username, chosen, errors);
    }

    @PostMapping("/accounts/{username}/enabled")
    ModelAndView setEnabled(@PathVariable String username, @RequestParam(name = ENABLED, defaultValue = "") String enabled,
                            RedirectAttributes redirect) {
        if (accounts.find(username).isEmpty()) {
            return notFound();
        }
        // Only the two values the buttons send: anything else is the service's refusal of a missing answer.
        Boolean enable = switch (enabled) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
        try {
            accounts.setEnabled(username, enable);
            redirect.addFlashAttribute("notice", username + (enable ? " can sign in again" : " can no longer sign in"));
            return redirectTo(username);
        } catch (Refusal refused) {
            return accountPage(username, null, FormErrors.of(refused, LABELS, ENABLED));
        }
    }

    @PostMapping("/accounts/{username}/password-reset")
    ModelAndView resetPassword(@PathVariable String username, HttpServletResponse response) {
        if (accounts.find(username).isEmpty()) {
            return notFound();
        }
        return showPassword(accounts.resetPassword(username), false, response);
    }

    /** The generated password, this once: never cached, so the browser's back button cannot show it again. */
    private static ModelAndView showPassword(UserAccounts.AccountWithPassword created, boolean isNew, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        ModelAndView page = new ModelAndView("accounts/password");
        page.addObject("account", created.account());
        page.addObject("password", created.password());
        page.addObject("isNew", isNew);
        return page;
    }

    private static ModelAndView showNew(Map<String, String> answers, Set<Role> chosen, FormErrors errors) {
        ModelAndView page = new ModelAndView("accounts/new");
        page.addObject("answers", new HashMap<>(answers));
        page.addObject("chosen", chosen.stream().map(Role::name).toList());
        page.addObject("errors", errors);
        page.addObject("roleChoices", ROLE_CHOICES);
        return page;
    }

    /** An account's page; {@code chosen} are the roles just sent and refused, kept as they were ticked. */
    private ModelAndView accountPage(String username, Set<Role> chosen, FormErrors errors) {
        Optional<UserAccounts.Account> account = accounts.find(username);
        if (account.isEmpty()) {
            return notFound();
        }
        ModelAndView page = new ModelAndView("accounts/account");
        page.addObject("account", account.get());
        page.addObject("chosen", (chosen == null ? account.get().roles() : chosen).stream().map(Role::name).toList());
        page.addObject("errors", errors);
        page.addObject("roleChoices", ROLE_CHOICES);
        return page;
    }

    /** The roles ticked; a value that is not a role is refused as the API refuses one, and none is the service's to refuse. */
    private static Set<Role> roles(List<String> values, FormErrors errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values == null ? List.<String>of() : values) {
            ROLE_CHOICES.stream().filter(choice -> choice.value().equals(value)).findFirst()
                    .ifPresentOrElse(choice -> roles.add(choice.role()), () -> errors.add(ROLES, "Roles must be chosen from the list"));
        }
        return roles;
    }

    private static ModelAndView redirectTo(String username) {
        return new ModelAndView("redirect:/accounts/" + UriUtils.encodePathSegment(username, StandardCharsets.UTF_8));
    }

    private static ModelAndView notFound() {
        return new ModelAndView("errors/not-found", HttpStatus.NOT_FOUND);
    }
}
