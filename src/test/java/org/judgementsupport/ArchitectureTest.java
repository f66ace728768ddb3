package org.judgementsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/** Package-by-feature boundaries, checked on the compiled main classes. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.judgementsupport");

    @Test
    void thePackagesTheseRulesNameExist() {
        assertThat(MAIN.stream().map(javaClass -> javaClass.getPackageName()).distinct())
                .contains("org.judgementsupport.ruleset", "org.judgementsupport.judgement", "org.judgementsupport.evidence",
                        "org.judgementsupport.criteria", "org.judgementsupport.framework", "org.judgementsupport.scenario");
    }

    @Test
    void onlyTheRuleSetPackageTouchesDrools() {
        noClasses().that().resideOutsideOfPackage("org.judgementsupport.ruleset..")
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
}
