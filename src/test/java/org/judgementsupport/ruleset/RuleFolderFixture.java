package org.judgementsupport.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A copy of the repository's rule folder in a temporary directory, for tests that add, break or remove files and see
 * what the loader reports.
 */
public final class RuleFolderFixture {

    public static final String CRITERIA_IMPORTS = "org.judgementsupport.evidence.Indicator, org.judgementsupport.criteria.Criterion, "
            + "org.judgementsupport.criteria.Effect, org.judgementsupport.ruleset.Findings";

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
            return copyOfRepository(Files.createTempDirectory(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private static final String[] GRADES = {"OUTSTANDING", "GOOD", "REQUIRES_IMPROVEMENT", "INADEQUATE"};

    /**
     * An overall-effectiveness workbook laid out like the repository's, with the given rows: name, worst practice area
     * is, leaders are, leaders at least, every practice area at least, practice areas requiring improvement at most,
     * outstanding practice areas at least, overall effectiveness, source.
     */
    public static byte[] overallWorkbook(Object[]... rows) {
        DecisionTableWorkbook.Table table = DecisionTableWorkbook.create()
                .sheet("Overall effectiveness")
                .setting("RuleSet", "judgementsupport.overall")
                .setting("Import", "org.judgementsupport.criteria.OverallCase, org.judgementsupport.criteria.OverallDecision, org.judgementsupport.framework.Grade")
                .setting("Sequential", "true")
                .setting("RULEFLOW-GROUP", "overall-effectiveness")
                .setting("ACTIVATION-GROUP", "overall-effectiveness")
                .table("Overall effectiveness")
                .column("NAME", "", "", "Name", 40)
                .column("CONDITION", "OverallCase", "worstPracticeArea == Grade.$param", "Worst practice area is", 20, GRADES)
                .column("CONDITION", "OverallCase", "leaders == Grade.$param", "Leaders are", 20, GRADES)
                .column("CONDITION", "OverallCase", "leaders.isAtLeast(Grade.$param)", "Leaders at least", 20, GRADES)
                .column("CONDITION", "OverallCase", "worstPracticeArea.isAtLeast(Grade.$param)", "Every practice area at least", 20, GRADES)
                .column("CONDITION", "OverallCase", "practiceAreasRequiringImprovement <= $param", "Practice areas requiring improvement, at most", 18)
                .column("CONDITION", "OverallCase", "outstandingPracticeAreas >= $param", "Outstanding practice areas, at least", 18)
                .column("ACTION", "", "insert(new OverallDecision(drools.getRule().getName(), Grade.$param));", "Overall effectiveness", 20, GRADES)
                .column("METADATA", "", "source(\"$param\")", "Source", 40);
        for (Object[] row : rows) {
            table.row(row);
        }
        return table.done().done().toBytes();
    }

    /** The repository's overall-effectiveness rows, as {@link #overallWorkbook} takes them. */
    public static Object[][] repositoryOverallRows() {
        String source = "Ofsted ILACS outcomes 2018 to March 2025";
        return new Object[][] {
            {"A practice area judged inadequate makes overall effectiveness inadequate", "INADEQUATE", "", "", "", "", "", "INADEQUATE", source},
            {"Inadequate leadership makes overall effectiveness inadequate", "", "INADEQUATE", "", "", "", "", "INADEQUATE", source},
            {"Leaders requiring improvement limit overall effectiveness to requires improvement", "", "REQUIRES_IMPROVEMENT", "", "", "", "", "REQUIRES_IMPROVEMENT", source},
            {"Outstanding leaders, every practice area good or better and one outstanding make overall effectiveness outstanding", "", "OUTSTANDING", "", "GOOD", "", 1, "OUTSTANDING", source},
            {"Leaders at least good and at most one practice area requiring improvement make overall effectiveness good", "", "", "GOOD", "", 1, "", "GOOD", source},
            {"Otherwise overall effectiveness requires improvement", "", "", "", "", "", "", "REQUIRES_IMPROVEMENT", source},
        };
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
