package org.judgementsupport.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    /**
     * Reads the folder as one consistent whole: if any file changes while it is read (an editor still saving), it is
     * read again, so a build never mixes a half-saved file with the rest.
     */
    public RuleSetSnapshot readConsistent() {
        for (int attempt = 0; attempt < 10; attempt++) {
            List<String> before = fingerprint();
            RuleSetSnapshot snapshot = read();
            if (before.equals(fingerprint())) {
                return snapshot;
            }
            pause();
        }
        return read();
    }

    /** Replaces the rule files in the folder with the snapshot's, leaving other files (notes, README) alone. */
    public void replaceWith(RuleSetSnapshot snapshot) {
        try {
            Set<String> wanted = new HashSet<>();
            for (SourceFile file : snapshot.files()) {
                wanted.add(file.path());
                Path target = root.resolve(file.path());
                if (Files.exists(target) && Arrays.equals(Files.readAllBytes(target), file.content())) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                Path temporary = Files.createTempFile(target.getParent(), ".incoming-", ".tmp");
                Files.write(temporary, file.content());
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            for (SourceFile existing : read().files()) {
                if (!wanted.contains(existing.path())) {
                    Files.deleteIfExists(root.resolve(existing.path()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rule set into " + root, e);
        }
    }

    /** Path, size and modification time of every file under the rule folders. */
    private List<String> fingerprint() {
        List<String> stamps = new ArrayList<>();
        for (Path tree : List.of(rules(), decisionTables(), scenarios())) {
            for (Path file : regularFiles(tree)) {
                try {
                    stamps.add(file + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis());
                } catch (IOException vanished) {
                    stamps.add(file + ":gone");
                }
            }
        }
        return stamps;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Files an editor writes beside the real one while saving, which must never trigger a reload. */
    public static boolean isEditorScratchFile(Path file) {
        String name = file.getFileName().toString();
        return isLockFile(file) || name.startsWith(".incoming-") || name.endsWith(".tmp") || name.endsWith("~") || name.startsWith(".#");
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
