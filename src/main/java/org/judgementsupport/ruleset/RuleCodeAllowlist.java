package org.judgementsupport.ruleset;

import java.util.List;
import java.util.Set;

/**
 * What rule code may reach: the judgement model and plain Java values, nothing else. Rule files are code that runs
 * inside the service, and policy staff can change them; this list is what keeps a rule to judging evidence. It is
 * deliberately not a setting: widening it is a code change, reviewed as one.
 *
 * @param allowedNames qualified names rule code may import or name: a class ({@code java.lang.Math}), or a package
 *                     ending in '.' whose classes may all be used ({@code java.util.}; not its subpackages, which are
 *                     listed on their own when allowed)
 * @param deniedNames  classes in an allowed package that are still refused: they start threads or load classes
 * @param functions    whether {@code function} blocks (Java methods written in a rule file) are permitted
 * @param declarations whether {@code declare} blocks (new fact types) are permitted
 */
public record RuleCodeAllowlist(List<String> allowedNames, List<String> deniedNames, boolean functions, boolean declarations) {

    public static final RuleCodeAllowlist DEFAULT = new RuleCodeAllowlist(
            List.of("org.judgementsupport.evidence.", "org.judgementsupport.criteria.", "org.judgementsupport.framework.Grade",
                    "org.judgementsupport.framework.JudgementArea", "org.judgementsupport.ruleset.Findings",
                    "java.util.", "java.util.function.", "java.util.stream.", "java.time.", "java.time.format.", "java.time.temporal.",
                    "java.math.",
                    "java.lang.String", "java.lang.Math", "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Float",
                    "java.lang.Short", "java.lang.Byte", "java.lang.Boolean", "java.lang.Character", "java.lang.Number",
                    "java.lang.Comparable", "java.lang.CharSequence", "java.lang.Iterable", "java.lang.StringBuilder", "java.lang.Object"),
            List.of("java.util.ServiceLoader", "java.util.Timer", "java.util.TimerTask", "java.util.ResourceBundle", "java.util.Scanner"),
            false, false);

    /** The first word of a qualified Java name: a name starting with one of these is a class outside the rule file. */
    static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jakarta", "jdk", "sun", "com", "org", "net", "io", "kotlin",
            "groovy", "scala");

    /** Whether code may import or name this class (or member of a class, or package wildcard {@code java.util.*}). */
    public boolean allows(String qualifiedName) {
        String name = qualifiedName.endsWith(".*") ? qualifiedName.substring(0, qualifiedName.length() - 2) : qualifiedName;
        boolean wildcard = !name.equals(qualifiedName);
        if (deniedNames.stream().anyMatch(denied -> name.equals(denied) || name.startsWith(denied + "."))) {
            return false;
        }
        for (String allowed : allowedNames) {
            if (allowed.endsWith(".")) {
                if (wildcard && (name + ".").equals(allowed)) {
                    return true;
                }
                String rest = name.startsWith(allowed) ? name.substring(allowed.length()) : "";
                if (!rest.isEmpty() && Character.isUpperCase(rest.charAt(0))) {
                    return true;
                }
            } else if (name.equals(allowed) || name.startsWith(allowed + ".")) {
                return true;
            }
        }
        return false;
    }
}
