package org.judgementsupport.security;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Groups the API documentation's operations by who may call them, from the access table itself ({@link AccessRules}),
 * so that an inspector, a moderation panel, policy staff or an administrator finds their own operations together in
 * Swagger UI, and the grouping cannot say other than what the service allows. An operation open to several groups is
 * listed under each.
 */
@Component
class ApiGroups implements OpenApiCustomizer {

    static final String ANYONE_SIGNED_IN = "Anyone signed in";
    private static final Map<Role, String> GROUPS = Map.of(
            Role.INSPECTOR, "Inspectors",
            Role.MODERATOR, "Moderation panels",
            Role.POLICY, "Policy staff",
            Role.ADMIN, "Administrators");
    private static final Map<String, String> DESCRIPTIONS = new LinkedHashMap<>();

    static {
        DESCRIPTIONS.put("Inspectors", "Request provisional judgements, read your own, evidence from the published statistics, where to look next");
        DESCRIPTIONS.put("Moderation panels", "Read every judgement, verify the record, consistency reports");
        DESCRIPTIONS.put("Policy staff", "Validate, preview, activate and roll back rule sets");
        DESCRIPTIONS.put("Administrators", "Accounts: create, change roles, disable, reset passwords");
        DESCRIPTIONS.put(ANYONE_SIGNED_IN, "The frameworks, the rules, the rule-set history, and your own account");
    }

    /** The groups that may make a call, in the order of {@link #DESCRIPTIONS}; empty when the access table has no rule for it. */
    static List<String> groupsFor(HttpMethod method, String path) {
        return AccessRules.ruleFor(method, path).map(rule -> groups(rule.roles())).orElse(List.of());
    }

    private static List<String> groups(Set<Role> roles) {
        if (roles.isEmpty()) {
            return List.of(ANYONE_SIGNED_IN);
        }
        return DESCRIPTIONS.keySet().stream().filter(group -> roles.stream().map(GROUPS::get).anyMatch(group::equals)).toList();
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, operation) ->
                tag(operation, HttpMethod.valueOf(method.name()), samplePath(template))));
        List<Tag> tags = new ArrayList<>();
        DESCRIPTIONS.forEach((name, description) -> tags.add(new Tag().name(name).description(description)));
        openApi.setTags(tags);
    }

    private static void tag(Operation operation, HttpMethod method, String path) {
        List<String> groups = groupsFor(method, path);
        if (!groups.isEmpty()) {
            operation.setTags(new ArrayList<>(groups));
        }
    }

    /** An address the template stands for: each {variable} filled in, so the access table's patterns can match it. */
    private static String samplePath(String template) {
        return template.replaceAll("\\{[^}]*}", "x").replace("**", "x");
    }
}
