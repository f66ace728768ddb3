package org.judgementsupport.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** What the signed-in user may do, by role: each a link with a sentence saying what it is for. */
@Controller
class HomePage {

    /** One thing a role lets the user do. */
    record Task(String title, String href, String description) {
    }

    @GetMapping("/")
    String home(Authentication user, Model model) {
        Set<String> roles = PageModel.roles(user);
        List<Task> tasks = new ArrayList<>();
        if (roles.contains("INSPECTOR")) {
            tasks.add(new Task("Record evidence and get a provisional judgement", "/judgements/new",
                    "Enter what you know about a local authority, partial evidence included, and see the provisional grade for each area with its reasons."));
        }
        if (roles.contains("INSPECTOR") || roles.contains("MODERATOR")) {
            tasks.add(new Task(roles.contains("MODERATOR") ? "Judgements" : "Your judgements", "/judgements",
                    roles.contains("MODERATOR") ? "Every judgement recorded, with its evidence, reasons and the rule-set version that made it."
                            : "The judgements you have recorded, with their evidence and reasons."));
        }
        if (roles.contains("INSPECTOR") || roles.contains("MODERATOR") || roles.contains("POLICY")) {
            tasks.add(new Task("Where to look next", "/targeting",
                    "Every local authority ranked by what the published figures and its inspection history say, with each point explained."));
        }
        if (roles.contains("MODERATOR")) {
            tasks.add(new Task("Check consistency across judgements", "/moderation",
                    "Upload a batch of cases with their recorded grades and see agreement, disagreements and similar evidence graded differently."));
        }
        if (roles.contains("POLICY")) {
            tasks.add(new Task("Change the rules", "/rulesets",
                    "See the rule set in service, propose a change, check it against the policy scenarios and past judgements, and approve colleagues' changes."));
        }
        if (roles.contains("ADMIN")) {
            tasks.add(new Task("Manage accounts", "/accounts", "Create accounts, change roles, disable accounts and reset passwords."));
        }
        model.addAttribute("tasks", tasks);
        return "home";
    }
}
