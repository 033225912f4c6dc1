package dev.interviewcoach.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * DESIGN's dependency rules, checked on the compiled classes of every module on this class path (this
 * module depends on all of them): the API needs nothing but the JDK, graders know nothing of learners,
 * no module reaches into another's {@code internal} packages, and benchmarks use the public API.
 */
class ArchitectureTests {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.interviewcoach");

    @Test
    void theApiDependsOnTheJdkOnly() {
        noClasses().that().resideInAnyPackage("dev.interviewcoach.api..", "dev.interviewcoach.spi..")
                .should().dependOnClassesThat()
                .resideOutsideOfPackages("java..", "dev.interviewcoach.api..", "dev.interviewcoach.spi..")
                .check(CLASSES);
    }

    @Test
    void gradersKnowNoLearnerModelStoreOrSession() {
        noClasses().that().resideInAnyPackage("dev.interviewcoach.core.internal.grading..", "dev.interviewcoach.graders..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.interviewcoach.core.internal.learner..",
                        "dev.interviewcoach.core.internal.store..", "dev.interviewcoach.core.internal.flow..",
                        "dev.interviewcoach.core.internal.progression..", "dev.interviewcoach.core.internal.diagnosis..",
                        "dev.interviewcoach.core.internal.memory..", "dev.interviewcoach.core.internal.readiness..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.interviewcoach.core.CoachSession")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.interviewcoach.core.Coach")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.interviewcoach.spi.MemoryStore")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.interviewcoach.api.LearnerState")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.interviewcoach.api.Attempt")
                .check(CLASSES);
    }

    @Test
    void noModuleUsesAnotherModulesInternals() {
        noClasses().that().resideOutsideOfPackages("dev.interviewcoach.core..")
                .should().dependOnClassesThat().resideInAPackage("dev.interviewcoach.core.internal..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages("dev.interviewcoach.graders..")
                .should().dependOnClassesThat().resideInAPackage("dev.interviewcoach.graders.internal..")
                .allowEmptyShould(true)
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages("dev.interviewcoach.content..")
                .should().dependOnClassesThat().resideInAPackage("dev.interviewcoach.content..")
                .check(CLASSES);
    }

    @Test
    void benchmarksUseThePublicApiOnly() {
        noClasses().that().resideInAPackage("dev.interviewcoach.bench..")
                .should().dependOnClassesThat().resideInAPackage("..internal..")
                .check(CLASSES);
    }
}
