package org.judgementsupport.web;

import java.util.Map;
import org.judgementsupport.system.Refusal;
import org.judgementsupport.security.UserAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Choosing your own password, the same rules as the API's {@code POST /api/v1/users/me/password}: the first page after
 * signing in with a password the service generated, and open to anyone signed in with a local account.
 */
@Controller
class AccountPasswordPage {

    private static final Map<String, String> LABELS = Map.of("currentPassword", "Current password", "newPassword", "New password");

    private final UserAccounts accounts;

    AccountPasswordPage(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String form(Authentication user, Model model) {
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("mustChange", accounts.mustChangePassword(user.getName()));
        return "account/password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newPassword,
                  Authentication user, Model model, RedirectAttributes redirect) {
        try {
            accounts.changePassword(user.getName(), currentPassword, newPassword);
        } catch (Refusal refused) {
            model.addAttribute("errors", FormErrors.of(refused, LABELS));
            model.addAttribute("mustChange", accounts.mustChangePassword(user.getName()));
            return "account/password";
        }
        redirect.addFlashAttribute("notice", "Your password has been changed");
        return "redirect:/";
    }
}
