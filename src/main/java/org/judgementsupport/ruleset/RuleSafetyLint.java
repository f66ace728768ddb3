package org.judgementsupport.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses rule code that reaches outside the judgement model, before anything is compiled: a DRL file, or the DRL a
 * workbook's cells become, is code that runs inside the service.
 *
 * <p>The code is read as Java and DRL read it, outside comments and string literals: imports must be on the
 * {@link RuleCodeAllowlist}; a qualified name ({@code java.io.File}) must be too, so nothing sneaks past the import
 * check; the names that reach the process, the file system, the network, threads, class loading or reflection are
 * refused wherever they appear; {@code function} and {@code declare} blocks only when the allowlist permits them;
 * and unicode escapes not at all (Java turns a backslash, 'u' and four hex digits into a character before it reads
 * the code, so an escaped 'S' followed by 'ystem' is System).
 */
public final class RuleSafetyLint {

    /** Names refused anywhere in rule code, with why; as a member ({@code .exit}) or a type ({@code System}). */
    static final Map<String, String> FORBIDDEN = Map.ofEntries(
            Map.entry("System", "reaches the process: its environment, streams and exit"),
            Map.entry("Runtime", "reaches the process: it runs programs and stops the service"),
            Map.entry("ProcessBuilder", "runs programs"),
            Map.entry("Process", "runs programs"),
            Map.entry("ProcessHandle", "reaches other processes"),
            Map.entry("exec", "runs programs"),
            Map.entry("exit", "stops the service"),
            Map.entry("halt", "stops the service or the rule engine"),
            Map.entry("Thread", "starts threads"),
            Map.entry("ThreadGroup", "starts threads"),
            Map.entry("ThreadLocal", "keeps state between judgements"),
            Map.entry("Executors", "starts threads"),
            Map.entry("ExecutorService", "starts threads"),
            Map.entry("ForkJoinPool", "starts threads"),
            Map.entry("CompletableFuture", "runs code on other threads"),
            Map.entry("Class", "reflection: reaches any class"),
            Map.entry("class", "reflection: reaches any class"),
            Map.entry("getClass", "reflection: reaches any class"),
            Map.entry("forName", "loads any class by name"),
            Map.entry("ClassLoader", "loads classes"),
            Map.entry("classLoader", "loads classes"),
            Map.entry("getClassLoader", "loads classes"),
            Map.entry("getContextClassLoader", "loads classes"),
            Map.entry("loadClass", "loads classes"),
            Map.entry("defineClass", "defines classes"),
            Map.entry("load", "loads native code"),
            Map.entry("loadLibrary", "loads native code"),
            Map.entry("reflect", "reflection"),
            Map.entry("getMethod", "reflection"),
            Map.entry("getMethods", "reflection"),
            Map.entry("getDeclaredMethod", "reflection"),
            Map.entry("getDeclaredMethods", "reflection"),
            Map.entry("getField", "reflection"),
            Map.entry("getDeclaredField", "reflection"),
            Map.entry("getDeclaredFields", "reflection"),
            Map.entry("getConstructor", "reflection"),
            Map.entry("getDeclaredConstructor", "reflection"),
            Map.entry("newInstance", "reflection: creates any object"),
            Map.entry("invoke", "reflection: calls any method"),
            Map.entry("setAccessible", "reflection: opens private code"),
            Map.entry("MethodHandles", "reflection"),
            Map.entry("MethodHandle", "reflection"),
            Map.entry("VarHandle", "reflection"),
            Map.entry("Proxy", "reflection"),
            Map.entry("Unsafe", "reaches memory directly"),
            Map.entry("ScriptEngine", "runs scripts"),
            Map.entry("ScriptEngineManager", "runs scripts"),
            Map.entry("InitialContext", "looks up remote objects"),
            Map.entry("ObjectInputStream", "deserialises objects"),
            Map.entry("File", "reaches the file system"),
            Map.entry("Files", "reaches the file system"),
            Map.entry("Path", "reaches the file system"),
            Map.entry("Paths", "reaches the file system"),
            Map.entry("FileInputStream", "reaches the file system"),
            Map.entry("FileOutputStream", "reaches the file system"),
            Map.entry("RandomAccessFile", "reaches the file system"),
            Map.entry("Socket", "reaches the network"),
            Map.entry("ServerSocket", "reaches the network"),
            Map.entry("URL", "reaches the network"),
            Map.entry("URLConnection", "reaches the network"),
            Map.entry("HttpClient", "reaches the network"),
            Map.entry("InetAddress", "reaches the network"),
            Map.entry("SecurityManager", "changes the service's security"),
            Map.entry("getenv", "reads the service's environment"));

    private static final Set<String> BLOCK_KEYWORDS = Set.of("function", "declare");
    private static final String UNICODE_ESCAPE = "unicode escapes are not allowed in rule files: Java reads them as code";

    /** Something a rule file may not do: where (line and column in the code), the word, and why. */
    public record Violation(int line, int column, String word, String reason) {
    }

    private RuleSafetyLint() {
    }

    /**
     * Every violation in the rule sources, located where policy staff edit: the DRL file and line, or for a workbook
     * the cell the offending word came from (a rule row's cell, a column's code cell, or a header cell such as Import).
     */
    static List<RuleSetProblem> check(List<RuleSource> sources, CellLocator cells, Map<String, SourceFile> workbooks, RuleCodeAllowlist allowlist) {
        List<RuleSetProblem> problems = new ArrayList<>();
        for (RuleSource source : sources) {
            for (Violation violation : scan(source.drl(), allowlist)) {
                RuleLocation location = source.isDecisionTable()
                        ? cellOf(source, violation, cells, workbooks.get(source.file()))
                        : RuleLocation.ofLine(source.file(), violation.line());
                RuleSetProblem problem = new RuleSetProblem(RuleSetProblem.Kind.UNSAFE_CODE, location, violation.reason());
                if (!problems.contains(problem)) {
                    problems.add(problem);
                }
            }
        }
        return problems;
    }

    /** The cell a word of generated DRL came from: a cell of the rule's row, else the column code holding it, else any cell. */
    private static RuleLocation cellOf(RuleSource source, Violation violation, CellLocator cells, SourceFile workbook) {
        RuleLocation row = source.locate(violation.line());
        String word = violation.word();
        Optional<CellLocator.Found> found = cells.rowOf(row);
        if (found.isPresent()) {
            DecisionTableLayout.Table table = found.get().table();
            for (DecisionTableLayout.Column column : table.columns()) {
                if (found.get().row().value(column).filter(value -> value.contains(word)).isPresent()) {
                    return table.location(found.get().row(), column);
                }
            }
        }
        return (workbook == null ? Optional.<String>empty() : DecisionTableLayout.cellContaining(workbook, source.sheet(), word))
                .map(cell -> RuleLocation.ofCell(source.file(), source.sheet(), cell))
                .orElse(row);
    }

    /** Every violation in the code, in order. */
    public static List<Violation> scan(String code, RuleCodeAllowlist allowlist) {
        List<Violation> violations = new ArrayList<>();
        List<Token> tokens = tokens(code, violations);
        for (int index = 0; index < tokens.size(); index++) {
            Token token = tokens.get(index);
            if (token.word().equals("package") && index + 1 < tokens.size()) {
                index = qualifiedNameEnd(tokens, index + 1) - 1;
                continue;
            }
            if (token.word().equals("import")) {
                index = checkImport(tokens, index, allowlist, violations);
                continue;
            }
            if (BLOCK_KEYWORDS.contains(token.word())) {
                boolean permitted = token.word().equals("function") ? allowlist.functions() : allowlist.declarations();
                if (!permitted) {
                    violations.add(new Violation(token.line(), token.column(), token.word(), "'" + token.word()
                            + "' blocks are not allowed in rule files: they add Java code or types the judgement model does not have"));
                }
                continue;
            }
            String reason = FORBIDDEN.get(token.word());
            if (reason != null) {
                violations.add(new Violation(token.line(), token.column(), token.word(), "'" + token.word() + "' is not allowed in a rule: it " + reason));
                continue;
            }
            if (RuleCodeAllowlist.PACKAGE_ROOTS.contains(token.word()) && !token.afterDot()) {
                int end = qualifiedNameEnd(tokens, index);
                String name = join(tokens, index, end);
                if (name.contains(".") && !allowlist.allows(name)) {
                    violations.add(new Violation(token.line(), token.column(), name, "'" + name
                            + "' is outside what rule code may use (the evidence and finding types, java.util, java.time, java.math and basic java.lang values)"));
                }
                index = end - 1;
            }
        }
        return violations;
    }

    /** Checks {@code import [function|accumulate|static] a.b.C[.*];} and returns the index of its last token. */
    private static int checkImport(List<Token> tokens, int index, RuleCodeAllowlist allowlist, List<Violation> violations) {
        int start = index + 1;
        while (start < tokens.size() && Set.of("function", "accumulate", "static").contains(tokens.get(start).word())) {
            start++;
        }
        if (start >= tokens.size()) {
            return index;
        }
        int end = qualifiedNameEnd(tokens, start);
        String name = join(tokens, start, end);
        if (end < tokens.size() && tokens.get(end).word().equals("*")) {
            name += "*";
            end++;
        }
        if (!allowlist.allows(name)) {
            Token first = tokens.get(start);
            violations.add(new Violation(first.line(), first.column(), name, "import of '" + name
                    + "' is not allowed: rule files may import the evidence and finding types, java.util, java.time, java.math and basic java.lang values"));
        }
        return end - 1;
    }

    /** The index after the last token of the dotted name starting at {@code start}. */
    private static int qualifiedNameEnd(List<Token> tokens, int start) {
        int end = start + 1;
        while (end + 1 < tokens.size() && tokens.get(end).word().equals(".") && isIdentifier(tokens.get(end + 1).word())) {
            end += 2;
        }
        if (end < tokens.size() && tokens.get(end).word().equals(".")) {
            end++;
        }
        return end;
    }

    private static String join(List<Token> tokens, int start, int end) {
        StringBuilder name = new StringBuilder();
        for (int index = start; index < end; index++) {
            name.append(tokens.get(index).word());
        }
        return name.toString();
    }

    private static boolean isIdentifier(String word) {
        return !word.isEmpty() && Character.isJavaIdentifierStart(word.charAt(0));
    }

    /** A word of code: an identifier, or a single punctuation character; {@code afterDot} when it follows a '.'. */
    private record Token(String word, int line, int column, boolean afterDot) {
    }

    /** Identifiers and punctuation outside comments and string literals; unicode escapes are reported wherever they are. */
    private static List<Token> tokens(String code, List<Violation> violations) {
        List<Token> tokens = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int index = 0;
        boolean afterDot = false;
        while (index < code.length()) {
            char character = code.charAt(index);
            if (character == '\\' && index + 1 < code.length() && code.charAt(index + 1) == 'u') {
                violations.add(new Violation(line, index - lineStart + 1, "\\u", UNICODE_ESCAPE));
            }
            if (character == '\n') {
                line++;
                lineStart = index + 1;
                index++;
            } else if (code.startsWith("//", index)) {
                // A comment is still read for unicode escapes: Java would turn the escape for a line break into one, and what
                // follows it into code.
                while (index < code.length() && code.charAt(index) != '\n') {
                    if (code.startsWith("\\u", index)) {
                        violations.add(new Violation(line, index - lineStart + 1, "\\u", UNICODE_ESCAPE));
                    }
                    index++;
                }
            } else if (code.startsWith("/*", index)) {
                int end = code.indexOf("*/", index + 2);
                end = end < 0 ? code.length() : end + 2;
                for (int inside = index; inside < end; inside++) {
                    if (code.charAt(inside) == '\n') {
                        line++;
                        lineStart = inside + 1;
                    } else if (code.startsWith("\\u", inside)) {
                        violations.add(new Violation(line, inside - lineStart + 1, "\\u", UNICODE_ESCAPE));
                    }
                }
                index = end;
            } else if (character == '"' || character == '\'') {
                int inside = index + 1;
                while (inside < code.length() && code.charAt(inside) != character && code.charAt(inside) != '\n') {
                    if (code.startsWith("\\u", inside)) {
                        violations.add(new Violation(line, inside - lineStart + 1, "\\u", UNICODE_ESCAPE));
                    }
                    inside += code.charAt(inside) == '\\' ? 2 : 1;
                }
                index = Math.min(code.length(), inside + 1);
                afterDot = false;
            } else if (Character.isJavaIdentifierStart(character)) {
                int end = index + 1;
                while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(code.substring(index, end), line, index - lineStart + 1, afterDot));
                afterDot = false;
                index = end;
            } else if (Character.isWhitespace(character)) {
                index++;
            } else {
                tokens.add(new Token(String.valueOf(character), line, index - lineStart + 1, afterDot));
                afterDot = character == '.';
                index++;
            }
        }
        return tokens;
    }
}
