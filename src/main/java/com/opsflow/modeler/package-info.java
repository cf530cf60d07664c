/**
 * Process owners edit BPMN models and Camunda Forms in the browser ({@code /modeler}): the list of
 * processes with their deployed versions and running instances, the editor (bpmn-js with the
 * Camunda 7 properties panel, OpsFlow's element templates and bpmnlint; form-js for forms, built
 * from {@code src/main/modeler-ui}), deployment of a new version after the lint, migration of the
 * running instances of an older version, and the comparison with the repository's {@code bpmn/}.
 * The engine itself refuses every deployment whose models break {@link com.opsflow.modeler.ModelLint}
 * and every form that Camunda 7.24's Tasklist cannot render or that breaks
 * {@link com.opsflow.modeler.FormLint} (also through {@code /engine-rest} and from desktop Camunda Modeler).
 * Public API: {@link com.opsflow.modeler.ModelLint}, {@link com.opsflow.modeler.FormLint},
 * {@link com.opsflow.modeler.ModelRefused}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Modeler",
        allowedDependencies = {"identity", "platform"})
package com.opsflow.modeler;
