package io.phiscan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package layering of the house style: dependencies flow one way, frameworks stay at the edges. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.phiscan");
    }

    @Test
    void onlyTheJobAndTheCommandLineUseSpring() {
        noClasses().that().resideInAnyPackage("io.phiscan.model..", "io.phiscan.ingest..", "io.phiscan.index..",
                        "io.phiscan.detect..", "io.phiscan.review..", "io.phiscan.report..", "io.phiscan.generate..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(classes);
    }

    @Test
    void onlyTheIndexUsesLucene() {
        noClasses().that().resideOutsideOfPackage("io.phiscan.index..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingElseInPhiscan() {
        noClasses().that().resideInAPackage("io.phiscan.model..")
                .should().dependOnClassesThat().resideInAnyPackage("io.phiscan.ingest..", "io.phiscan.index..",
                        "io.phiscan.detect..", "io.phiscan.review..", "io.phiscan.report..", "io.phiscan.job..",
                        "io.phiscan.cli..")
                .check(classes);
    }

    @Test
    void stagesDoNotReachForwardOrIntoTheJobs() {
        noClasses().that().resideInAPackage("io.phiscan.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("io.phiscan.index..", "io.phiscan.detect..",
                        "io.phiscan.review..", "io.phiscan.report..", "io.phiscan.job..", "io.phiscan.cli..")
                .check(classes);
        noClasses().that().resideInAnyPackage("io.phiscan.index..", "io.phiscan.detect..", "io.phiscan.review..",
                        "io.phiscan.report..")
                .should().dependOnClassesThat().resideInAnyPackage("io.phiscan.job..", "io.phiscan.cli..",
                        "io.phiscan.ingest..")
                .check(classes);
    }

    @Test
    void theGeneratorKnowsOnlyTheModel() {
        noClasses().that().resideInAPackage("io.phiscan.generate..")
                .should().dependOnClassesThat().resideInAnyPackage("io.phiscan.ingest..", "io.phiscan.index..",
                        "io.phiscan.detect..", "io.phiscan.review..", "io.phiscan.report..", "io.phiscan.job..",
                        "io.phiscan.cli..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("io.phiscan.generate..", "io.phiscan.cli..")
                .should().dependOnClassesThat().resideInAPackage("io.phiscan.generate..")
                .check(classes);
    }

    @Test
    void nothingButTheCommandLineDependsOnIt() {
        noClasses().that().resideOutsideOfPackages("io.phiscan.cli..", "io.phiscan")
                .should().dependOnClassesThat().resideInAPackage("io.phiscan.cli..")
                .check(classes);
    }
}
