package app.refill.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of ARCHITECTURE.md: core is plain Java, and dependencies point one way. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.refill");
    }

    @Test
    void coreImportsNoUiToolkitHttpOrJson() {
        noClasses().that().resideInAPackage("app.refill.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "okhttp3..", "com.fasterxml.jackson..")
                .because("the core runs headless in the CLI and in tests")
                .check(classes);
    }

    @Test
    void coreDependsOnNoOuterLayer() {
        noClasses().that().resideInAPackage("app.refill.core..")
                .should().dependOnClassesThat().resideInAnyPackage("app.refill.ui..", "app.refill.app..",
                        "app.refill.cli..", "app.refill.job..", "app.refill.provider..", "app.refill.engine..",
                        "app.refill.settings..")
                .check(classes);
    }

    @Test
    void uiDoesNotReachIntoTheCompositionRoot() {
        noClasses().that().resideInAPackage("app.refill.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("app.refill.app..", "app.refill.cli..")
                .check(classes);
    }

    @Test
    void providersKnowNothingOfTheUiJobsOrCommandLine() {
        noClasses().that().resideInAPackage("app.refill.provider..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.refill.ui..", "app.refill.app..",
                        "app.refill.cli..", "app.refill.job..")
                .check(classes);
    }

    @Test
    void jobsRunWithoutTheToolkit() {
        noClasses().that().resideInAPackage("app.refill.job..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.refill.ui..", "app.refill.app..",
                        "app.refill.cli..")
                .because("jobs run headless: view-model tests and the command line use the same queue")
                .check(classes);
    }

    @Test
    void projectFilesAreReadWithoutTheToolkit() {
        noClasses().that().resideInAPackage("app.refill.project..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.refill.ui..", "app.refill.app..",
                        "app.refill.cli..", "okhttp3..")
                .because("a project is data: the editor, tests and later the command line read it the same way")
                .check(classes);
    }

    @Test
    void theCommandLineRunsWithoutTheUi() {
        noClasses().that().resideInAPackage("app.refill.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "app.refill.ui..", "app.refill.app..")
                .check(classes);
    }

    @Test
    void theFillEngineIsPlainJavaOverPixelArrays() {
        noClasses().that().resideInAPackage("app.refill.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "okhttp3..", "com.fasterxml.jackson..",
                        "app.refill.ui..", "app.refill.app..", "app.refill.cli..", "app.refill.provider..",
                        "app.refill.settings..", "java.awt..")
                .because("the engine is the Local provider's compute and must run anywhere, headless")
                .check(classes);
    }

    @Test
    void settingsArePlainJavaThatAnyLayerMayRead() {
        noClasses().that().resideInAPackage("app.refill.settings..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "okhttp3..", "app.refill.ui..",
                        "app.refill.app..", "app.refill.cli..", "app.refill.job..", "app.refill.provider..")
                .check(classes);
    }

    @Test
    void onlyTheCompositionRootCallsRunLater() {
        noClasses().that().resideOutsideOfPackage("app.refill.app..")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .check(classes);
    }
}
