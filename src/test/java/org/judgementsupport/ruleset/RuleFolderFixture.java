package org.judgementsupport.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * A copy of the repository's rule folder in a temporary directory, for tests that add, break or remove files and see
 * what the loader reports.
 */
public final class RuleFolderFixture {

    public static final String CRITERIA_IMPORTS = "org.judgementsupport.evidence.Indicator, org.judgementsupport.criteria.Criterion, "
            + "org.judgementsupport.criteria.Effect, org.judgementsupport.ruleset.Findings";

    /**
     * The temporary copies made in this JVM, deleted when it exits: a test that needs one before Spring starts keeps it
     * for the life of its application context, which may outlive the test class, so nothing earlier can delete it.
     */
    private static final Set<Path> TEMPORARY_COPIES = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TEMPORARY_COPIES.forEach(RuleFolderFixture::deleteQuietly),
                "delete-rule-folder-copies"));
    }

    private final Path root;

    private RuleFolderFixture(Path root) {
        this.root = root;
    }

    /** Copies rules/, decision-tables/ and scenarios/ from the repository into {@code directory}. */
    public static RuleFolderFixture copyOfRepository(Path directory) {
        Path source = RepositoryRuleSet.folder().root();
        for (String folder : new String[] {RuleSetFolder.RULES, RuleSetFolder.DECISION_TABLES, RuleSetFolder.SCENARIOS}) {
            try (Stream<Path> files = Files.walk(source.resolve(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = directory.resolve(source.relativize(file));
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new RuleFolderFixture(directory);
    }

    /** A copy of the repository's rules in a new temporary directory, for tests that need one before Spring starts. */
    public static RuleFolderFixture temporaryCopyOfRepository(String name) {
        try {
            Path directory = Files.createTempDirectory(name);
            TEMPORARY_COPIES.add(directory);
            return copyOfRepository(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path directory) {
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException ignored) {
            // The JVM is exiting; a copy that cannot be deleted is left for the system's own clean-up of temporary files.
        }
    }

    public Path root() {
        return root;
    }

    public RuleSetFolder folder() {
        return new RuleSetFolder(root);
    }

    public Path write(String relativePath, String text) {
        return write(relativePath, text.getBytes(StandardCharsets.UTF_8));
    }

    public Path write(String relativePath, byte[] content) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] read(String relativePath) {
        try {
            return Files.readAllBytes(root.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String relativePath) {
        try {
            Files.delete(root.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A criteria workbook laid out like the repository's, with one sheet "Extra" and the given rows: name, area,
     * evidence, fires when, effect, benchmark, source.
     */
    public static byte[] criteriaWorkbook(String ruleSetPackage, Object[]... rows) {
        return criteriaWorkbook(ruleSetPackage, CRITERIA_IMPORTS, "insert(Findings.cite(drools, Effect.$param, $indicator, $criterion));", rows);
    }

    /** The same, with the Import cell (B2) and the Effect column's action code (E7) given. */
    public static byte[] criteriaWorkbook(String ruleSetPackage, String imports, String effectAction, Object[]... rows) {
        return criteriaWorkbook(ruleSetPackage, imports, effectAction, true, rows);
    }

    /** The same; without escaping, Drools puts a value's quotes into the rule as they are (an EscapeQuotes row, which moves the table down one row). */
    public static byte[] criteriaWorkbook(String ruleSetPackage, String imports, String effectAction, boolean escapeQuotes, Object[]... rows) {
        DecisionTableWorkbook.RuleSheet sheet = DecisionTableWorkbook.create()
                .sheet("Extra")
                .setting("RuleSet", ruleSetPackage)
                .setting("Import", imports);
        if (!escapeQuotes) {
            sheet.setting("EscapeQuotes", "false");
        }
        DecisionTableWorkbook.Table table = sheet
                .table("Extra criteria")
                .column("NAME", "", "", "Name", 40)
                .column("METADATA", "", "area($param)", "Area", 20)
                .column("CONDITION", "$indicator : Indicator", "path == \"$param\"", "Evidence", 30)
                .column("CONDITION", "$indicator : Indicator", "$criterion : Criterion.parse(\"$param\"), $criterion.isMetBy(value)", "Fires when", 20)
                .column("ACTION", "", effectAction, "Effect", 30)
                .column("METADATA", "", "benchmark(\"$param\")", "National benchmark", 20)
                .column("METADATA", "", "source(\"$param\")", "Source", 40);
        for (Object[] row : rows) {
            table.row(row);
        }
        return table.done().done().toBytes();
    }
}
