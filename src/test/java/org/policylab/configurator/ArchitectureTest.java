package org.policylab.configurator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers of ARCHITECTURE.md, as a test: the core never touches JavaFX or the window; no package cycles. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.policylab.configurator");

    private static final String[] CORE = {
            "org.policylab.configurator.catalog..", "org.policylab.configurator.passport..",
            "org.policylab.configurator.engine..", "org.policylab.configurator.export..",
            "org.policylab.configurator.store..", "org.policylab.configurator.io..", "org.policylab.configurator.i18n..",
            "org.policylab.configurator.monitoring..",
            // the guide's parsing and search, the glossary: plain Java, the Help window only draws them
            "org.policylab.configurator.help.."};

    @Test
    void coreNeverUsesJavaFxOrTheWindow() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.policylab.configurator.ui..", "org.policylab.configurator.cli..")
                .check(CLASSES);
    }

    @Test
    void commandLineNeverUsesTheWindow() {
        noClasses().that().resideInAPackage("org.policylab.configurator.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.policylab.configurator.ui..", "javafx..")
                .check(CLASSES);
    }

    @Test
    void windowNeverUsesTheCommandLine() {
        noClasses().that().resideInAPackage("org.policylab.configurator.ui..")
                .should().dependOnClassesThat().resideInAPackage("org.policylab.configurator.cli..")
                .check(CLASSES);
    }

    /** MVVM: a view model holds state and talks to the model; it never knows a node, a control or a scene. */
    @Test
    void viewModelsKnowNoSceneGraph() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "org.controlsfx..")
                .check(CLASSES);
    }

    /** Issue 13: the workspace owns every byte on disk; nothing else opens a connection or catches an SQLException. */
    @Test
    void onlyTheStoreUsesJdbc() {
        noClasses().that().resideOutsideOfPackage("org.policylab.configurator.store..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .because("store owns the connection (ARCHITECTURE.md, store gateway)")
                .check(CLASSES);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.policylab.configurator.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void catalogIsTheBottomLayerOfTheDomain() {
        noClasses().that().resideInAnyPackage("org.policylab.configurator.catalog..", "org.policylab.configurator.passport..")
                .should().dependOnClassesThat().resideInAnyPackage("org.policylab.configurator.engine..",
                        "org.policylab.configurator.export..", "org.policylab.configurator.store..")
                .check(CLASSES);
    }
}
