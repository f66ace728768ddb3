package org.judgementsupport.web;

import jakarta.servlet.http.HttpSession;
import org.judgementsupport.security.SignInPageThrottle;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in form ({@code username}, {@code password}); Spring Security handles the post. A refused sign-in comes
 * back here with the GOV.UK error summary and the username kept; a sign-in that must wait says for how long.
 */
@Controller
class SignInPage {

    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) Long wait,
                  @RequestParam(name = "signed-out", required = false) String signedOut, Authentication user, HttpSession session, Model model) {
        if (PageModel.isSignedIn(user)) {
            return "redirect:/";
        }
        FormErrors errors = FormErrors.none();
        if (wait != null) {
            errors.add("username", "Too many attempts to sign in have failed: wait " + Math.max(1, wait) + " second"
                    + (wait == 1 ? "" : "s") + " before you try again");
        } else if (error != null) {
            errors.add("username", "Enter a correct username and password");
        }
        Object typed = session.getAttribute(SignInPageThrottle.LAST_USERNAME);
        model.addAttribute("errors", errors);
        model.addAttribute("username", errors.any() && typed instanceof String name ? name : "");
        model.addAttribute("signedOut", signedOut != null);
        return "sign-in";
    }
}
