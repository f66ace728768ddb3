package org.judgementsupport;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Package-by-feature boundaries and the directions between features, checked on the compiled main classes. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.judgementsupport");

    private static final String SERVICE = "org.judgementsupport";
    private static final String WEB = SERVICE + ".web";
    private static final String SYSTEM = SERVICE + ".system";
    private static final String RULESET = SERVICE + ".ruleset";
    private static final String RULECHANGE = SERVICE + ".rulechange";
    private static final String RECORD = SERVICE + ".record";
    private static final String MODERATION = SERVICE + ".moderation";
    private static final String IMPACT = SERVICE + ".impact";

    /** A rule about a package that does not exist checks nothing, so every package the rules below name must exist. */
    @Test
    void thePackagesTheseRulesNameExist() {
        assertThat(MAIN.stream().map(javaClass -> javaClass.getPackageName()).distinct())
                .contains(SYSTEM, RULESET, RULECHANGE, RECORD, MODERATION, IMPACT)
                .contains(List.of("judgement", "evidence", "criteria", "framework", "scenario").stream().map(name -> SERVICE + "." + name)
                        .toArray(String[]::new));
    }

    @Test
    void onlyTheRuleSetPackageTouchesDrools() {
        noClasses().that().resideOutsideOfPackage(RULESET + "..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(MAIN);
    }

    @Test
    void controllersArePackagePrivate() {
        classes().that().areAnnotatedWith(RestController.class).should().notBePublic().check(MAIN);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.judgementsupport.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    /** The plumbing every feature uses (refusals, problem details, canonical JSON, limits) knows none of them. */
    @Test
    void systemDependsOnNoFeature() {
        noClasses().that().resideInAPackage(SYSTEM + "..")
                .should().dependOnClassesThat(resideInAPackage(SERVICE + "..").and(resideOutsideOfPackage(SYSTEM + "..")))
                .check(MAIN);
    }

    /**
     * Refusals are answered in one place: features throw them, and only system turns exceptions into responses for
     * the API. The pages (web) render theirs as pages, with advice that applies to page controllers only.
     */
    @Test
    void onlySystemAnswersExceptions() {
        noClasses().that().resideOutsideOfPackages(SYSTEM + "..", WEB + "..")
                .should().beAnnotatedWith(RestControllerAdvice.class).orShould().beAnnotatedWith(ControllerAdvice.class)
                .check(MAIN);
        noMethods().that().areDeclaredInClassesThat().resideOutsideOfPackages(SYSTEM + "..", WEB + "..")
                .should().beAnnotatedWith(ExceptionHandler.class)
                .check(MAIN);
    }

    /**
     * How rule-set versions are validated, kept and put into service is rulechange's own: anything else that needs the
     * rule set of a version asks ruleset's RuleSetVersions, which rulechange implements.
     */
    @Test
    void nothingDependsOnRuleChangeFromOutside() {
        noClasses().that().resideOutsideOfPackage(RULECHANGE + "..")
                .should().dependOnClassesThat().resideInAPackage(RULECHANGE + "..")
                .check(MAIN);
    }

    /** Moderation judges the cases it is sent and keeps its own reports: it never reads the judgement record. */
    @Test
    void moderationDoesNotReadTheJudgementRecord() {
        noClasses().that().resideInAPackage(MODERATION + "..")
                .should().dependOnClassesThat().resideInAPackage(RECORD + "..")
                .check(MAIN);
    }

    /** The record knows nothing of what is built on it: moderation, impact previews, rule changes. */
    @Test
    void theJudgementRecordDependsOnNothingBuiltOnIt() {
        noClasses().that().resideInAPackage(RECORD + "..")
                .should().dependOnClassesThat().resideInAnyPackage(MODERATION + "..", IMPACT + "..", RULECHANGE + "..")
                .check(MAIN);
    }
}
