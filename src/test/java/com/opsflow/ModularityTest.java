package com.opsflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.appraisal.Appraisal;
import com.opsflow.appraisal.AppraisalLedger;
import com.opsflow.appraisal.SeparationReviews;
import com.opsflow.attendance.AttendanceAbsences;
import com.opsflow.attendance.AttendanceExcuses;
import com.opsflow.identity.Organisation;
import com.opsflow.modeler.UncheckedDeployment;
import com.opsflow.staff.StaffRegister;
import com.opsflow.workorder.WorkOrders;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries of docs/architecture.md hold: no cycles, no access to another module's
 * internals, each module depends only on the modules it declares ({@code allowedDependencies}),
 * reporting only reads, appraisal knows no BPMN outside {@code appraisal.process}. Writes the
 * module diagrams to {@code docs/modules/}.
 */
class ModularityTest {

    /** Where the PlantUML module diagrams go (linked from docs/architecture.md). */
    static final Path DIAGRAMS = Path.of("docs", "modules");

    private static final ApplicationModules modules = ApplicationModules.of(OpsFlowApplication.class);
    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.opsflow");

    @Test
    void modulesRespectTheirBoundariesAndDeclaredDependencies() {
        modules.verify();
    }

    @Test
    void everyModuleDeclaresTheModulesItMayUse() {
        List<String> undeclared = modules.stream().map(m -> m.getBasePackage().getName())
                .filter(name -> !declaresDependencies(name)).map(name -> name.substring("com.opsflow.".length()))
                .sorted().toList();

        assertThat(undeclared).as("modules without allowedDependencies").isEmpty();
    }

    @Test
    void appraisalKnowsNoBpmnOutsideItsProcessPackage() {
        noClasses().that().resideInAPackage("com.opsflow.appraisal..")
                .and().resideOutsideOfPackage("com.opsflow.appraisal.process..")
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "com.opsflow.appraisal.process..")
                .because("the appraisal API and its internals know nothing of BPMN; only appraisal.process faces the engine")
                .check(classes);
    }

    @Test
    void reportingOnlyReads() {
        noClasses().that().resideInAPackage("com.opsflow.reporting..")
                .should().dependOnClassesThat().belongToAnyOf(RuntimeService.class, TaskService.class,
                        ManagementService.class, FormService.class, RepositoryService.class, Appraisal.class,
                        SeparationReviews.class, WorkOrders.class, AttendanceExcuses.class, AttendanceAbsences.class,
                        Organisation.class, StaffRegister.class)
                .orShould().callMethod(AppraisalLedger.class, "reverse", long.class, String.class, String.class)
                .because("reporting recomputes figures from history and the modules' read APIs; seeding is the demo module's")
                .check(classes);
    }

    @Test
    void onlyTestsDeployWithoutTheModelCheck() {
        noClasses().should().callMethod(UncheckedDeployment.class, "call", Supplier.class)
                .because("every model OpsFlow deploys, a person's or its own, passes the deployment check;"
                        + " only tests' probe models skip it")
                .check(classes);
    }

    @Test
    void writesTheModuleDiagramIntoDocs() throws Exception {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DIAGRAMS.toString()))
                .writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        try (Stream<Path> diagrams = Files.list(DIAGRAMS)) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, inStableOrder(Files.readAllLines(diagram)));
            }
        }

        Path all = DIAGRAMS.resolve("components.puml");
        assertThat(all).exists();
        assertThat(Files.readString(all)).contains("@startuml", "Reporting", "Appraisal", "Demo data");
        assertThat(DIAGRAMS.resolve("module-reporting.puml")).exists();
    }

    /**
     * The Documenter writes components and relations in hash order: sorted runs of them keep the
     * committed diagrams unchanged by a build that changes no dependency.
     */
    static List<String> inStableOrder(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : lines) {
            String kind = line.strip().startsWith("Rel(") ? "Rel" : line.strip().startsWith("Component(") ? "Component" : null;
            if (kind == null || !kind.equals(runKind)) {
                run.sort(null);
                out.addAll(run);
                run.clear();
            }
            runKind = kind;
            if (kind == null) {
                out.add(line);
            } else {
                run.add(line);
            }
        }
        run.sort(null);
        out.addAll(run);
        return out;
    }

    private static boolean declaresDependencies(String basePackage) {
        try {
            ApplicationModule module = Class.forName(basePackage + ".package-info").getAnnotation(ApplicationModule.class);
            return module != null && !Arrays.asList(module.allowedDependencies()).contains("¯\\_(ツ)_/¯");
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
