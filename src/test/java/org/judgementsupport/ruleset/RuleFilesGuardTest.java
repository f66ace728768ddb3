package org.judgementsupport.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.judgementsupport.criteria.SourceCitation;
import org.judgementsupport.realdata.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Guards on the rule files policy staff edit: they load without a problem, every rule is named and sourced, names are
 * unique, every spreadsheet is one Drools will read, and every quotation is really in the paragraph it cites.
 */
class RuleFilesGuardTest {

    private final RuleCatalogue catalogue = RepositoryRuleSet.get().catalogue();

    @Test
    void theRepositoryRuleSetLoadsWithoutProblems() {
        List<RuleSetProblem> problems = new ArrayList<>(RepositoryRuleSet.folder().read().fileProblems());
        try {
            new RuleSetLoader().load(RepositoryRuleSet.folder().read());
        } catch (RuleSetInvalidException invalid) {
            problems.addAll(invalid.problems());
        }
        assertThat(problems).extracting(RuleSetProblem::describe).isEmpty();
    }

    @Test
    void decisionTablesHoldOnlySpreadsheetsDroolsReads() throws IOException {
        try (Stream<Path> files = Files.walk(RepositoryRuleSet.folder().decisionTables())) {
            List<String> skippedSilently = files.filter(Files::isRegularFile)
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.toLowerCase(Locale.ROOT).matches(".*\\.(xlsx|xls|xlsm|ods|csv)$"))
                    .filter(name -> !name.endsWith(".drl.xlsx"))
                    .toList();
            assertThat(skippedSilently).as("spreadsheets Drools would skip silently: name them *.drl.xlsx").isEmpty();
        }
    }

    @Test
    void everyRuleAndTableRowIsNamedAndSourced() {
        assertThat(catalogue.rules()).isNotEmpty().allSatisfy(rule -> {
            assertThat(rule.name()).as("name of the rule at %s", rule.location().describe()).isNotBlank()
                    .doesNotMatch(".*_" + (rule.location() instanceof RuleLocation.WorkbookCell cell ? cell.row() : null) + "$");
            assertThat(rule.source()).as("source of '%s'", rule.name()).isNotBlank();
        });
    }

    @Test
    void ruleNamesAreUnique() {
        Map<String, Long> counts = catalogue.rules().stream()
                .collect(Collectors.groupingBy(RuleDescription::name, Collectors.counting()));
        assertThat(counts).allSatisfy((name, count) -> assertThat(count).as(name).isEqualTo(1L));
    }

    @Test
    void sourcesThatAreNotDocumentCitationsNameThePublishedStatistic() {
        List<String> vague = catalogue.rules().stream()
                .map(rule -> SourceCitation.parse(rule.source()))
                .filter(source -> !source.citesDocument())
                .map(SourceCitation::text)
                .filter(text -> !text.startsWith("DfE 20") && !text.startsWith("Ofsted ILACS outcomes") && !text.startsWith("Ofsted SIF outcomes"))
                .toList();
        assertThat(vague).as("sources that neither cite a document paragraph nor name a DfE or Ofsted statistic").isEmpty();
    }

    @Test
    void everyQuotationIsInTheParagraphItCites() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (RuleDescription rule : catalogue.rules()) {
            SourceCitation source = SourceCitation.parse(rule.source());
            if (!source.citesDocument()) {
                continue;
            }
            Path document = SharedData.seedsFolder().resolve(source.file());
            if (!Files.exists(document)) {
                wrong.add(rule.name() + ": no document " + source.file());
                continue;
            }
            List<String> paragraphs = paragraphs(Files.readString(document, StandardCharsets.UTF_8));
            if (source.paragraph() < 1 || source.paragraph() > paragraphs.size()) {
                wrong.add(rule.name() + ": " + source.file() + " has " + paragraphs.size() + " paragraphs, not " + source.paragraph());
            } else if (source.quote() == null || !normalised(paragraphs.get(source.paragraph() - 1)).contains(normalised(source.quote()))) {
                wrong.add(rule.name() + ": paragraph " + source.paragraph() + " of " + source.file() + " does not contain \"" + source.quote() + "\"");
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Paragraphs as SourceCitation defines them: blocks of text separated by blank lines, counted from 1. */
    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\\n\\s*\\n")).filter(paragraph -> !paragraph.isBlank()).toList();
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
