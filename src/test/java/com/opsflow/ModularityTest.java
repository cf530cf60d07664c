package com.opsflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries hold (no cycles, no access to another module's internals); writes the module diagram. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(OpsFlowApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void appraisalKnowsNoBpmnOutsideItsProcessPackage() {
        JavaClasses appraisal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.opsflow.appraisal");

        noClasses().that().resideInAPackage("com.opsflow.appraisal..")
                .and().resideOutsideOfPackage("com.opsflow.appraisal.process..")
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "com.opsflow.appraisal.process..")
                .because("the appraisal API and its internals know nothing of BPMN; only appraisal.process faces the engine")
                .check(appraisal);
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
