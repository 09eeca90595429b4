package vn.baocao.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of docs/architecture.md: dependencies point downward only, and each library stays in its layer. */
class LayersTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.baocao");
    }

    @Test
    void dependenciesPointDownward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Launcher").definedBy("vn.baocao")
                .layer("Cli").definedBy("vn.baocao.cli..")
                .layer("App").definedBy("vn.baocao.app..")
                .layer("Render").definedBy("vn.baocao.render..")
                .layer("Sign").definedBy("vn.baocao.sign..")
                .layer("Importing").definedBy("vn.baocao.importing..")
                .layer("Document").definedBy("vn.baocao.document..")
                .layer("Store").definedBy("vn.baocao.store..")
                .layer("Domain").definedBy("vn.baocao.domain..")
                .layer("Files").definedBy("vn.baocao.files..")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("App").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Render").mayOnlyBeAccessedByLayers("Cli", "App")
                .whereLayer("Sign").mayOnlyBeAccessedByLayers("Cli", "App")
                .whereLayer("Importing").mayOnlyBeAccessedByLayers("Cli", "App")
                .whereLayer("Document").mayOnlyBeAccessedByLayers("Render", "Cli", "App")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Document", "Render", "Sign", "Importing", "Cli", "App")
                .whereLayer("Files").mayOnlyBeAccessedByLayers("Store", "Document", "Render", "Sign", "Importing", "Cli", "App")
                .check(classes);
    }

    /** Writing a file needs nothing of ours: the files package sits below the database and the domain. */
    @Test
    void fileWritingStandsAlone() {
        classes().that().resideInAPackage("vn.baocao.files..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("vn.baocao.files..", "java..")
                .check(classes);
    }

    /** No two sub-packages need each other (render.pdf and render.walk, app.report and app.settings …). */
    @Test
    void subPackagesAreFreeOfCycles() {
        slices().matching("vn.baocao.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theDomainIsPureJava() {
        classes().that().resideInAPackage("vn.baocao.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("vn.baocao.domain..", "java..")
                .check(classes);
    }

    @Test
    void onlyTheAppTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackages("vn.baocao.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void nothingBelowRenderAndImportingTouchesPoiOrIText() {
        noClasses().that().resideInAnyPackage("vn.baocao.domain..", "vn.baocao.store..", "vn.baocao.document..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "com.itextpdf..", "org.apache.pdfbox..")
                .check(classes);
    }

    /** Issue 17: the Word file is written by render.docx's own writer; POI's model cost a cold render 0,4 s. */
    @Test
    void renderingDoesNotStartPoi() {
        noClasses().that().resideInAPackage("vn.baocao.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.apache.xmlbeans..",
                        "org.openxmlformats..")
                .check(classes);
    }

    @Test
    void importingDoesNotWritePdfs() {
        noClasses().that().resideInAPackage("vn.baocao.importing..")
                .should().dependOnClassesThat().resideInAnyPackage("com.itextpdf..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theApplicationOpensNoNetworkConnection() {
        noClasses().that().resideInAPackage("vn.baocao..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
                .check(classes);
    }
}
