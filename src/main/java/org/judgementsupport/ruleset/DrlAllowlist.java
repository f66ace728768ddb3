package org.judgementsupport.ruleset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.judgementsupport.criteria.Effect;
import org.judgementsupport.criteria.Finding;
import org.judgementsupport.evidence.Indicator;
import org.judgementsupport.framework.JudgementArea;

/**
 * Checks DRL against the small language rules may be written in, on the structure Drools' own parser reads
 * ({@link DrlParser} → {@link PackageDescr}), so what is checked is what compiles:
 * <ul>
 *   <li>a package name and imports of the judgement model's types ({@link RuleModel}), nothing else at the top level:
 *       no {@code function}, {@code declare}, {@code global}, {@code query}, {@code dialect}, {@code import function} …;</li>
 *   <li>rules with metadata {@code @area(AREA)}, {@code @source("…")}, {@code @benchmark("…")} only, each value a
 *       name or a text (Drools evaluates metadata as code while it builds);</li>
 *   <li>conditions made of patterns on the model's facts, with {@code not}, {@code exists}, {@code and}, {@code or}:
 *       no {@code eval}, {@code from}, {@code accumulate}, {@code collect}, {@code forall} or windows; at most
 *       {@value #MAX_PATTERNS} patterns a rule, of which {@value #MAX_FINDING_PATTERNS} on findings, each pattern on
 *       evidence naming the one field it reads, each constraint checked by {@link RuleExpressions};</li>
 *   <li>a consequence that only inserts findings; a rule that reads findings emits a more severe effect than every
 *       one it reads, so no rule can trigger itself, or another that triggers it, again.</li>
 * </ul>
 * Rules written from decision tables are checked the same way ({@link Origin#DECISION_TABLE} also allows the salience
 * and rule groups of a first-match table), so a fault in writing them could not let code through either.
 */
final class DrlAllowlist {

    /** Where the DRL comes from: a file policy staff wrote, or the translation of an approved table layout. */
    enum Origin { RULE_FILE, DECISION_TABLE }

    /** Patterns a rule may join: enough to combine findings, too few to multiply facts into millions of matches. */
    static final int MAX_PATTERNS = 4;
    /** Findings a rule may join: each finding pattern multiplies the matches by the findings there are. */
    static final int MAX_FINDING_PATTERNS = 2;
    /** Longest rule name, as decision-table names are limited. */
    static final int MAX_NAME = CellValue.MAX_NAME;

    private static final Set<String> METADATA = Set.of(RuleCatalogue.AREA, RuleCatalogue.SOURCE, RuleCatalogue.BENCHMARK);
    private static final Pattern VARIABLE = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]{0,50}");
    private static final Pattern PACKAGE = Pattern.compile(ApprovedLayout.PACKAGE_NAME);
    private static final Pattern ONE_PATH = Pattern.compile("path\\s*==\\s*\"[A-Za-z0-9_.]+\"");
    private static final Pattern READS_EFFECT = Pattern.compile("effect==Effect\\.(\\w+)");
    private static final Pattern EMITS_EFFECT = Pattern.compile("Findings\\s*\\.\\s*(?:cite|combine)\\s*\\(\\s*drools\\s*,\\s*Effect\\s*\\.\\s*(\\w+)");
    /** The rule groups a table's rules may name: every stage's but the default group's. */
    private static final Set<String> STAGE_GROUPS = Arrays.stream(RuleDescription.Stage.values())
            .filter(stage -> stage != RuleDescription.Stage.CRITERION).map(RuleDescription.Stage::group).collect(Collectors.toUnmodifiableSet());

    private DrlAllowlist() {
    }

    /**
     * Every way the source goes beyond what rules may say, located where policy staff edit (a DRL file's line, or the
     * table row a rule was written from); a source Drools cannot parse gives its syntax errors instead.
     */
    static List<RuleSetProblem> check(RuleSource source, Origin origin) {
        DrlParser parser = new DrlParser();
        PackageDescr parsed;
        try {
            parsed = parser.parse(false, source.drl());
        } catch (DroolsParserException | RuntimeException unparseable) {
            return List.of(new RuleSetProblem(RuleSetProblem.Kind.COMPILE_ERROR, source.locate(1), "cannot be read as rules: " + unparseable.getMessage()));
        }
        if (parser.hasErrors() || parsed == null) {
            List<RuleSetProblem> syntax = new ArrayList<>();
            for (DroolsError error : parser.getErrors()) {
                int line = error instanceof ParserError parserError ? parserError.getRow() : 1;
                syntax.add(new RuleSetProblem(RuleSetProblem.Kind.COMPILE_ERROR, source.locate(line), error.getMessage()));
            }
            return syntax.isEmpty() ? List.of(new RuleSetProblem(RuleSetProblem.Kind.COMPILE_ERROR, source.locate(1), "cannot be read as rules")) : syntax;
        }
        return new Checker(source, origin).check(parsed);
    }

    private static final class Checker {
        private final RuleSource source;
        private final Origin origin;
        private final List<RuleSetProblem> problems = new ArrayList<>();
        private final Map<String, Class<?>> imported = new LinkedHashMap<>();

        Checker(RuleSource source, Origin origin) {
            this.source = source;
            this.origin = origin;
        }

        List<RuleSetProblem> check(PackageDescr parsed) {
            if (parsed.getName() == null || !PACKAGE.matcher(parsed.getName()).matches()) {
                refuse(1, "the package must be a lower-case dotted name such as judgementsupport.criteria.combined, not '" + parsed.getName() + "'");
            }
            for (ImportDescr importDescr : parsed.getImports()) {
                String target = importDescr.getTarget();
                if (RuleModel.isImportable(target)) {
                    imported.put(target.substring(target.lastIndexOf('.') + 1), RuleModel.importable(target.substring(target.lastIndexOf('.') + 1)).orElseThrow());
                } else {
                    refuse(importDescr.getLine(), "import of '" + target + "' is not allowed: rule files may import only the judgement model's types: "
                            + String.join(", ", RuleModel.importableNames()));
                }
            }
            parsed.getFunctionImports().forEach(descr -> refuse(descr.getLine(), "'import function' is not allowed: rules call no Java methods"));
            parsed.getAccumulateImports().forEach(descr -> refuse(descr.getLine(), "'import accumulate' is not allowed: rules do not accumulate"));
            parsed.getGlobals().forEach(descr -> refuse(descr.getLine(), "'global' is not allowed: a rule's only output is the findings it inserts"));
            parsed.getFunctions().forEach(descr -> refuse(descr.getLine(), "'function' blocks are not allowed: they are Java code"));
            parsed.getTypeDeclarations().forEach(descr -> refuse(descr.getLine(), "'declare' is not allowed: rules use the judgement model's facts only"));
            parsed.getEnumDeclarations().forEach(descr -> refuse(descr.getLine(), "'declare enum' is not allowed: rules use the judgement model's facts only"));
            parsed.getEntryPointDeclarations().forEach(descr -> refuse(descr.getLine(), "entry points are not allowed"));
            parsed.getWindowDeclarations().forEach(descr -> refuse(descr.getLine(), "windows are not allowed"));
            if (parsed.getUnit() != null) {
                refuse(parsed.getUnit().getLine(), "rule units are not allowed");
            }
            parsed.getAttributes().forEach(attribute -> refuse(attribute.getLine(), "the file-wide setting '" + attribute.getName()
                    + "' is not allowed: rules take no settings"));
            for (RuleDescr rule : parsed.getRules()) {
                checkRule(rule);
            }
            return problems;
        }

        private void checkRule(RuleDescr rule) {
            int line = rule.getLine();
            if (rule.isQuery()) {
                refuse(line, "queries are not allowed: rules judge evidence and insert findings");
                return;
            }
            if (rule.getParentName() != null) {
                refuse(line, "'extends' is not allowed: write each rule's conditions in full");
            }
            String name = rule.getName() == null ? "" : rule.getName();
            if (name.isBlank() || name.length() > MAX_NAME || name.chars().anyMatch(character -> Character.isISOControl(character)
                    || Character.getType(character) == Character.FORMAT)) {
                refuse(line, "a rule's name must be a sentence of at most " + MAX_NAME + " characters, with no control characters");
            }
            checkAttributes(rule);
            checkMetadata(rule);
            if (!rule.getNamedConsequences().isEmpty()) {
                refuse(line, "named consequences are not allowed: a rule has one consequence");
            }
            RuleExpressions.Scope scope = new RuleExpressions.Scope(new LinkedHashMap<>(), null);
            List<PatternDescr> patterns = new ArrayList<>();
            List<PatternDescr> joined = new ArrayList<>();
            checkCondition(rule.getLhs(), scope, patterns, joined, false);
            if (patterns.size() > MAX_PATTERNS) {
                refuse(line, "'" + name + "' joins " + patterns.size() + " patterns; a rule may join at most " + MAX_PATTERNS);
            }
            long findingPatterns = joined.stream().filter(pattern -> RuleModel.fact(pattern.getObjectType()).orElse(null) == Finding.class).count();
            if (findingPatterns > MAX_FINDING_PATTERNS) {
                refuse(line, "'" + name + "' joins " + findingPatterns + " findings; a rule may combine at most " + MAX_FINDING_PATTERNS);
            }
            String consequence = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
            int before = problems.size();
            for (RuleExpressions.Violation violation : RuleExpressions.checkConsequence(consequence, scope)) {
                refuse(consequenceLine(rule, consequence, violation.offset()), violation.message());
            }
            if (problems.size() == before) {
                checkFindingsRead(rule, patterns, consequence);
            }
        }

        private void checkAttributes(RuleDescr rule) {
            for (AttributeDescr attribute : rule.getAttributes().values()) {
                String value = attribute.getValue() == null ? "" : attribute.getValue().trim();
                boolean allowed = origin == Origin.DECISION_TABLE && switch (attribute.getName()) {
                    case "salience" -> value.matches("\\d{1,6}");
                    case "activation-group", "ruleflow-group", "agenda-group" -> STAGE_GROUPS.contains(value);
                    default -> false;
                };
                if (!allowed) {
                    refuse(attribute.getLine() > 0 ? attribute.getLine() : rule.getLine(), "the rule setting '" + attribute.getName()
                            + "' is not allowed in a rule file: criteria take no settings; the order of first-match tables is set by their rows");
                }
            }
        }

        private void checkMetadata(RuleDescr rule) {
            for (String key : rule.getAnnotationNames()) {
                AnnotationDescr annotation = rule.getAnnotation(key);
                int line = annotationLine(rule, key);
                if (!METADATA.contains(key) || annotation.getFullyQualifiedName() != null) {
                    refuse(line, "@" + key + " is not allowed: a rule's metadata is @area, @source and @benchmark");
                    continue;
                }
                if (annotation.getValueMap().size() != 1 || !annotation.hasValue()) {
                    refuse(line, "@" + key + " takes one value");
                    continue;
                }
                String value = annotation.getSingleValueAsString().trim();
                boolean readable = key.equals(RuleCatalogue.AREA)
                        ? value.matches("[A-Z_]{1,60}") && RuleModel.hasConstant(JudgementArea.class, value)
                        : RuleExpressions.isTextLiteral(value);
                if (!readable) {
                    refuse(line, key.equals(RuleCatalogue.AREA)
                            ? "@area takes an area's name, one of " + RuleSetChecks.CRITERIA_AREAS
                            : "@" + key + " takes one text in quotes, with \\\" for a quote inside it");
                }
            }
        }

        /**
         * Walks the conditions: patterns joined by and, or, not and exists; anything else is refused. Patterns under not
         * or exists only ask whether a match exists, so only the others multiply matches ({@code joined}).
         */
        private void checkCondition(BaseDescr condition, RuleExpressions.Scope scope, List<PatternDescr> patterns, List<PatternDescr> joined,
                                    boolean existence) {
            if (condition instanceof AndDescr || condition instanceof OrDescr || condition instanceof NotDescr || condition instanceof ExistsDescr) {
                for (BaseDescr inner : ((org.drools.drl.ast.descr.ConditionalElementDescr) condition).getDescrs()) {
                    checkCondition(inner, scope, patterns, joined, existence || condition instanceof NotDescr || condition instanceof ExistsDescr);
                }
            } else if (condition instanceof PatternDescr pattern) {
                patterns.add(pattern);
                if (!existence) {
                    joined.add(pattern);
                }
                checkPattern(pattern, scope);
            } else {
                refuse(condition.getLine(), construct(condition) + " is not allowed in a rule's conditions: write patterns on the "
                        + "judgement model's facts (" + String.join(", ", RuleModel.factNames()) + "), joined by and, or, not and exists");
            }
        }

        private void checkPattern(PatternDescr pattern, RuleExpressions.Scope scope) {
            int line = pattern.getLine();
            if (pattern.getSource() != null) {
                refuse(line, construct(pattern.getSource()) + " is not allowed: a pattern matches the facts of the judgement itself");
                return;
            }
            if (!pattern.getBehaviors().isEmpty() || pattern.isQuery() || pattern.isUnification()) {
                refuse(line, "windows, queries and unification are not allowed in a pattern");
                return;
            }
            String typeName = pattern.getObjectType();
            Optional<Class<?>> fact = typeName == null ? Optional.empty() : RuleModel.fact(typeName);
            if (fact.isEmpty() || (!imported.containsValue(fact.get()) && !typeName.equals(fact.get().getName()))) {
                refuse(line, "'" + typeName + "' is not a fact rules can match: import and match one of "
                        + String.join(", ", RuleModel.factNames()));
                return;
            }
            RuleExpressions.Scope patternScope = scope.forPattern(fact.get());
            for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
                if (!(constraint instanceof ExprConstraintDescr expression) || expression.getType() != ExprConstraintDescr.Type.NAMED) {
                    refuse(constraint.getLine() > 0 ? constraint.getLine() : line, "write each constraint with the property it reads, "
                            + "such as path == \"…\", not by position");
                    continue;
                }
                for (RuleExpressions.Violation violation : RuleExpressions.checkConstraint(expression.getExpression(), patternScope)) {
                    refuse(constraint.getLine() > 0 ? constraint.getLine() : line, violation.message() + " (in '" + shortened(expression.getExpression()) + "')");
                }
            }
            if (fact.get() == Indicator.class && !readsOnePath(pattern)) {
                refuse(line, "a pattern on Indicator must say which evidence it reads, as its own constraint: path == \"workforce.caseloadPerSocialWorker\"");
            }
            String identifier = pattern.getIdentifier();
            if (identifier != null) {
                if (!VARIABLE.matcher(identifier).matches()) {
                    refuse(line, "a pattern's variable is written $name, such as $indicator, not '" + identifier + "'");
                } else if (scope.isBound(identifier)) {
                    refuse(line, identifier + " is already bound in this rule");
                } else {
                    scope.bind(identifier, fact.get());
                }
            }
        }

        /**
         * A rule that reads findings must say which effects it reads, and emit a more severe one than each, so that no
         * chain of rules can feed itself: every step goes from a milder effect to a more severe one.
         */
        private void checkFindingsRead(RuleDescr rule, List<PatternDescr> patterns, String consequence) {
            Matcher emitted = EMITS_EFFECT.matcher(consequence);
            Set<Effect> emits = EnumSet.noneOf(Effect.class);
            while (emitted.find()) {
                emits.add(Effect.valueOf(emitted.group(1)));
            }
            for (PatternDescr pattern : patterns) {
                if (RuleModel.fact(pattern.getObjectType()).orElse(null) != Finding.class) {
                    continue;
                }
                Set<Effect> reads = effectsRead(pattern);
                if (reads.isEmpty()) {
                    refuse(pattern.getLine(), "a pattern on Finding must say which effect it reads, as its own constraint: "
                            + "effect == Effect.CONCERN (or several joined with ||)");
                    continue;
                }
                for (Effect read : reads) {
                    for (Effect emit : emits) {
                        if (emit.ordinal() >= read.ordinal()) {
                            refuse(pattern.getLine(), "'" + rule.getName() + "' reads " + read + " findings and emits " + emit
                                    + ": a rule that combines findings must emit a more severe effect than each it reads, "
                                    + "or it could trigger itself again without end");
                        }
                    }
                }
            }
        }

        /** Whether one of the pattern's constraints is exactly path == "…": the pattern then matches one piece of evidence at most. */
        private static boolean readsOnePath(PatternDescr pattern) {
            return pattern.getConstraint().getDescrs().stream().anyMatch(constraint -> constraint instanceof ExprConstraintDescr expression
                    && ONE_PATH.matcher(expression.getExpression().trim()).matches());
        }

        /** The effects a Finding pattern is limited to by a constraint of the form effect == Effect.X (|| …). */
        private static Set<Effect> effectsRead(PatternDescr pattern) {
            for (BaseDescr constraint : pattern.getConstraint().getDescrs()) {
                String compact = ((ExprConstraintDescr) constraint).getExpression().replaceAll("\\s+", "");
                String[] alternatives = compact.split("\\|\\|");
                Set<Effect> effects = EnumSet.noneOf(Effect.class);
                for (String alternative : alternatives) {
                    Matcher reads = READS_EFFECT.matcher(alternative);
                    if (!reads.matches() || !RuleModel.hasConstant(Effect.class, reads.group(1))) {
                        effects.clear();
                        break;
                    }
                    effects.add(Effect.valueOf(reads.group(1)));
                }
                if (!effects.isEmpty()) {
                    return effects;
                }
            }
            return Set.of();
        }

        /** The line of the DRL a position in the consequence is on: the consequence is the text after 'then', as written. */
        private int consequenceLine(RuleDescr rule, String consequence, int offset) {
            String drl = source.drl();
            int lineStart = 0;
            for (int line = 1; line < rule.getConsequenceLine() && lineStart >= 0; line++) {
                lineStart = drl.indexOf('\n', lineStart) + 1;
            }
            int at = consequence.isEmpty() || lineStart < 0 ? -1 : drl.indexOf(consequence, lineStart);
            return at < 0 ? rule.getConsequenceLine() : 1 + linesBefore(drl, at + offset);
        }

        private int annotationLine(RuleDescr rule, String key) {
            String[] lines = source.drl().split("\n", -1);
            for (int index = Math.max(0, rule.getLine() - 1); index < lines.length; index++) {
                if (lines[index].contains("@" + key)) {
                    return index + 1;
                }
            }
            return rule.getLine();
        }

        private void refuse(int line, String message) {
            RuleSetProblem problem = new RuleSetProblem(RuleSetProblem.Kind.UNSAFE_CODE, source.locate(Math.max(line, 1)), message);
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
    }

    private static int linesBefore(String text, int offset) {
        int lines = 0;
        for (int index = 0; index < Math.min(offset, text.length()); index++) {
            if (text.charAt(index) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** The DRL keyword a piece of the parse tree stands for, for messages. */
    private static String construct(Object descr) {
        String type = descr.getClass().getSimpleName();
        return switch (type) {
            case "EvalDescr" -> "'eval'";
            case "FromDescr" -> "'from'";
            case "AccumulateDescr" -> "'accumulate'";
            case "CollectDescr" -> "'collect'";
            case "ForallDescr" -> "'forall'";
            case "EntryPointDescr" -> "an entry point";
            case "WindowReferenceDescr" -> "a window";
            case "NamedConsequenceDescr", "ConditionalBranchDescr" -> "'do[…]' or 'if … do[…]'";
            default -> "'" + type.replace("Descr", "").toLowerCase() + "'";
        };
    }

    private static String shortened(String text) {
        String compact = text.replaceAll("\\s+", " ").trim();
        return compact.length() > 80 ? compact.substring(0, 77) + "…" : compact;
    }
}
