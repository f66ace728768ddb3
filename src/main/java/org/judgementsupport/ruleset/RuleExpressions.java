package org.judgementsupport.ruleset;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.judgementsupport.criteria.Criterion;

/**
 * The small language the code inside a rule may be written in, checked by parsing it, not by looking for bad words.
 *
 * <p>A <b>constraint</b> of a pattern is a comparison or a yes/no question about the matched fact, joined with
 * {@code &&}, {@code ||} and {@code !}: {@code path == "workforce.vacancyRatePct"}, {@code effect == Effect.CONCERN},
 * {@code cites("workforce.turnoverRatePct") || cites("workforce.vacancyRatePct")}, {@code leaders.isAtLeast(Grade.GOOD)},
 * or a binding {@code $criterion : Criterion.parse("below 80")}. Operands are text and number literals, the fact's
 * plain properties, bound variables, model enumeration constants and the calls {@link RuleModel} allows.
 *
 * <p>A <b>consequence</b> is a list of {@code insert(…);} statements, each inserting what one of the model's emitters
 * makes from {@code drools} and literals, constants or bound variables: {@code insert(Findings.cite(drools,
 * Effect.CONCERN, $indicator, $criterion));}.
 *
 * <p>Everything else is refused: other statements, loops, {@code new}, assignments, arithmetic, casts, array or map
 * access, lambdas, any name outside the model, unicode escapes, and characters outside ASCII except inside text
 * literals. Both MVEL and Java read this subset the same way, so what is checked is what runs.
 */
final class RuleExpressions {

    /** Longest constraint or consequence accepted: generated table rules are a few hundred characters. */
    static final int MAX_LENGTH = 20_000;
    /** Longest text literal: a source with its quotation is a few hundred characters. */
    static final int MAX_TEXT = 2_000;
    /** The most findings one rule may combine. */
    static final int MAX_COMBINED = 4;

    /** Something refused: where in the checked text, and why, in words policy staff can act on. */
    record Violation(int offset, String message) {
    }

    /** Variables bound so far in a rule, with their types, and the fact type of the pattern being checked, if any. */
    static final class Scope {
        private final Map<String, Class<?>> variables;
        private final Class<?> fact;

        Scope(Map<String, Class<?>> variables, Class<?> fact) {
            this.variables = variables;
            this.fact = fact;
        }

        Scope forPattern(Class<?> patternFact) {
            return new Scope(variables, patternFact);
        }

        void bind(String variable, Class<?> type) {
            variables.put(variable, type);
        }

        boolean isBound(String variable) {
            return variables.containsKey(variable);
        }
    }

    private RuleExpressions() {
    }

    /**
     * Checks one constraint of a pattern; a binding ({@code $x : …}) adds its variable to the scope.
     *
     * @return every violation, empty when the constraint is allowed
     */
    static List<Violation> checkConstraint(String text, Scope scope) {
        Parser parser = Parser.of(text);
        if (parser.failed()) {
            return parser.violations;
        }
        parser.constraint(scope);
        return parser.violations;
    }

    /** Checks a consequence: only {@code insert(<emitter>(drools, …));} statements. */
    static List<Violation> checkConsequence(String text, Scope scope) {
        Parser parser = Parser.of(text);
        if (parser.failed()) {
            return parser.violations;
        }
        parser.consequence(scope);
        return parser.violations;
    }

    /** Whether the text is one well-formed text literal (with {@code \"} and {@code \\} the only escapes), as metadata values must be. */
    static boolean isTextLiteral(String text) {
        Parser parser = Parser.of(text);
        return !parser.failed() && parser.tokens.size() == 2 && parser.tokens.get(0).kind() == Kind.TEXT;
    }

    /** The value of a text literal that {@link #isTextLiteral} accepted. */
    static String textValue(String literal) {
        StringBuilder value = new StringBuilder();
        for (int index = 1; index < literal.length() - 1; index++) {
            char character = literal.charAt(index);
            if (character == '\\') {
                character = literal.charAt(++index);
            }
            value.append(character);
        }
        return value.toString();
    }

    /** Writes a text as a literal the parser accepts: quotes and backslashes escaped, line breaks as spaces. */
    static String quote(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (char character : text.toCharArray()) {
            if (character == '"' || character == '\\') {
                literal.append('\\');
            }
            literal.append(Character.isISOControl(character) ? ' ' : character);
        }
        return literal.append('"').toString();
    }

    private enum Kind { NAME, VARIABLE, TEXT, NUMBER, SYMBOL, END }

    private record Token(Kind kind, String text, int offset) {
        boolean is(String symbol) {
            return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(symbol);
        }
    }

    /** A marker type for the literal null, comparable with any object. */
    private static final class Null {
    }

    private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", "<=", ">", ">=");
    private static final Set<String> TWO_CHARACTER_SYMBOLS = Set.of("==", "!=", "<=", ">=", "&&", "||");
    private static final String SINGLE_SYMBOLS = "()<>!,.:;";

    private static final class Parser {
        final List<Token> tokens = new ArrayList<>();
        final List<Violation> violations = new ArrayList<>();
        private int position;

        static Parser of(String text) {
            Parser parser = new Parser();
            parser.tokenize(text);
            return parser;
        }

        boolean failed() {
            return !violations.isEmpty();
        }

        // ---------------------------------------------------------------------------------------------- reading

        private void tokenize(String text) {
            if (text.length() > MAX_LENGTH) {
                refuse(0, "is " + text.length() + " characters long; rule code is limited to " + MAX_LENGTH);
                return;
            }
            // Java turns a unicode escape into its character before it reads anything, comments included: refused anywhere.
            int escape = text.indexOf("\\u");
            if (escape >= 0) {
                refuse(escape, "unicode escapes (\\u) are not allowed in rule code");
                return;
            }
            int index = 0;
            while (index < text.length()) {
                char character = text.charAt(index);
                if (Character.isWhitespace(character)) {
                    index++;
                } else if (text.startsWith("//", index)) {
                    int end = text.indexOf('\n', index);
                    index = end < 0 ? text.length() : end;
                } else if (text.startsWith("/*", index)) {
                    int end = text.indexOf("*/", index + 2);
                    if (end < 0) {
                        refuse(index, "a comment is opened with /* and never closed");
                        return;
                    }
                    index = end + 2;
                } else if (character == '"') {
                    index = text(text, index);
                    if (index < 0) {
                        return;
                    }
                } else if (isDigit(character) || (character == '-' && index + 1 < text.length() && isDigit(text.charAt(index + 1)))) {
                    int end = index + 1;
                    while (end < text.length() && (isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                        end++;
                    }
                    String number = text.substring(index, end);
                    if (!number.matches("-?\\d{1,15}(\\.\\d{1,15})?")) {
                        refuse(index, "'" + number + "' is not a number rule code can use: write digits, with at most one decimal point");
                        return;
                    }
                    tokens.add(new Token(Kind.NUMBER, number, index));
                    index = end;
                } else if (character == '$' || isNameStart(character)) {
                    int end = index + 1;
                    while (end < text.length() && isNamePart(text.charAt(end))) {
                        end++;
                    }
                    String name = text.substring(index, end);
                    if (name.equals("$")) {
                        refuse(index, "'$' must start a variable's name, e.g. $indicator");
                        return;
                    }
                    tokens.add(new Token(character == '$' ? Kind.VARIABLE : Kind.NAME, name, index));
                    index = end;
                } else if (index + 1 < text.length() && TWO_CHARACTER_SYMBOLS.contains(text.substring(index, index + 2))) {
                    tokens.add(new Token(Kind.SYMBOL, text.substring(index, index + 2), index));
                    index += 2;
                } else if (SINGLE_SYMBOLS.indexOf(character) >= 0 || (character > ' ' && character < 127)) {
                    // Symbols outside the grammar ('=', '+', '[' …) are read as tokens and refused where they stand.
                    tokens.add(new Token(Kind.SYMBOL, String.valueOf(character), index));
                    index++;
                } else {
                    refuse(index, "'" + describe(character) + "' is not allowed in rule code outside a text in quotes");
                    return;
                }
            }
            tokens.add(new Token(Kind.END, "", text.length()));
        }

        /** Reads a text literal starting at the quote; returns the index after it, or -1 after refusing it. */
        private int text(String text, int start) {
            int index = start + 1;
            while (index < text.length() && text.charAt(index) != '"') {
                char character = text.charAt(index);
                if (character == '\n' || character == '\r') {
                    refuse(start, "a text in quotes must end on the line it starts");
                    return -1;
                }
                if (Character.isISOControl(character) || isFormatting(character)) {
                    refuse(index, "a text in quotes may not hold control or direction-changing characters");
                    return -1;
                }
                if (Character.isSurrogate(character)) {
                    if (!Character.isHighSurrogate(character) || index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1))) {
                        refuse(index, "a text in quotes holds half of a character (a lone surrogate)");
                        return -1;
                    }
                    index++;
                }
                if (character == '\\') {
                    char next = index + 1 < text.length() ? text.charAt(index + 1) : ' ';
                    if (next != '"' && next != '\\') {
                        refuse(index, "the only escapes allowed in a text are \\\" and \\\\");
                        return -1;
                    }
                    index++;
                }
                index++;
            }
            if (index >= text.length()) {
                refuse(start, "a text in quotes is never closed");
                return -1;
            }
            if (index - start - 1 > MAX_TEXT) {
                refuse(start, "a text in quotes is longer than " + MAX_TEXT + " characters");
                return -1;
            }
            tokens.add(new Token(Kind.TEXT, text.substring(start, index + 1), start));
            return index + 1;
        }

        // ---------------------------------------------------------------------------------------------- constraints

        void constraint(Scope scope) {
            if (peek().kind() == Kind.VARIABLE && peek(1).is(":")) {
                Token variable = next();
                next();
                if (scope.isBound(variable.text())) {
                    refuse(variable, variable.text() + " is already bound in this rule");
                }
                Class<?> type = or(scope);
                scope.bind(variable.text(), type == null ? Object.class : type);
            } else {
                Class<?> type = or(scope);
                if (type != null && !isBoolean(type)) {
                    refuse(tokens.get(0), "a constraint must be a yes/no question, such as path == \"…\" or cites(\"…\")");
                }
            }
            end();
        }

        private Class<?> or(Scope scope) {
            Class<?> type = and(scope);
            while (!failed() && peek().is("||")) {
                next();
                type = bothBoolean(type, and(scope));
            }
            return type;
        }

        private Class<?> and(Scope scope) {
            Class<?> type = unary(scope);
            while (!failed() && peek().is("&&")) {
                next();
                type = bothBoolean(type, unary(scope));
            }
            return type;
        }

        private Class<?> unary(Scope scope) {
            if (peek().is("!")) {
                Token not = next();
                Class<?> type = unary(scope);
                if (type != null && !isBoolean(type)) {
                    refuse(not, "'!' can only turn round a yes/no question");
                }
                return Boolean.class;
            }
            return comparison(scope);
        }

        private Class<?> comparison(Scope scope) {
            Token start = peek();
            Class<?> left = operand(scope);
            if (failed() || !COMPARISONS.contains(peek().text()) || peek().kind() != Kind.SYMBOL) {
                return left;
            }
            Token operator = next();
            Class<?> right = operand(scope);
            if (!failed() && !comparable(left, right, operator.text())) {
                refuse(start, "cannot compare " + words(left) + " with " + words(right) + " using " + operator.text());
            }
            return Boolean.class;
        }

        private Class<?> operand(Scope scope) {
            if (failed()) {
                return null;
            }
            Token token = next();
            return switch (token.kind()) {
                case TEXT -> String.class;
                case NUMBER -> Number.class;
                case VARIABLE -> {
                    if (!scope.isBound(token.text())) {
                        refuse(token, token.text() + " is not bound earlier in this rule");
                        yield null;
                    }
                    yield members(scope.variables.get(token.text()), scope);
                }
                case NAME -> name(token, scope);
                case SYMBOL -> {
                    if (token.is("(")) {
                        Class<?> inside = or(scope);
                        expect(")");
                        yield inside;
                    }
                    refuse(token, "expected a value, a property or a question here, not '" + token.text() + "'");
                    yield null;
                }
                case END -> {
                    refuse(token, "the code ends too soon");
                    yield null;
                }
            };
        }

        /** A bare name: a literal word, a property of the matched fact, a question about it, or a model type. */
        private Class<?> name(Token token, Scope scope) {
            switch (token.text()) {
                case "true", "false" -> {
                    return Boolean.class;
                }
                case "null" -> {
                    return Null.class;
                }
                default -> {
                }
            }
            Optional<Class<?>> type = RuleModel.importable(token.text());
            if (type.isPresent() && peek().is(".")) {
                return members(staticMember(type.get(), token), scope);
            }
            if (scope.fact != null) {
                if (peek().is("(")) {
                    return members(call(scope.fact, token, scope), scope);
                }
                Optional<Class<?>> property = RuleModel.property(scope.fact, token.text());
                if (property.isPresent()) {
                    return members(property.get(), scope);
                }
                refuse(token, "'" + token.text() + "' is not something a rule can read about " + scope.fact.getSimpleName()
                        + propertiesOf(scope.fact));
                return null;
            }
            refuse(token, "'" + token.text() + "' is not part of the judgement model rules can use");
            return null;
        }

        /** {@code Effect.CONCERN} or {@code Criterion.parse("below 80")}. */
        private Class<?> staticMember(Class<?> type, Token typeName) {
            expect(".");
            Token member = next();
            if (member.kind() != Kind.NAME) {
                refuse(member, "expected a name after " + typeName.text() + ".");
                return null;
            }
            if (RuleModel.isEnum(type)) {
                if (!RuleModel.hasConstant(type, member.text())) {
                    refuse(member, "'" + member.text() + "' is not one of " + typeName.text() + "'s values");
                    return null;
                }
                return type;
            }
            Optional<Method> method = RuleModel.staticMethod(type, member.text());
            if (method.isEmpty() || !peek().is("(")) {
                refuse(member, "'" + typeName.text() + "." + member.text() + "' is not something rule code may use");
                return null;
            }
            List<Argument> arguments = arguments(new Scope(Map.of(), null));
            if (!failed() && type == Criterion.class) {
                checkCriterion(member, arguments);
            }
            return failed() ? null : checkArguments(method.get(), member, arguments);
        }

        private void checkCriterion(Token member, List<Argument> arguments) {
            if (arguments.size() != 1 || arguments.get(0).literal() == null || arguments.get(0).type() != String.class) {
                refuse(member, "Criterion.parse takes one criterion in quotes, such as \"below 80\"");
                return;
            }
            try {
                Criterion.parse(textValue(arguments.get(0).literal()));
            } catch (IllegalArgumentException unreadable) {
                refuse(member, unreadable.getMessage());
            }
        }

        /** {@code .property}, {@code .method(…)} after a value, as many as follow. */
        private Class<?> members(Class<?> type, Scope scope) {
            while (!failed() && type != null && peek().is(".")) {
                next();
                Token member = next();
                if (member.kind() != Kind.NAME) {
                    refuse(member, "expected a name after '.'");
                    return null;
                }
                if (peek().is("(")) {
                    type = call(type, member, scope);
                } else {
                    Class<?> owner = type;
                    type = RuleModel.property(owner, member.text()).orElse(null);
                    if (type == null) {
                        refuse(member, "'" + member.text() + "' is not something a rule can read about " + owner.getSimpleName() + propertiesOf(owner));
                    }
                }
            }
            return type;
        }

        private Class<?> call(Class<?> owner, Token name, Scope scope) {
            Optional<Method> method = RuleModel.method(owner, name.text());
            if (method.isEmpty()) {
                refuse(name, "'" + name.text() + "(…)' is not a question rule code may ask of " + owner.getSimpleName());
                return null;
            }
            List<Argument> arguments = arguments(scope.forPattern(scope.fact));
            return failed() ? null : checkArguments(method.get(), name, arguments);
        }

        private record Argument(Class<?> type, String literal, Token token) {
        }

        private List<Argument> arguments(Scope scope) {
            List<Argument> arguments = new ArrayList<>();
            expect("(");
            if (peek().is(")")) {
                next();
                return arguments;
            }
            while (!failed()) {
                Token start = peek();
                Class<?> type = operand(scope);
                arguments.add(new Argument(type, start.kind() == Kind.TEXT || start.kind() == Kind.NUMBER ? start.text() : null, start));
                if (peek().is(",")) {
                    next();
                    continue;
                }
                expect(")");
                break;
            }
            return arguments;
        }

        private Class<?> checkArguments(Method method, Token name, List<Argument> arguments) {
            Class<?>[] parameters = method.getParameterTypes();
            if (parameters.length != arguments.size()) {
                refuse(name, name.text() + " takes " + parameters.length + " value" + (parameters.length == 1 ? "" : "s") + ", not " + arguments.size());
                return null;
            }
            for (int index = 0; index < parameters.length; index++) {
                if (!assignable(arguments.get(index).type(), parameters[index])) {
                    refuse(arguments.get(index).token(), name.text() + " needs " + words(parameters[index]) + " here, not " + words(arguments.get(index).type()));
                    return null;
                }
            }
            return method.getReturnType();
        }

        // ---------------------------------------------------------------------------------------------- consequences

        void consequence(Scope scope) {
            while (!failed() && peek().kind() != Kind.END) {
                Token insert = next();
                if (!insert.is("insert")) {
                    refuse(insert, "a rule's consequence may only insert findings, e.g. insert(Findings.cite(drools, Effect.CONCERN, "
                            + "$indicator, $criterion)); '" + insert.text() + "' is not allowed here");
                    return;
                }
                expect("(");
                emitterCall(scope);
                expect(")");
                expect(";");
            }
        }

        private void emitterCall(Scope scope) {
            Token typeName = next();
            Optional<Class<?>> type = typeName.kind() == Kind.NAME ? RuleModel.importable(typeName.text()) : Optional.empty();
            if (type.isEmpty() || !RuleModel.isEmitter(type.get())) {
                refuse(typeName, "insert(…) takes what Findings or Decisions makes, e.g. Findings.cite(drools, Effect.CONCERN, $indicator, $criterion)");
                return;
            }
            expect(".");
            Token member = next();
            Optional<Method> method = member.kind() == Kind.NAME ? RuleModel.emitter(type.get(), member.text()) : Optional.empty();
            if (method.isEmpty()) {
                refuse(member, "'" + typeName.text() + "." + member.text() + "' is not something a rule may insert");
                return;
            }
            expect("(");
            Token context = next();
            if (!context.is("drools")) {
                refuse(context, typeName.text() + "." + member.text() + " takes drools first, so the finding names its rule");
                return;
            }
            List<Argument> arguments = new ArrayList<>();
            while (!failed() && peek().is(",")) {
                next();
                Token start = peek();
                Class<?> argumentType = emitterArgument(scope);
                arguments.add(new Argument(argumentType, null, start));
            }
            expect(")");
            if (!failed()) {
                checkEmitterArguments(method.get(), member, arguments);
            }
        }

        /** An emitter's arguments are literals, model constants or bound variables: nothing is computed in a consequence. */
        private Class<?> emitterArgument(Scope scope) {
            Token token = peek();
            return switch (token.kind()) {
                case TEXT -> {
                    next();
                    yield String.class;
                }
                case NUMBER -> {
                    next();
                    if (!token.text().matches("\\d{1,9}")) {
                        refuse(token, "a number here must be a whole number");
                    }
                    yield Integer.class;
                }
                case VARIABLE -> {
                    next();
                    if (!scope.isBound(token.text())) {
                        refuse(token, token.text() + " is not bound in this rule's conditions");
                        yield null;
                    }
                    yield scope.variables.get(token.text());
                }
                case NAME -> {
                    next();
                    if (token.is("null")) {
                        yield Null.class;
                    }
                    Optional<Class<?>> type = RuleModel.importable(token.text());
                    if (type.isEmpty() || !RuleModel.isEnum(type.get())) {
                        refuse(token, "'" + token.text() + "' cannot be given to a finding: give a value such as Effect.CONCERN, a bound $variable or a text");
                        yield null;
                    }
                    expect(".");
                    Token constant = next();
                    if (!RuleModel.hasConstant(type.get(), constant.text())) {
                        refuse(constant, "'" + constant.text() + "' is not one of " + token.text() + "'s values");
                        yield null;
                    }
                    yield type.get();
                }
                default -> {
                    refuse(token, "expected a value here, not '" + token.text() + "'");
                    yield null;
                }
            };
        }

        private void checkEmitterArguments(Method method, Token name, List<Argument> arguments) {
            Class<?>[] parameters = method.getParameterTypes();
            // The first parameter is the rule's context, given as drools.
            int fixed = method.isVarArgs() ? parameters.length - 2 : parameters.length - 1;
            if (arguments.size() < fixed || (!method.isVarArgs() && arguments.size() != fixed)) {
                refuse(name, name.text() + " takes drools and " + fixed + " more value" + (fixed == 1 ? "" : "s") + ", not " + arguments.size());
                return;
            }
            for (int index = 0; index < arguments.size(); index++) {
                Class<?> parameter = index < fixed ? parameters[index + 1] : parameters[parameters.length - 1].getComponentType();
                if (!assignable(arguments.get(index).type(), parameter)) {
                    refuse(arguments.get(index).token(), name.text() + " needs " + words(parameter) + " here, not " + words(arguments.get(index).type()));
                    return;
                }
            }
            if (method.isVarArgs() && (arguments.size() == fixed || arguments.size() - fixed > MAX_COMBINED)) {
                refuse(name, name.text() + " combines between 1 and " + MAX_COMBINED + " findings");
            }
        }

        // ---------------------------------------------------------------------------------------------- helpers

        private Token peek() {
            return peek(0);
        }

        private Token peek(int ahead) {
            return tokens.get(Math.min(position + ahead, tokens.size() - 1));
        }

        private Token next() {
            Token token = peek();
            if (position < tokens.size() - 1) {
                position++;
            }
            return token;
        }

        private void expect(String symbol) {
            if (failed()) {
                return;
            }
            Token token = next();
            if (!token.is(symbol)) {
                refuse(token, "expected '" + symbol + "' here" + (token.kind() == Kind.END ? ", but the code ends" : ", not '" + token.text() + "'"));
            }
        }

        private void end() {
            if (!failed() && peek().kind() != Kind.END) {
                refuse(peek(), "'" + peek().text() + "' is not allowed here: a constraint is one comparison or question");
            }
        }

        private Class<?> bothBoolean(Class<?> left, Class<?> right) {
            if (!failed() && ((left != null && !isBoolean(left)) || (right != null && !isBoolean(right)))) {
                refuse(peek(), "&& and || join yes/no questions");
            }
            return Boolean.class;
        }

        private void refuse(Token token, String message) {
            refuse(token.offset(), message);
        }

        private void refuse(int offset, String message) {
            if (violations.isEmpty()) {
                violations.add(new Violation(offset, message));
            }
        }
    }

    private static boolean comparable(Class<?> left, Class<?> right, String operator) {
        if (left == null || right == null) {
            return true;
        }
        boolean equality = operator.equals("==") || operator.equals("!=");
        if (left == Null.class || right == Null.class) {
            return equality;
        }
        if (isNumber(left) && isNumber(right)) {
            return true;
        }
        return equality && (boxed(left) == boxed(right));
    }

    private static boolean assignable(Class<?> argument, Class<?> parameter) {
        if (argument == null) {
            return true;
        }
        if (argument == Null.class) {
            return !parameter.isPrimitive();
        }
        if (isNumber(argument) && isNumber(parameter)) {
            return true;
        }
        return boxed(parameter).isAssignableFrom(boxed(argument));
    }

    private static boolean isBoolean(Class<?> type) {
        return type == Boolean.class || type == boolean.class;
    }

    private static boolean isNumber(Class<?> type) {
        return Number.class.isAssignableFrom(boxed(type));
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "boolean" -> Boolean.class;
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            default -> Character.class;
        };
    }

    private static String words(Class<?> type) {
        if (type == null || type == Object.class) {
            return "a value";
        }
        if (type == Null.class) {
            return "null";
        }
        if (isBoolean(type)) {
            return "a yes/no answer";
        }
        if (isNumber(type)) {
            return "a number";
        }
        if (type == String.class) {
            return "a text";
        }
        return "a " + type.getSimpleName();
    }

    private static String propertiesOf(Class<?> fact) {
        if (!fact.isRecord()) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (var component : fact.getRecordComponents()) {
            if (RuleModel.property(fact, component.getName()).isPresent()) {
                names.add(component.getName());
            }
        }
        return names.isEmpty() ? "" : " (it has " + String.join(", ", names) + ")";
    }

    private static boolean isDigit(char character) {
        return character >= '0' && character <= '9';
    }

    private static boolean isNameStart(char character) {
        return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z') || character == '_';
    }

    private static boolean isNamePart(char character) {
        return isNameStart(character) || isDigit(character);
    }

    /** Bidirectional overrides and other invisible formatting characters that make code read differently from how it runs. */
    private static boolean isFormatting(char character) {
        return Character.getType(character) == Character.FORMAT;
    }

    private static String describe(char character) {
        return Character.isISOControl(character) || isFormatting(character) || character > 126
                ? String.format("U+%04X", (int) character) : String.valueOf(character);
    }
}
