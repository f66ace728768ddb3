package org.judgementsupport.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A folder policy staff edit, holding {@code rules/} (DRL files), {@code decision-tables/} (workbooks) and
 * {@code scenarios/} (the policy scenarios that test them).
 *
 * <p>Drools reads only spreadsheets named {@code *.drl.xlsx} and skips any other silently, so a table saved as
 * {@code limits.xlsx} would simply stop applying. Such files are reported as problems instead. Office and LibreOffice
 * lock files, present while a workbook is open, are ignored.
 */
public final class RuleSetFolder {

    public static final String RULES = "rules";
    public static final String DECISION_TABLES = "decision-tables";
    public static final String SCENARIOS = "scenarios";

    private static final List<String> SPREADSHEET_ENDINGS = List.of(".xlsx", ".xls", ".xlsm", ".ods", ".csv");

    private final Path root;

    public RuleSetFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    public Path rules() {
        return root.resolve(RULES);
    }

    public Path decisionTables() {
        return root.resolve(DECISION_TABLES);
    }

    public Path scenarios() {
        return root.resolve(SCENARIOS);
    }

    /** Reads every rule file and decision table into memory. */
    public RuleSetSnapshot read() {
        List<SourceFile> files = new ArrayList<>();
        List<RuleSetProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(rules()) && !Files.isDirectory(decisionTables())) {
            problems.add(new RuleSetProblem(RuleSetProblem.Kind.UNREADABLE_FILE, RuleLocation.ofFile(root.toString()),
                    "holds neither rules/ nor decision-tables/: point judgement-support.rule-set.folder at the folder that does"));
            return new RuleSetSnapshot(files, problems);
        }
        for (Path file : regularFiles(rules())) {
            if (file.getFileName().toString().endsWith(".drl") && !isLockFile(file)) {
                files.add(load(file));
            }
        }
        for (Path file : regularFiles(decisionTables())) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (isLockFile(file)) {
                continue;
            }
            if (name.endsWith(".drl.xlsx")) {
                files.add(load(file));
            } else if (SPREADSHEET_ENDINGS.stream().anyMatch(name::endsWith)) {
                problems.add(new RuleSetProblem(RuleSetProblem.Kind.UNREADABLE_FILE, RuleLocation.ofFile(relative(file)),
                        "Drools reads only workbooks named *.drl.xlsx and would skip this one silently: save it as an "
                                + "Excel workbook (.xlsx) named like " + suggestedName(file)));
            }
        }
        for (Path file : regularFiles(scenarios())) {
            String name = file.getFileName().toString();
            if ((name.endsWith(".yaml") || name.endsWith(".yml")) && !isLockFile(file)) {
                files.add(load(file));
            }
        }
        return new RuleSetSnapshot(files, problems);
    }

    /** Office writes "~$name.xlsx" and LibreOffice ".~lock.name.xlsx#" while a workbook is open. */
    public static boolean isLockFile(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("~$") || name.startsWith(".~lock.");
    }

    private SourceFile load(Path file) {
        try {
            return new SourceFile(relative(file), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String suggestedName(Path file) {
        String name = file.getFileName().toString();
        String stem = name.replaceAll("(?i)(\\.drl)?\\.(xlsx|xls|xlsm|ods|csv)$", "");
        return stem + ".drl.xlsx";
    }

    private static List<Path> regularFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
